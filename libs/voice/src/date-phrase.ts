import { DateTime } from 'luxon';

/**
 * Dates as callers say them, read in the clinic's time zone with `now` from the caller's clock: the
 * model passes "tomorrow" through, and "tomorrow" at 23:30 UTC is already the day after in Sydney
 * and still today's tomorrow in Chicago. Pure.
 */

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

const PARTS: Record<PartOfDay, [number, number]> = { morning: [0, 12], afternoon: [12, 17], evening: [17, 24] };

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function weekday(word: string): number | undefined {
  const w = word.replace(/[^a-z]/g, '');
  if (w.length < 3) return undefined;
  const index = WEEKDAYS.findIndex((d) => d.startsWith(w) || (w.startsWith(d.slice(0, 3)) && d.startsWith(w.replace(/s$/, ''))));
  return index < 0 ? undefined : index + 1;
}

/** The clinic-local calendar day a phrase names, or undefined when it names none. */
export function resolveDay(phrase: string, now: Date, zone: string): DateTime | undefined {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const p = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) {
    const day = DateTime.fromISO(p, { zone });
    return day.isValid ? day.startOf('day') : undefined;
  }
  if (p === 'today' || p === 'this morning' || p === 'this afternoon' || p === 'tonight' || p === 'this evening') return today;
  if (p === 'tomorrow') return today.plus({ days: 1 });
  if (p === 'day after tomorrow' || p === 'the day after tomorrow') return today.plus({ days: 2 });
  const match = /^(?:(next|this|on|coming|this coming) )?([a-z]+)$/.exec(p);
  if (!match) return undefined;
  const target = weekday(match[2]!);
  if (target === undefined) return undefined;
  // "Thursday" on a Thursday is today; "next Thursday" is never today.
  let ahead = (target - today.weekday + 7) % 7;
  if (match[1] === 'next' && ahead === 0) ahead = 7;
  return today.plus({ days: ahead });
}

/** Which part of the day a phrase itself names ("this afternoon"), so it need not be said twice. */
export const impliedPart = (phrase: string | undefined): PartOfDay | undefined =>
  phrase && /afternoon/.test(phrase) ? 'afternoon' : phrase && /(evening|tonight)/.test(phrase) ? 'evening' : phrase && /morning/.test(phrase) ? 'morning' : undefined;

export type SearchWindow = { type: 'window'; from: Date; to: Date; part?: PartOfDay } | { type: 'unknown_date' } | { type: 'past' };

/** How far ahead a search with no date looks. */
export const DEFAULT_DAYS = 7;

/**
 * The clinic-local dates of the `days` days from today, today first, as "YYYY-MM-DD": calendar days,
 * so the night the clocks change neither skips a date nor repeats one, as steps of 24 hours would.
 */
export function comingDays(now: Date, zone: string, days = DEFAULT_DAYS): string[] {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return Array.from({ length: days }, (_, i) => today.plus({ days: i }).toISODate()!);
}

/** A wall-clock hour (0-24) of a local day: 24 is the next midnight, whether the day had 23, 24 or 25 hours. */
const atHour = (day: DateTime, hour: number): Date => (hour === 24 ? day.plus({ days: 1 }) : day.set({ hour })).toJSDate();

/** The instants to search for a date phrase and part of day: from now on, never in the past. */
export function searchWindow(input: { date?: string; partOfDay?: PartOfDay }, now: Date, zone: string): SearchWindow {
  const part = input.partOfDay ?? impliedPart(input.date);
  if (!input.date) {
    return { type: 'window', from: now, to: new Date(now.getTime() + DEFAULT_DAYS * 24 * 3600_000), ...(part ? { part } : {}) };
  }
  const day = resolveDay(input.date, now, zone);
  if (!day) return { type: 'unknown_date' };
  const [startHour, endHour] = part ? PARTS[part] : [0, 24];
  const start = atHour(day, startHour);
  const end = atHour(day, endHour);
  if (end <= now) return { type: 'past' };
  return { type: 'window', from: start < now ? now : start, to: end, ...(part ? { part } : {}) };
}

export const inPart = (at: Date, part: PartOfDay, zone: string): boolean => {
  const hour = DateTime.fromJSDate(at, { zone }).hour;
  return hour >= PARTS[part][0] && hour < PARTS[part][1];
};

/** An ISO instant, or a clinic-local "YYYY-MM-DD HH:mm" (or with a T), as an instant; undefined when it is neither. */
export function resolveInstant(value: string, zone: string): Date | undefined {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) {
    const local = DateTime.fromISO(v.replace(' ', 'T'), { zone });
    return local.isValid ? local.toJSDate() : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v)) {
    const at = new Date(v);
    return Number.isNaN(at.getTime()) ? undefined : at;
  }
  return undefined;
}
