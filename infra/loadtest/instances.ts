import { existsSync, readFileSync } from 'node:fs';

/** Each app's instances, as `npm start` wrote them (reports/instances.json). */
export type Instances = Record<string, string[]>;

export interface InstanceWork {
  app: string;
  url: string;
  /** HTTP requests this instance answered during the run. */
  requests: number;
  /** Messages (events and requests) this instance consumed from its queues during the run. */
  consumed: number;
}

export function readInstances(file: string): Instances | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Instances) : undefined;
}

/** Sums every series of a counter (or a histogram's `_count`) in a Prometheus text exposition. */
export function sumMetric(text: string, name: string): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || (line[name.length] !== '{' && line[name.length] !== ' ')) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return total;
}

async function counters(url: string): Promise<{ requests: number; consumed: number }> {
  const text = await fetch(`${url}/metrics`).then((r) => r.text(), () => '');
  return { requests: sumMetric(text, 'mo_http_request_duration_seconds_count'), consumed: sumMetric(text, 'mo_events_consumed_total') };
}

/** Reads every instance's counters now; the returned function reads them again and gives the difference. */
export async function measureInstances(instances: Instances): Promise<() => Promise<InstanceWork[]>> {
  const list = Object.entries(instances).flatMap(([app, urls]) => urls.map((url) => ({ app, url })));
  const before = await Promise.all(list.map((i) => counters(i.url)));
  return async () => {
    const after = await Promise.all(list.map((i) => counters(i.url)));
    return list.map((i, k) => ({ ...i, requests: after[k]!.requests - before[k]!.requests, consumed: after[k]!.consumed - before[k]!.consumed }));
  };
}

export function formatInstances(work: readonly InstanceWork[]): string {
  const rows = work.map((w) => `  ${w.app.padEnd(10)} ${w.url.padEnd(24)} ${String(w.requests).padStart(8)} ${String(w.consumed).padStart(9)}`);
  return [`  ${'app'.padEnd(10)} ${'instance'.padEnd(24)} ${'requests'.padStart(8)} ${'consumed'.padStart(9)}`, ...rows].join('\n');
}
