import { Injectable } from '@nestjs/common';
import { ApiError, Outcome } from '@mo/http';
import { holdView } from './hold-view';
import { HoldTransitions } from './hold-transitions';
import { HoldRepository } from './hold.repository';
import { HoldView } from './hold.dto';

@Injectable()
export class HoldService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
  ) {}

  /** Another tenant's hold is invisible under row-level security, so it is a 404 like a missing one. */
  async get(holdId: string): Promise<HoldView> {
    const stored = await this.holds.find(holdId, false);
    if (!stored) throw new ApiError(404, 'hold_not_found', 'No hold with this id.');
    return holdView(stored);
  }

  async cancel(holdId: string): Promise<Outcome> {
    const stored = await this.holds.find(holdId, true);
    if (!stored) throw new ApiError(404, 'hold_not_found', 'No hold with this id.');
    if (stored.status === 'CONFIRMED') return { status: 409, body: { error: 'already_confirmed', message: 'The hold is already a booking.' } };
    const decision = await this.transitions.apply(stored, { type: 'Cancel' });
    return { status: 200, body: holdView(decision.state.status === 'NONE' ? stored : decision.state) };
  }
}
