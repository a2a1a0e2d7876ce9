import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { ApiError } from '@mo/http';
import { ClinicRepository, ScheduleResult } from '../clinic/clinic.repository';
import { Schedule } from '../clinic/schedule';
import { AvailabilityQuery, AvailabilityView, SlotView } from './availability.dto';
import { freeSlots, nextOpening, Slot, spokenLabel, workingIntervals } from './slots';

const DAY = 24 * 3600_000;
const MAX_WINDOW = 14 * DAY;

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly clinic: ClinicRepository,
    private readonly clock: Clock,
  ) {}

  async find(query: AvailabilityQuery): Promise<AvailabilityView> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    const now = this.clock.now();
    if (to <= from) throw new ApiError(400, 'validation_failed', 'to must be after from', { field: 'to' });
    if (to.getTime() - from.getTime() > MAX_WINDOW) throw new ApiError(400, 'validation_failed', 'to must be at most 14 days after from', { field: 'to' });
    if (to <= now) throw new ApiError(422, 'range_in_past', 'The whole window is in the past; ask for times from now on.', { field: 'to' });
    const schedule = scheduleOrThrow(
      await this.clinic.loadSchedule({ appointmentTypeId: query.appointmentTypeId, resourceId: query.resourceId, from, to: new Date(to.getTime() + DAY), withBusy: true }),
    );
    const open = schedule.resources.some((r) => workingIntervals(r, schedule.timezone, from, to).length > 0);
    if (!open) {
      const next = nextOpening(schedule, to);
      throw new ApiError(422, 'outside_working_hours', 'The clinic is not open at any time in this window.', {
        ...(next ? { nextOpenAt: next.toISOString(), nextOpenLabel: spokenLabel(next, schedule.timezone) } : {}),
      });
    }
    const slots = freeSlots(schedule, { from, to, now, limit: query.limit ?? 50, ...(query.resourceId ? { prefer: query.resourceId } : {}) });
    return {
      timezone: schedule.timezone,
      appointmentType: schedule.appointmentType,
      slots: slots.map((s) => toView(s, schedule.timezone)),
    };
  }

  /** Up to `limit` free slots from `after` on, within two weeks: what a 409 offers instead. */
  async alternatives(appointmentTypeId: string, after: Date, prefer: string, limit = 3): Promise<SlotView[]> {
    const to = new Date(after.getTime() + MAX_WINDOW);
    const result = await this.clinic.loadSchedule({ appointmentTypeId, from: after, to: new Date(to.getTime() + DAY), withBusy: true });
    if (!result.found) return [];
    return freeSlots(result.schedule, { from: after, to, now: this.clock.now(), limit, prefer }).map((s) => toView(s, result.schedule.timezone));
  }
}

export function scheduleOrThrow(result: ScheduleResult): Schedule {
  if (result.found) return result.schedule;
  switch (result.missing) {
    case 'appointment_type':
      throw new ApiError(404, 'appointment_type_not_found', 'No appointment type with this id.', { field: 'appointmentTypeId' });
    case 'resource':
      throw new ApiError(404, 'resource_not_found', 'No resource with this id.', { field: 'resourceId' });
    case 'resource_not_eligible':
      throw new ApiError(422, 'resource_cannot_do_type', 'This resource does not offer this appointment type.', { field: 'resourceId' });
  }
}

export function toView(slot: Slot, timezone: string): SlotView {
  return {
    resourceId: slot.resourceId,
    resourceName: slot.resourceName,
    startsAt: slot.start.toISOString(),
    endsAt: slot.end.toISOString(),
    label: spokenLabel(slot.start, timezone),
  };
}
