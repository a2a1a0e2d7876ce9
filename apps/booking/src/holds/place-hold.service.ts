import { Injectable } from '@nestjs/common';
import { Clock, IdGenerator } from '@mo/context';
import { AvailabilityService } from '../availability/availability.service';
import { nextOpening, spokenLabel } from '../availability/slots';
import { ScheduleService } from '../clinic/schedule.service';
import { PlaceHoldCommand, PlacementResult } from './hold-results';
import type { PlacedState } from './hold-saga';
import { checkBookable, newHold } from './hold-rules';
import { HoldTransitions } from './hold-transitions';

/** Placing a hold (or a verified booking): the one placement flow, for every adapter. */
@Injectable()
export class PlaceHoldService {
  constructor(
    private readonly schedules: ScheduleService,
    private readonly transitions: HoldTransitions,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** `alongside`: see HoldTransitions.place; told nothing when the command is refused before the slot is claimed. */
  async place(command: PlaceHoldCommand, alongside?: (state: PlacedState) => void): Promise<PlacementResult> {
    const now = this.clock.now();
    // No busy times: the exclusion constraint decides whether the slot is free.
    const found = await this.schedules.schedule({ appointmentTypeId: command.appointmentTypeId, resourceId: command.resourceId });
    if (!found.found) return { type: 'NotFound', missing: found.missing };
    const { schedule } = found;
    const verdict = checkBookable(schedule, command.resourceId, command.startsAt, now);
    if (verdict !== 'ok') {
      const next = verdict === 'outside_hours' ? nextOpening(schedule, command.startsAt) : undefined;
      return {
        type: 'NotBookable',
        reason: verdict,
        ...(next ? { nextOpening: { at: next, label: spokenLabel(next, schedule.timezone) } } : {}),
        ...(verdict === 'beyond_horizon' ? { horizonDays: schedule.bookingHorizonDays } : {}),
      };
    }
    const hold = newHold(schedule, command, this.ids.next(), now);
    const state = await this.transitions.place(command.verified ? { type: 'BookVerified', hold, bookingId: command.verified.bookingId } : { type: 'PlaceHold', hold }, alongside);
    if (state) return { type: 'Placed', state };
    const alternatives = await this.availability.alternatives(command.appointmentTypeId, command.startsAt, command.resourceId, command.alternatives ?? 3);
    return { type: 'SlotTaken', alternatives };
  }
}
