/** The proposal in words, as a signer reads it before signing (D7); migration ops as D2 defines them. */
import type { MigrationOp, OtaManifest } from '@app/manifest';
import type { ProposalReview, ReviewedTarget } from './review-proposal';

export function describeProposal(review: ProposalReview): string[] {
  const { targets } = review;
  const lines = [
    `You are asked to sign targets metadata v${targets.version}, expiring ${targets.expires} (devices trust v${review.publishedVersion} now).`,
    `Targets: ${count(review.touched, 'added')} added, ${count(review.touched, 'changed')} changed, ${review.removed.length} removed, ${review.unchanged} unchanged.`,
  ];
  for (const target of review.touched) lines.push('', ...describeTarget(target));
  for (const path of review.removed) lines.push('', `- removed: ${path} (devices will no longer be offered it)`);
  return lines;
}

function describeTarget(target: ReviewedTarget): string[] {
  const head = `${target.change === 'added' ? '+' : '~'} ${target.change}: ${target.path} (${target.length} bytes, sha256 ${target.sha256})`;
  if (!target.manifest) return [head, `  ${target.kind ?? 'target'}: its hash is named by a manifest of this proposal`];
  return [head, ...describeManifest(target.manifest).map((line) => `  ${line}`)];
}

export function describeManifest(m: OtaManifest): string[] {
  const { appliesTo } = m;
  const ops = m.migrations.map((op, i) => `  ${i + 1}. ${describeOp(op)}`);
  const images = (m.images ?? []).map((i) => `  - ${i.path} (${i.length} bytes, sha256 ${i.sha256})`);
  return [
    `manifest ${m.id}: stream ${m.stream}, release counter ${m.releaseCounter}, firmware ${m.firmware.version} after install`,
    `audience: models ${list(appliesTo.models)}; firmware ${appliesTo.firmware}; channels ${list(appliesTo.channels)}; regions ${list(appliesTo.regions)}`,
    ...(images.length ? ['images:', ...images] : ['images: none']),
    ...(ops.length ? [`migrations (${ops.length}, in this order, all or nothing):`, ...ops] : ['migrations: none']),
  ];
}

export function describeOp(op: MigrationOp): string {
  switch (op.op) {
    case 'setFactoryDefault':
      return `set the factory default of ${op.key} to ${value(op.value)} (new users and after a factory reset; current values stay)`;
    case 'setIfNotUserChosen':
      return `set ${op.key} to ${value(op.value)} where the user has not chosen (keeps existing choices)`;
    case 'setIfEquals':
      return `set ${op.key} to ${value(op.value)} where it still equals ${value(op.expected)}`;
    case 'setIfAbsent':
      return `add ${op.key} = ${value(op.value)} where it does not exist yet`;
    case 'force':
      return `FORCE ${op.key} to ${value(op.value)}, overriding user choices; reason: "${op.reason}"`;
    case 'rename':
      return `rename setting ${op.from} to ${op.to}`;
    case 'remove':
      return `remove setting ${op.key}`;
    case 'revert':
      return `revert migration ${op.migrationId} (restores the values it replaced)`;
  }
}

function value(v: unknown): string {
  return JSON.stringify(v);
}

function list(items: readonly string[] | undefined): string {
  return items && items.length ? items.join(', ') : 'all';
}

function count(targets: ReviewedTarget[], change: ReviewedTarget['change']): number {
  return targets.filter((t) => t.change === change).length;
}
