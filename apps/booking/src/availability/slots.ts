import { DateTime } from 'luxon';
import { Interval, Schedule, ScheduledResource } from '../clinic/schedule';

export interface Slot {
  resourceId: string;
  resourceName: string;
  start: Date;
  end: Date;
}

export type Bookability = 'ok' | 'in_past' | 'outside_hours' | 'closed';

const MINUTE = 60_000;

/** How the voice agent says an instant in the clinic's zone: "Tuesday 3 December, 3:00 pm". */
export function spokenLabel(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat('cccc d LLLL, h:mm a');
}

/**
 * A resource's working intervals that touch [from, to), as instants. Each local day's hours are
 * placed in the clinic's zone by luxon, so a DST change moves them correctly; a wall-clock time that
 * does not exist (spring forward) moves to the first one that does.
 */
export function workingIntervals(resource: ScheduledResource, timezone: string, from: Date, to: Date): Interval[] {
  const result: Interval[] = [];
  let day = DateTime.fromJSDate(from, { zone: timezone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromJSDate(to, { zone: timezone }).startOf('day');
  while (day <= last) {
    for (const hours of resource.hours) {
      if (hours.weekday !== day.weekday) continue;
      const start = atTime(day, hours.opens);
      const end = atTime(day, hours.closes);
      if (start < to && end > from) result.push({ start, end });
    }
    day = day.plus({ days: 1 });
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function atTime(day: DateTime, time: string): Date {
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute, second }, { zone: day.zone }).toJSDate();
}

const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

function blocked(schedule: Schedule, resourceId: string, slot: Interval): 'closed' | 'busy' | undefined {
  if (schedule.closures.some((c) => (c.resourceId === null || c.resourceId === resourceId) && overlaps(c, slot))) return 'closed';
  if (schedule.busy.some((b) => b.resourceId === resourceId && overlaps(b, slot))) return 'busy';
  return undefined;
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
  const slots: Slot[] = [];
  for (const resource of schedule.resources) {
    for (const interval of workingIntervals(resource, schedule.timezone, window.from, window.to)) {
      for (let t = interval.start.getTime(); t + durationMs <= interval.end.getTime() && t < window.to.getTime(); t += stepMs) {
        if (t < earliest) continue;
        const slot = { start: new Date(t), end: new Date(t + durationMs) };
        if (!blocked(schedule, resource.id, slot)) slots.push({ resourceId: resource.id, resourceName: resource.name, ...slot });
      }
    }
  }
  const rank = (s: Slot) => (s.resourceId === window.prefer ? 0 : 1);
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime() || rank(a) - rank(b) || a.resourceName.localeCompare(b.resourceName)).slice(0, window.limit);
}

/** Whether a resource could take [start, start + duration): the checks a hold makes before claiming. */
export function checkBookable(schedule: Schedule, resourceId: string, start: Date, now: Date): Bookability {
  if (start.getTime() <= now.getTime()) return 'in_past';
  const resource = schedule.resources.find((r) => r.id === resourceId);
  const slot = { start, end: new Date(start.getTime() + schedule.appointmentType.durationMinutes * MINUTE) };
  if (!resource) return 'outside_hours';
  const within = workingIntervals(resource, schedule.timezone, slot.start, slot.end).some((i) => i.start <= slot.start && slot.end <= i.end);
  if (!within) return 'outside_hours';
  return blocked(schedule, resourceId, slot) === 'closed' ? 'closed' : 'ok';
}

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
