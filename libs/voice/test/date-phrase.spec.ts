import { comingDays, inPart, resolveDay, resolveInstant, searchWindow } from '../src';

const iso = (d: Date) => d.toISOString();

describe('resolveDay, in the clinic zone', () => {
  // Tuesday 1 December 2026, 23:30 UTC: already Wednesday in Bangkok (UTC+7), still Tuesday in Denver (UTC−7).
  const lateUtc = new Date('2026-12-01T23:30:00Z');

  it('"tomorrow" late in the UTC day is Thursday in a clinic seven hours ahead of UTC', () => {
    expect(resolveDay('tomorrow', lateUtc, 'Asia/Bangkok')!.toISODate()).toBe('2026-12-03');
  });

  it('and Wednesday in a clinic seven hours behind, where it is still Tuesday afternoon', () => {
    expect(resolveDay('tomorrow', lateUtc, 'America/Denver')!.toISODate()).toBe('2026-12-02');
    expect(resolveDay('today', lateUtc, 'America/Denver')!.toISODate()).toBe('2026-12-01');
  });

  it.each([
    ['thursday', '2026-12-03'],
    ['Thu', '2026-12-03'],
    ['next thursday', '2026-12-03'],
    ['wednesday', '2026-12-02'],
    ['next wednesday', '2026-12-09'],
    ['on Monday', '2026-12-07'],
    ['the day after tomorrow', '2026-12-04'],
    ['2026-12-24', '2026-12-24'],
  ])('reads "%s" (a Wednesday in Bangkok) as %s', (phrase, day) => {
    expect(resolveDay(phrase, lateUtc, 'Asia/Bangkok')!.toISODate()).toBe(day);
  });

  it('names no day for anything else', () => {
    for (const phrase of ['soon', 'whenever', '2026-13-40', 'th']) expect(resolveDay(phrase, lateUtc, 'Asia/Bangkok')).toBeUndefined();
  });
});

describe('searchWindow', () => {
  const now = new Date('2026-12-01T16:00:00Z'); // 10:00 in Chicago

  it('searches the clinic-local day, from now on when it is today', () => {
    expect(searchWindow({ date: 'today' }, now, 'America/Chicago')).toEqual({ type: 'window', from: now, to: new Date('2026-12-02T06:00:00Z') });
    const tomorrow = searchWindow({ date: 'tomorrow', partOfDay: 'afternoon' }, now, 'America/Chicago');
    expect(tomorrow.type === 'window' && [iso(tomorrow.from), iso(tomorrow.to)]).toEqual(['2026-12-02T18:00:00.000Z', '2026-12-02T23:00:00.000Z']);
  });

  it('says a part of today that is over is past, and an unknown phrase unknown', () => {
    expect(searchWindow({ date: 'today', partOfDay: 'morning' }, new Date('2026-12-01T19:00:00Z'), 'America/Chicago')).toEqual({ type: 'past' });
    expect(searchWindow({ date: 'someday' }, now, 'America/Chicago')).toEqual({ type: 'unknown_date' });
  });

  it('looks a week ahead without a date, and takes the part of day a phrase implies', () => {
    expect(searchWindow({}, now, 'America/Chicago')).toEqual({ type: 'window', from: now, to: new Date('2026-12-08T16:00:00Z') });
    expect(searchWindow({ date: 'this afternoon' }, now, 'America/Chicago')).toMatchObject({ type: 'window', part: 'afternoon', from: new Date('2026-12-01T18:00:00Z') });
  });

  it('tells whether an instant is in a part of the clinic day', () => {
    expect(inPart(new Date('2026-12-01T15:15:00Z'), 'morning', 'America/Chicago')).toBe(true);
    expect(inPart(new Date('2026-12-01T23:15:00Z'), 'evening', 'America/Chicago')).toBe(true);
  });
});

// Chicago's clocks change at 02:00 local: Sunday 14 March 2027 has 23 hours, Sunday 7 November 2027 has 25.
describe('the nights the clocks change, in Chicago', () => {
  const zone = 'America/Chicago';
  const beforeSpring = new Date('2027-03-14T05:30:00Z'); // Saturday 13 March, 23:30 CST
  const fallBack = new Date('2027-11-07T05:30:00Z'); // Sunday 7 November, 00:30 CDT

  it('"tomorrow" is the next calendar day, not the day 24 hours on', () => {
    expect(resolveDay('tomorrow', beforeSpring, zone)!.toISODate()).toBe('2027-03-14');
    expect(resolveDay('tomorrow', fallBack, zone)!.toISODate()).toBe('2027-11-08');
  });

  it('a whole day runs from midnight to midnight: 23 hours in March, 25 in November', () => {
    const spring = searchWindow({ date: 'tomorrow' }, new Date('2027-03-13T18:00:00Z'), zone);
    expect(spring.type === 'window' && [iso(spring.from), iso(spring.to)]).toEqual(['2027-03-14T06:00:00.000Z', '2027-03-15T05:00:00.000Z']);
    const autumn = searchWindow({ date: 'tomorrow' }, new Date('2027-11-06T17:00:00Z'), zone);
    expect(autumn.type === 'window' && [iso(autumn.from), iso(autumn.to)]).toEqual(['2027-11-07T05:00:00.000Z', '2027-11-08T06:00:00.000Z']);
  });

  it('a part of the day ends at its wall-clock hour', () => {
    const morning = searchWindow({ date: 'tomorrow', partOfDay: 'morning' }, new Date('2027-11-06T17:00:00Z'), zone);
    expect(morning.type === 'window' && iso(morning.to)).toBe('2027-11-07T18:00:00.000Z'); // 12:00 CST
    const afternoon = searchWindow({ date: 'tomorrow', partOfDay: 'afternoon' }, new Date('2027-03-13T18:00:00Z'), zone);
    expect(afternoon.type === 'window' && [iso(afternoon.from), iso(afternoon.to)]).toEqual(['2027-03-14T17:00:00.000Z', '2027-03-14T22:00:00.000Z']); // 12:00-17:00 CDT
  });

  it('the coming week is seven calendar days, none skipped or said twice', () => {
    expect(comingDays(beforeSpring, zone)).toEqual(['2027-03-13', '2027-03-14', '2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19']);
    expect(comingDays(fallBack, zone)).toEqual(['2027-11-07', '2027-11-08', '2027-11-09', '2027-11-10', '2027-11-11', '2027-11-12', '2027-11-13']);
  });
});

describe('resolveInstant', () => {
  it('reads clinic-local "YYYY-MM-DD HH:mm" in the clinic zone, and ISO instants as they are', () => {
    expect(iso(resolveInstant('2026-12-03 09:15', 'Asia/Bangkok')!)).toBe('2026-12-03T02:15:00.000Z');
    expect(iso(resolveInstant('2026-12-03T09:15', 'America/Chicago')!)).toBe('2026-12-03T15:15:00.000Z');
    expect(iso(resolveInstant('2026-12-03T15:15:00.000Z', 'Asia/Bangkok')!)).toBe('2026-12-03T15:15:00.000Z');
    expect(iso(resolveInstant('2026-12-03T09:15:00-06:00', 'Asia/Bangkok')!)).toBe('2026-12-03T15:15:00.000Z');
  });

  it('refuses anything else', () => {
    for (const value of ['9:15', 'Thursday at nine', '2026-12-03', '2026-02-30 09:00']) expect(resolveInstant(value, 'America/Chicago')).toBeUndefined();
  });
});
