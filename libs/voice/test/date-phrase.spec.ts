import { inPart, resolveDay, resolveInstant, searchWindow } from '../src';

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
