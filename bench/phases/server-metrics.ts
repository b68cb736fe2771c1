/** Reads counters from the server's Prometheus endpoint (`/metrics`), to check what the load actually got. */
export type Counters = Map<string, number>;

/** Every sample of the named metrics, keyed `name{labels}`. */
export async function readCounters(url: string, names: string[]): Promise<Counters> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out: Counters = new Map();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    const key = line.slice(0, space);
    if (names.some((n) => key === n || key.startsWith(`${n}{`))) out.set(key, Number(line.slice(space + 1)));
  }
  return out;
}

/** The increase of every sample whose key contains `labelText` between two readings. */
export function increase(before: Counters, after: Counters, name: string, labelText = ''): number {
  let sum = 0;
  for (const [key, value] of after) if (key.startsWith(name) && key.includes(labelText)) sum += value - (before.get(key) ?? 0);
  return sum;
}
