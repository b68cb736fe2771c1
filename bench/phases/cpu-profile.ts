/** The top functions of a V8 CPU profile (.cpuprofile) by self time, for the results' notes. */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface TopFunction {
  name: string;
  where: string;
  selfPct: number;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Self time per function, in % of the samples in which the process was not idle (`idlePct` is the share of idle samples).
 * `compiledDir` maps compiled children back to their source files (line numbers are the compiled ones).
 */
export function topFunctions(file: string, compiledDir?: string, count = 15): { idlePct: number; top: TopFunction[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const bySite = new Map<string, { name: string; where: string; hits: number }>();
  let total = 0;
  let idle = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = n.callFrame;
    if (functionName === '(idle)') {
      idle += hits;
      continue;
    }
    const where = url ? siteOf(url, lineNumber + 1, compiledDir) : '';
    const name = functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const site = bySite.get(key) ?? { name, where, hits: 0 };
    site.hits += hits;
    bySite.set(key, site);
  }
  const busy = total - idle;
  const top = [...bySite.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, count)
    .map((s) => ({ name: s.name, where: s.where, selfPct: busy ? (s.hits / busy) * 100 : 0 }));
  return { idlePct: total ? (idle / total) * 100 : 0, top };
}

/** `file:line`, repository-relative, or relative to node_modules; compiled children say so (JS line numbers). */
function siteOf(url: string, line: number, compiledDir?: string): string {
  const file = url.replace(/^file:\/\//, '');
  if (compiledDir && file.startsWith(compiledDir)) return `${path.relative(compiledDir, file)}:${line} (compiled)`;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) return `${file.slice(nm + 'node_modules/'.length)}:${line}`;
  return `${file.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, file) : file}:${line}`;
}

/** HTTP plumbing: a sample whose stack reaches it before any of the server's own code is not the server's code. */
const PLUMBING =
  /(^|\/)node_modules\/(fastify|find-my-way|@fastify|middie|@nestjs|light-my-request)\/|^node:(_http|net$|events$|internal\/streams|internal\/stream_base)/;

/**
 * Inclusive time of the server's own functions (apps/, libs/) in % of busy samples. Walking a sample's stack up
 * from the leaf, libraries (semver, crypto, typeorm, ...) pass through to the first stretch of own code, which
 * gets the sample; HTTP plumbing met first (the socket write, Fastify's reply) means the sample is plumbing,
 * even if a hook of ours sits further up the stack.
 */
export function ownCodeInclusive(file: string, compiledDir: string | undefined, count = 10): { totalPct: number; top: TopFunction[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const relative = (url: string) => {
    const f = url.replace(/^file:\/\//, '');
    return compiledDir && f.startsWith(compiledDir) ? path.relative(compiledDir, f) : f.startsWith(REPO_ROOT) ? path.relative(REPO_ROOT, f) : f;
  };
  const inclusive = new Map<string, TopFunction & { hits: number }>();
  let busy = 0;
  let ownHits = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0 || n.callFrame.functionName === '(idle)') continue;
    busy += hits;
    const seen = new Set<string>();
    let inOwn = false;
    for (let id: number | undefined = n.id; id !== undefined; id = parentOf.get(id)) {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const rel = relative(url);
      const own = /^(apps|libs)\//.test(rel);
      if (!own && (inOwn || PLUMBING.test(rel))) break;
      if (!own) continue;
      if (!inOwn) ownHits += hits;
      inOwn = true;
      const where = siteOf(url, lineNumber + 1, compiledDir);
      const key = `${functionName}@${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const site = inclusive.get(key) ?? { name: functionName || '(anonymous)', where, selfPct: 0, hits: 0 };
      site.hits += hits;
      inclusive.set(key, site);
    }
  }
  const top = [...inclusive.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, count)
    .map(({ name, where, hits }) => ({ name, where, selfPct: busy ? (hits / busy) * 100 : 0 }));
  return { totalPct: busy ? (ownHits / busy) * 100 : 0, top };
}
