/** Nearest-rank percentile of sorted samples. Pure. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface ScenarioResult {
  name: string;
  /** Uncontended work must succeed ≥ 98% of the time; contended holds may rightly get 409. */
  uncontended: boolean;
  requests: number;
  ok: number;
  successRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  perSecond: number;
  /** Status codes or errors that were not success, with counts. */
  failures: Record<string, number>;
  /** After the last request, until every hold it made had its code texted (none left HELD). */
  textsDrainedMs?: number;
}

export function summarise(name: string, uncontended: boolean, samples: ReadonlyArray<{ ms: number; ok: boolean; outcome: string }>, wallMs: number): ScenarioResult {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const ok = samples.filter((s) => s.ok).length;
  const failures: Record<string, number> = {};
  for (const s of samples) if (!s.ok) failures[s.outcome] = (failures[s.outcome] ?? 0) + 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    uncontended,
    requests: samples.length,
    ok,
    successRate: samples.length ? ok / samples.length : 0,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    perSecond: round(samples.length / (wallMs / 1000)),
    failures,
  };
}

export function formatTable(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'requests', 'success', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'texts drained ms'];
  const rows = results.map((r) => [
    r.name,
    String(r.requests),
    `${(r.successRate * 100).toFixed(1)}%`,
    String(r.p50Ms),
    String(r.p95Ms),
    String(r.p99Ms),
    String(r.perSecond),
    r.textsDrainedMs === undefined ? '-' : String(r.textsDrainedMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
