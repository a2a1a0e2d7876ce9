import { nextSendingMoment, shortLabel } from './quiet-hours';

const chicago = 'America/Chicago';
const at = (iso: string) => new Date(iso);

describe('quiet hours', () => {
  it.each([
    ['2026-12-02T20:00:00Z', '2026-12-02T20:00:00.000Z', 'inside hours (2 pm): at once'],
    ['2026-12-03T04:00:00Z', '2026-12-03T14:00:00.000Z', '22:00 local: 08:00 the next morning'],
    ['2026-12-03T10:00:00Z', '2026-12-03T14:00:00.000Z', '04:00 local: 08:00 the same morning'],
    ['2026-12-03T02:00:00Z', '2026-12-03T14:00:00.000Z', '20:00 local, the end is exclusive: next morning'],
    ['2026-12-02T14:00:00Z', '2026-12-02T14:00:00.000Z', '08:00 local, the start is inclusive'],
    ['2027-03-14T04:30:00Z', '2027-03-14T13:00:00.000Z', 'the night DST starts: 08:00 CDT'],
  ])('%s → %s (%s)', (now, expected) => {
    expect(nextSendingMoment(at(now), chicago, '08:00', '20:00').toISOString()).toBe(expected);
  });

  it('a whole day closing at 24:00 has no gap at midnight, where one closing at 23:59 has a minute', () => {
    const lastMinute = at('2026-12-03T05:59:30Z'); // 23:59:30 in Chicago
    expect(nextSendingMoment(lastMinute, chicago, '00:00', '24:00')).toEqual(lastMinute);
    expect(nextSendingMoment(lastMinute, chicago, '00:00', '23:59').toISOString()).toBe('2026-12-03T06:00:00.000Z');
  });

  it('labels a slot briefly', () => {
    expect(shortLabel(at('2026-12-03T21:00:00Z'), chicago)).toBe('Thu 3 Dec at 3:00 pm');
  });
});
