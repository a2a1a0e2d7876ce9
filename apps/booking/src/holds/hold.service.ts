import { Injectable } from '@nestjs/common';
import { CancelResult } from './hold-results';
import { HoldTransitions } from './hold-transitions';
import { HoldRepository, StoredHold } from './hold.repository';

@Injectable()
export class HoldService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
  ) {}

  /** Another tenant's hold is invisible under row-level security, so it is missing like one that never was. */
  find(holdId: string): Promise<StoredHold | undefined> {
    return this.holds.find(holdId, false);
  }

  async cancel(holdId: string): Promise<CancelResult> {
    const stored = await this.holds.find(holdId, true);
    if (!stored) return { type: 'HoldNotFound' };
    const decision = await this.transitions.apply(stored, { type: 'Cancel' });
    if (decision.refused) return { type: 'AlreadyConfirmed' };
    return { type: 'Cancelled', state: decision.state.status === 'NONE' ? stored : decision.state };
  }
}
