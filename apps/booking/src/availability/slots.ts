import { DateTime } from 'luxon';
import { ambiguitySuffix } from '@mo/voice';
import { Interval, Schedule, ScheduledResource } from '../clinic/schedule';

export interface Slot {
  resourceId: string;
  resourceName: string;
  start: Date;
  end: Date;
}

/** A time the clinic opens, with the words the agent can say. */
export interface Opening {
  at: Date;
  label: string;
}

const MINUTE = 60_000;

const labels = new Map<string, string>();

/**
 * How the voice agent says an instant in the clinic's zone: "Tuesday 3 December, 3:00 pm", with the
 * zone's abbreviation only in the repeated hour of a fall-back ("1:30 am CDT", "1:30 am CST").
 * Memoised, bounded.
 */
export function spokenLabel(at: Date, timezone: string): string {
  const key = `${timezone}|${at.getTime()}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat('cccc d LLLL, h:mm a') + ambiguitySuffix(at, timezone);
    if (labels.size >= 50_000) labels.clear();
    labels.set(key, label);
  }
  return label;
}

/**
 * A resource's working intervals that touch [from, to), as instants. Each local day's hours are
 * placed in the clinic's zone by luxon, so a DST change moves them correctly; a wall-clock time that
 * does not exist (spring forward) moves to the first one that does.
 */
export function workingIntervals(resource: ScheduledResource, timezone: string, from: Date, to: Date): Interval[] {
  const result: Interval[] = [];
  // Local calendar dates, walked as plain UTC dates: only the endpoints need the zone.
  const first = localDate(from, timezone) - DAY_MS;
  const last = localDate(to, timezone);
  for (let date = first; date <= last; date += DAY_MS) {
    const weekday = new Date(date).getUTCDay() || 7;
    for (const hours of resource.hours) {
      if (hours.weekday !== weekday) continue;
      const start = atTime(timezone, date, hours.opens);
      const end = atTime(timezone, date, hours.closes);
      if (start < to && end > from) result.push({ start, end });
    }
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

const DAY_MS = 24 * 3600_000;

/** The local calendar date of an instant in a zone, as midnight UTC of that date. */
function localDate(at: Date, timezone: string): number {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  return Date.UTC(local.year, local.month - 1, local.day);
}

/**
 * A wall-clock time on a local date, as an instant. Zone arithmetic is the costly part of the slot
 * engine and the answer never changes, so it is memoised (bounded) per zone, date and time.
 */
const instants = new Map<string, number>();
function atTime(timezone: string, date: number, time: string): Date {
  const key = `${timezone}|${date}|${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    const day = new Date(date);
    const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
    instant = DateTime.fromObject(
      { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute, second },
      { zone: timezone },
    ).toMillis();
    if (instants.size >= 50_000) instants.clear();
    instants.set(key, instant);
  }
  return new Date(instant);
}

/**
 * Intervals sorted by start with a running maximum of their ends: "does anything overlap [s, e)?"
 * is a binary search, so checking every candidate slot stays cheap with thousands of holds.
 */
export class IntervalIndex {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(intervals: readonly Interval[]) {
    const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
    this.starts = sorted.map((i) => i.start.getTime());
    let max = -Infinity;
    this.maxEnds = sorted.map((i) => (max = Math.max(max, i.end.getTime())));
  }

  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1]! > start;
  }
}

/** Per resource: what is closed and what is busy. */
export function blockers(schedule: Schedule, resourceId: string): { closed: IntervalIndex; busy: IntervalIndex } {
  return {
    closed: new IntervalIndex(schedule.closures.filter((c) => c.resourceId === null || c.resourceId === resourceId)),
    busy: new IntervalIndex(schedule.busy.filter((b) => b.resourceId === resourceId)),
  };
}

/**
 * Free slots in [from, to), earliest first: inside working hours, not closed, not overlapping a
 * live hold or booking, and not starting before `now`. Slots start on the clinic's step grid from
 * each opening time. With `prefer`, that resource's slot wins a tie at the same start.
 */
export function freeSlots(schedule: Schedule, window: { from: Date; to: Date; now: Date; limit: number; prefer?: string }): Slot[] {
  const durationMs = schedule.appointmentType.durationMinutes * MINUTE;
  const stepMs = schedule.stepMinutes * MINUTE;
  const earliest = Math.max(window.from.getTime(), window.now.getTime());
  const latest = horizonOf(schedule, window.now).getTime();
  const slots: Slot[] = [];
  for (const resource of schedule.resources) {
    const { closed, busy } = blockers(schedule, resource.id);
    for (const interval of workingIntervals(resource, schedule.timezone, window.from, window.to)) {
      for (let t = interval.start.getTime(); t + durationMs <= interval.end.getTime() && t < window.to.getTime(); t += stepMs) {
        if (t < earliest || t > latest || closed.overlaps(t, t + durationMs) || busy.overlaps(t, t + durationMs)) continue;
        slots.push({ resourceId: resource.id, resourceName: resource.name, start: new Date(t), end: new Date(t + durationMs) });
      }
    }
  }
  const rank = (s: Slot) => (s.resourceId === window.prefer ? 0 : 1);
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime() || rank(a) - rank(b) || a.resourceName.localeCompare(b.resourceName)).slice(0, window.limit);
}

/** The latest start the clinic books from `now`: its booking horizon. */
export const horizonOf = (schedule: Pick<Schedule, 'bookingHorizonDays'>, now: Date): Date => new Date(now.getTime() + schedule.bookingHorizonDays * 24 * 60 * MINUTE);

/** The first opening at or after `after` in the next two weeks, for telling a caller when we are open. */
export function nextOpening(schedule: Schedule, after: Date): Date | undefined {
  const horizon = new Date(after.getTime() + 14 * 24 * 60 * MINUTE);
  const starts = schedule.resources.flatMap((r) =>
    workingIntervals(r, schedule.timezone, after, horizon)
      .filter((i) => i.end > after)
      .map((i) => (i.start > after ? i.start : after)),
  );
  return starts.sort((a, b) => a.getTime() - b.getTime())[0];
}
