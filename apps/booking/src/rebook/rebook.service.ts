import { Injectable } from '@nestjs/common';
import { PayloadOf, RebookResult, RebookSlot } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { AvailabilityService } from '../availability/availability.service';
import { checkBookable } from '../availability/slots';
import { ScheduleService } from '../clinic/schedule.service';
import { HoldTransitions } from '../holds/hold-transitions';
import { HoldRepository } from '../holds/hold.repository';
import { newHold } from '../holds/place-hold.service';

type Result = PayloadOf<typeof RebookResult>;

/**
 * A caller answered YES to our follow-up SMS: their own phone answered, so the slot is booked
 * directly, without a code. Asking twice for one follow-up books once.
 */
@Injectable()
export class RebookService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
    private readonly schedules: ScheduleService,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async rebook(request: RebookSlot): Promise<Result> {
    const callId = `followup:${request.followupId}`;
    const earlier = await this.alreadyBooked(callId);
    if (earlier) return earlier;
    const startsAt = new Date(request.startsAt);
    const found = await this.schedules.schedule({ appointmentTypeId: request.appointmentTypeId, resourceId: request.resourceId });
    if (!found.found) return { result: 'unavailable', alternatives: [] };
    const now = this.clock.now();
    if (checkBookable(found.schedule, request.resourceId, startsAt, now) !== 'ok') {
      return { result: 'unavailable', alternatives: await this.offers(request, new Date(Math.max(startsAt.getTime(), now.getTime()))) };
    }
    const hold = newHold(
      found.schedule,
      {
        callId,
        appointmentTypeId: request.appointmentTypeId,
        resourceId: request.resourceId,
        startsAt: request.startsAt,
        caller: { phone: request.callerPhone, ...(request.callerFirstName ? { firstName: request.callerFirstName } : {}) },
      },
      this.ids.next(),
      now,
    );
    const bookingId = this.ids.next();
    if (await this.transitions.place({ type: 'BookVerified', hold, bookingId })) return { result: 'booked', bookingId, label: hold.startsLocal, alternatives: [] };
    // The constraint waited for whoever held the slot to commit; if that was this follow-up asked
    // a second time, the slot is the caller's own booking, not taken.
    return (await this.alreadyBooked(callId)) ?? { result: 'taken', alternatives: await this.offers(request, startsAt) };
  }

  private async alreadyBooked(callId: string): Promise<Result | undefined> {
    const earlier = await this.holds.confirmedForCall(callId);
    return earlier?.status === 'CONFIRMED' ? { result: 'booked', bookingId: earlier.bookingId, label: earlier.hold.startsLocal, alternatives: [] } : undefined;
  }

  private async offers(request: RebookSlot, after: Date): Promise<Result['alternatives']> {
    const slots = await this.availability.alternatives(request.appointmentTypeId, after, request.resourceId, 2);
    return slots.map((s) => ({ startsAt: s.startsAt, label: s.label, resourceId: s.resourceId, resourceName: s.resourceName }));
  }
}
