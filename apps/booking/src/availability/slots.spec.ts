import { everyDay, testSchedule as schedule } from '../clinic/schedule.fixture';
import { freeSlots, IntervalIndex, nextOpening, spokenLabel, workingIntervals } from './slots';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
const now = at('2026-12-01T00:00:00Z');

describe('spokenLabel', () => {
  it.each([
    ['2026-12-01T21:00:00Z', 'America/Chicago', 'Tuesday 1 December, 3:00 pm'],
    ['2026-12-03T08:30:00Z', 'Europe/Berlin', 'Thursday 3 December, 9:30 am'],
    ['2026-07-01T23:15:00Z', 'Australia/Sydney', 'Thursday 2 July, 9:15 am'],
  ])('says %s in %s as "%s"', (instant, zone, label) => {
    expect(spokenLabel(at(instant), zone)).toBe(label);
  });

  it.each([
    // The fall-back hour: 1:30 am happens twice on 1 November 2026 in Chicago, and on 25 October in London.
    ['2026-11-01T06:30:00Z', 'America/Chicago', 'Sunday 1 November, 1:30 am CDT'],
    ['2026-11-01T07:30:00Z', 'America/Chicago', 'Sunday 1 November, 1:30 am CST'],
    ['2026-10-25T00:30:00Z', 'Europe/London', 'Sunday 25 October, 1:30 am BST'],
    ['2026-10-25T01:30:00Z', 'Europe/London', 'Sunday 25 October, 1:30 am GMT'],
  ])('names the zone only when the wall time happens twice: %s in %s is "%s"', (instant, zone, label) => {
    expect(spokenLabel(at(instant), zone)).toBe(label);
  });

  it.each([
    ['2026-11-01T08:30:00Z', 'America/Chicago', 'Sunday 1 November, 2:30 am'],
    ['2026-11-02T07:30:00Z', 'America/Chicago', 'Monday 2 November, 1:30 am'],
    ['2026-03-08T08:30:00Z', 'America/Chicago', 'Sunday 8 March, 3:30 am'],
  ])('leaves an unambiguous time alone, next to a DST change too: %s in %s is "%s"', (instant, zone, label) => {
    expect(spokenLabel(at(instant), zone)).toBe(label);
  });
});

describe('workingIntervals', () => {
  it('places hours in the clinic zone: 09:00 Chicago in winter is 15:00 UTC', () => {
    const [first] = workingIntervals(schedule().resources[0]!, 'America/Chicago', at('2026-12-02T00:00Z'), at('2026-12-03T00:00Z'));
    expect(iso(first!.start)).toBe('2026-12-02T15:00:00.000Z');
  });

  it('follows spring forward: the same wall-clock hours are an hour earlier in UTC', () => {
    const lee = schedule().resources[0]!;
    const before = workingIntervals(lee, 'America/Chicago', at('2027-03-13T12:00Z'), at('2027-03-13T20:00Z'));
    const after = workingIntervals(lee, 'America/Chicago', at('2027-03-14T12:00Z'), at('2027-03-14T20:00Z'));
    expect(before.map((i) => iso(i.start))).toContain('2027-03-13T15:00:00.000Z');
    expect(after.map((i) => iso(i.start))).toContain('2027-03-14T14:00:00.000Z');
  });

  it('follows fall back: a night shift across the change lasts one hour longer', () => {
    const night = { id: 'n', name: 'Night', hours: everyDay('00:00', '04:00') };
    const [change] = workingIntervals(night, 'America/Chicago', at('2026-11-01T05:00Z'), at('2026-11-01T06:00Z'));
    expect((change!.end.getTime() - change!.start.getTime()) / 3_600_000).toBe(5);
  });

  it('moves an opening time that does not exist on spring-forward day to the first one that does', () => {
    const early = { id: 'e', name: 'Early', hours: everyDay('02:30', '05:00') };
    const [gap] = workingIntervals(early, 'America/Chicago', at('2027-03-14T07:00Z'), at('2027-03-14T12:00Z'));
    expect(iso(gap!.start)).toBe('2027-03-14T08:30:00.000Z');
  });
});

