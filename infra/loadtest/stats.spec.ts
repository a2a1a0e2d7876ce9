import { formatTable, percentile, summarise } from './stats';

describe('load test statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises a scenario with its failures by outcome', () => {
    const samples = [
      { ms: 10, ok: true, outcome: '201' },
      { ms: 20, ok: true, outcome: '201' },
      { ms: 30, ok: false, outcome: '503' },
      { ms: 40, ok: false, outcome: 'ECONNRESET' },
    ];
    expect(summarise('holds', true, samples, 2_000)).toEqual({
      name: 'holds',
      uncontended: true,
      requests: 4,
      ok: 2,
      successRate: 0.5,
      p50Ms: 20,
      p95Ms: 40,
      p99Ms: 40,
      perSecond: 2,
      failures: { '503': 1, ECONNRESET: 1 },
    });
    expect(formatTable([summarise('holds', true, samples, 2_000)]).split('\n')[2]).toMatch(/^holds\s+4\s+50\.0%\s+20\s+40\s+40\s+2\s+-$/);
  });
});
