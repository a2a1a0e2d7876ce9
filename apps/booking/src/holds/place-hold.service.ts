import { Injectable } from '@nestjs/common';
import { Clock, IdGenerator } from '@mo/context';
import { ApiError, Outcome } from '@mo/http';
import { scheduleOrThrow, AvailabilityService } from '../availability/availability.service';
import { checkBookable, nextOpening, spokenLabel } from '../availability/slots';
import { ScheduleService } from '../clinic/schedule.service';
import { Schedule } from '../clinic/schedule';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { HoldFacts } from './hold-saga';
import { HoldTransitions } from './hold-transitions';
import { PlaceHoldDto } from './hold.dto';
import { holdView } from './hold-view';


@Injectable()
export class PlaceHoldService {
  constructor(
    private readonly schedules: ScheduleService,
    private readonly transitions: HoldTransitions,
    private readonly availability: AvailabilityService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** 201 with the hold, or 409 `slot_taken` with alternatives; a retry with the same key replays it. */
  place(dto: PlaceHoldDto, idempotencyKey: string | undefined): Promise<Outcome> {
    return this.idempotency.once(idempotencyKey, dto, async (): Promise<Outcome> => {
      const startsAt = new Date(dto.startsAt);
      const now = this.clock.now();
      // No busy times: the exclusion constraint decides whether the slot is free.
      const schedule = scheduleOrThrow(await this.schedules.schedule({ appointmentTypeId: dto.appointmentTypeId, resourceId: dto.resourceId }));
      this.assertBookable(schedule, dto.resourceId, startsAt, now);
      const hold = newHold(schedule, dto, this.ids.next(), now);
      if (await this.transitions.place({ type: 'PlaceHold', hold })) {
        return { status: 201, body: holdView({ status: 'HELD', hold }) };
      }
      const alternatives = await this.availability.alternatives(dto.appointmentTypeId, startsAt, dto.resourceId);
      return {
        status: 409,
        body: { error: 'slot_taken', message: 'Someone else holds or has booked this time. These are the next free slots.', alternatives },
      };
    });
  }

  private assertBookable(schedule: Schedule, resourceId: string, startsAt: Date, now: Date): void {
    const verdict = checkBookable(schedule, resourceId, startsAt, now);
    if (verdict === 'in_past') throw new ApiError(422, 'slot_in_past', 'startsAt is in the past.', { field: 'startsAt' });
    if (verdict === 'outside_hours') {
      const next = nextOpening(schedule, startsAt);
      throw new ApiError(422, 'outside_working_hours', 'The resource does not work at this time.', {
        field: 'startsAt',
        ...(next ? { nextOpenAt: next.toISOString(), nextOpenLabel: spokenLabel(next, schedule.timezone) } : {}),
      });
    }
    if (verdict === 'closed') throw new ApiError(422, 'clinic_closed', 'The clinic or resource is closed at this time.', { field: 'startsAt' });
  }
}

/** The facts of a new hold. Pure: the id and `now` come from the caller. */
export function newHold(schedule: Schedule, dto: PlaceHoldDto, holdId: string, now: Date): HoldFacts {
  const startsAt = new Date(dto.startsAt);
  const resource = schedule.resources.find((r) => r.id === dto.resourceId)!;
  return {
    holdId,
    callId: dto.callId,
    resourceId: resource.id,
    resourceName: resource.name,
    appointmentTypeId: schedule.appointmentType.id,
    appointmentTypeName: schedule.appointmentType.name,
    startsAt,
    endsAt: new Date(startsAt.getTime() + schedule.appointmentType.durationMinutes * 60_000),
    startsLocal: spokenLabel(startsAt, schedule.timezone),
    timezone: schedule.timezone,
    clinicName: schedule.clinicName,
    callerPhone: dto.caller.phone,
    ...(dto.caller.firstName ? { callerFirstName: dto.caller.firstName } : {}),
    expiresAt: new Date(now.getTime() + schedule.holdTtlSeconds * 1000),
  };
}
