import { formatInstances, sumMetric } from './instances';

describe('per-instance work from /metrics', () => {
  const text = [
    '# HELP mo_events_consumed_total Messages consumed',
    'mo_events_consumed_total{type="SlotHeld",outcome="handled"} 12',
    'mo_events_consumed_total{type="SlotHeld",outcome="duplicate"} 1',
    'mo_events_consumed_total_extra 99',
    'mo_http_request_duration_seconds_count{route="/v1/holds"} 40',
    'mo_http_request_duration_seconds_count{route="/health/ready"} 3',
  ].join('\n');

  it('sums every series of one metric and nothing else', () => {
    expect(sumMetric(text, 'mo_events_consumed_total')).toBe(13);
    expect(sumMetric(text, 'mo_http_request_duration_seconds_count')).toBe(43);
    expect(sumMetric(text, 'mo_absent_total')).toBe(0);
  });

  it('prints one row per instance', () => {
    const table = formatInstances([{ app: 'booking', url: 'http://127.0.0.1:3101', requests: 40, consumed: 13 }]);
    expect(table.split('\n')).toHaveLength(2);
    expect(table).toContain('http://127.0.0.1:3101');
  });
});