describe('freeSlots', () => {
  const window = { from: at('2026-12-02T00:00Z'), to: at('2026-12-03T00:00Z'), now, limit: 100 };

  it('lists slots on the step grid inside hours, earliest first, across resources', () => {
    const slots = freeSlots(schedule(), window);
    expect(slots.map((s) => `${s.resourceName} ${iso(s.start).slice(11, 16)}`)).toEqual([
      'Dr Lee 15:00', 'Dr Lee 15:30', 'Dr Lee 16:00', 'Dr Ray 16:00', 'Dr Lee 16:30', 'Dr Ray 16:30', 'Dr Lee 17:00', 'Dr Lee 17:30',
    ]);
  });

  it('leaves out slots overlapping a live hold of any length, only for that resource', () => {
    const busy = [{ resourceId: 'lee', start: at('2026-12-02T15:10Z'), end: at('2026-12-02T16:05Z') }];
    const slots = freeSlots(schedule({ busy }), window).filter((s) => s.resourceId === 'lee');
    expect(slots.map((s) => iso(s.start).slice(11, 16))).toEqual(['16:30', '17:00', '17:30']);
    expect(freeSlots(schedule({ busy }), window).some((s) => s.resourceId === 'ray' && iso(s.start).startsWith('2026-12-02T16:00'))).toBe(true);
  });

  it('leaves out clinic-wide and resource closures', () => {
    const closures = [
      { resourceId: null, start: at('2026-12-02T15:00Z'), end: at('2026-12-02T16:00Z') },
      { resourceId: 'ray', start: at('2026-12-02T16:00Z'), end: at('2026-12-02T17:00Z') },
    ];
    const slots = freeSlots(schedule({ closures }), window);
    expect(slots.map((s) => `${s.resourceId} ${iso(s.start).slice(11, 16)}`)).toEqual(['lee 16:00', 'lee 16:30', 'lee 17:00', 'lee 17:30']);
  });

  it('never offers the past and honours the limit', () => {
    const slots = freeSlots(schedule(), { ...window, now: at('2026-12-02T16:10Z'), limit: 2 });
    expect(slots.map((s) => iso(s.start).slice(11, 16))).toEqual(['16:30', '16:30']);
  });

  it('puts the preferred resource first at the same time', () => {
    const slots = freeSlots(schedule(), { ...window, from: at('2026-12-02T16:00Z'), limit: 2, prefer: 'ray' });
    expect(slots.map((s) => s.resourceId)).toEqual(['ray', 'lee']);
  });

  it('fits the whole duration inside the hours', () => {
    const long = schedule({ appointmentType: { id: 't', name: 'Root canal', durationMinutes: 90 } });
    const slots = freeSlots(long, window).filter((s) => s.resourceId === 'lee');
    expect(slots.map((s) => iso(s.end).slice(11, 16)).pop()).toBe('18:00');
    expect(freeSlots(long, window).some((s) => s.resourceId === 'ray')).toBe(false);
  });
});

describe('nextOpening', () => {
  it('finds the next opening after a closed evening', () => {
    expect(iso(nextOpening(schedule(), at('2026-12-02T20:00Z'))!)).toBe('2026-12-03T15:00:00.000Z');
  });

  it('is the instant itself while open', () => {
    expect(iso(nextOpening(schedule(), at('2026-12-02T15:30Z'))!)).toBe('2026-12-02T15:30:00.000Z');
  });
});

describe('IntervalIndex', () => {
  const t = (minutes: number) => new Date(Date.UTC(2026, 11, 1) + minutes * 60_000);
  const intervals = [
    { start: t(0), end: t(30) },
    { start: t(60), end: t(180) },
    { start: t(90), end: t(100) },
    { start: t(300), end: t(310) },
  ];

  it('answers like a scan of every interval', () => {
    const index = new IntervalIndex(intervals);
    for (let s = -30; s < 330; s += 5) {
      for (const length of [5, 30, 90]) {
        const start = t(s).getTime();
        const end = t(s + length).getTime();
        const scan = intervals.some((i) => i.start.getTime() < end && start < i.end.getTime());
        expect({ s, length, overlaps: index.overlaps(start, end) }).toEqual({ s, length, overlaps: scan });
      }
    }
  });

  it('finds nothing in an empty index', () => {
    expect(new IntervalIndex([]).overlaps(0, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
