import { blockers, horizonOf, spokenLabel, workingIntervals } from '../availability/slots';
import { Schedule } from '../clinic/schedule';
import { HoldFacts } from './hold-saga';
import { PlaceHoldCommand } from './hold-results';

/** Why a slot cannot be held, before the database is asked whether it is free. */
export type Unbookable = 'in_past' | 'beyond_horizon' | 'outside_hours' | 'closed';

/** Whether a resource could take [start, start + duration): the checks a hold makes before claiming. Pure. */
export function checkBookable(schedule: Schedule, resourceId: string, start: Date, now: Date): 'ok' | Unbookable {
  if (start.getTime() <= now.getTime()) return 'in_past';
  if (start > horizonOf(schedule, now)) return 'beyond_horizon';
  const resource = schedule.resources.find((r) => r.id === resourceId);
  const slot = { start, end: new Date(start.getTime() + schedule.appointmentType.durationMinutes * 60_000) };
  if (!resource) return 'outside_hours';
  const within = workingIntervals(resource, schedule.timezone, slot.start, slot.end).some((i) => i.start <= slot.start && slot.end <= i.end);
  if (!within) return 'outside_hours';
  return blockers(schedule, resourceId).closed.overlaps(slot.start.getTime(), slot.end.getTime()) ? 'closed' : 'ok';
}

/** The facts of a new hold on a bookable slot. Pure: the id and `now` come from the caller. */
export function newHold(schedule: Schedule, command: PlaceHoldCommand, holdId: string, now: Date): HoldFacts {
  const { startsAt, caller } = command;
  const resource = schedule.resources.find((r) => r.id === command.resourceId);
  if (!resource) throw new TypeError(`resource ${command.resourceId} is not in the schedule`);
  return {
    holdId,
    callId: command.callId,
    resourceId: resource.id,
    resourceName: resource.name,
    appointmentTypeId: schedule.appointmentType.id,
    appointmentTypeName: schedule.appointmentType.name,
    startsAt,
    endsAt: new Date(startsAt.getTime() + schedule.appointmentType.durationMinutes * 60_000),
    startsLocal: spokenLabel(startsAt, schedule.timezone),
    timezone: schedule.timezone,
    clinicName: schedule.clinicName,
    callerPhone: caller.phone,
    ...(caller.firstName ? { callerFirstName: caller.firstName } : {}),
    expiresAt: new Date(now.getTime() + schedule.holdTtlSeconds * 1000),
  };
}
