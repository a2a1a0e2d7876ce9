import { Injectable } from '@nestjs/common';
import { PayloadOf, RebookResult, RebookSlot } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { AvailabilityService } from '../availability/availability.service';
import { SlotView } from '../availability/availability.dto';
import { PlacementResult } from '../holds/hold-results';
import { HoldRepository } from '../holds/hold.repository';
import { PlaceHoldService } from '../holds/place-hold.service';

type Result = PayloadOf<typeof RebookResult>;

const OFFERS = 2;

/**
 * A caller answered YES to our follow-up SMS: their own phone answered, so the slot is booked
 * directly, without a code, through the one placement use case. Asking twice for one follow-up books once.
 */
@Injectable()
export class RebookService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly placing: PlaceHoldService,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async rebook(request: RebookSlot): Promise<Result> {
    const callId = `followup:${request.followupId}`;
    const earlier = await this.alreadyBooked(callId);
    if (earlier) return earlier;
    const startsAt = new Date(request.startsAt);
    const result = await this.placing.place({
      callId,
      appointmentTypeId: request.appointmentTypeId,
      resourceId: request.resourceId,
      startsAt,
      caller: { phone: request.callerPhone, ...(request.callerFirstName ? { firstName: request.callerFirstName } : {}) },
      verified: { bookingId: this.ids.next() },
      alternatives: OFFERS,
    });
    return this.reply(result, request, startsAt, callId);
  }

  /** The placement result in RebookSlot's words. */
  private async reply(result: PlacementResult, request: RebookSlot, startsAt: Date, callId: string): Promise<Result> {
    switch (result.type) {
      case 'Placed':
        return booked(result.state.status === 'CONFIRMED' ? result.state.bookingId : undefined, result.state.hold.startsLocal);
      case 'SlotTaken':
        // The constraint waited for whoever held the slot to commit; if that was this follow-up asked
        // a second time, the slot is the caller's own booking, not taken.
        return (await this.alreadyBooked(callId)) ?? { result: 'taken', alternatives: offered(result.alternatives) };
      case 'NotBookable': {
        const after = new Date(Math.max(startsAt.getTime(), this.clock.now().getTime()));
        return { result: 'unavailable', alternatives: offered(await this.availability.alternatives(request.appointmentTypeId, after, request.resourceId, OFFERS)) };
      }
      case 'NotFound':
        return { result: 'unavailable', alternatives: [] };
    }
  }

  private async alreadyBooked(callId: string): Promise<Result | undefined> {
    const earlier = await this.holds.confirmedForCall(callId);
    return earlier?.status === 'CONFIRMED' ? booked(earlier.bookingId, earlier.hold.startsLocal) : undefined;
  }
}

const booked = (bookingId: string | undefined, label: string): Result => ({ result: 'booked', ...(bookingId ? { bookingId } : {}), label, alternatives: [] });

const offered = (slots: SlotView[]): Result['alternatives'] =>
  slots.map((s) => ({ startsAt: s.startsAt, label: s.label, resourceId: s.resourceId, resourceName: s.resourceName }));
