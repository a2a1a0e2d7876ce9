import { Injectable } from '@nestjs/common';
import { HoldTransitions } from '../holds/hold-transitions';
import { HoldRepository } from '../holds/hold.repository';

@Injectable()
export class CallService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
  ) {}

  /** Releases the call's pending holds; each emits HoldReleased and ConfirmationMissed. */
  async ended(callId: string): Promise<{ callId: string; released: string[] }> {
    const pending = await this.holds.pendingForCall(callId);
    const released: string[] = [];
    for (const hold of pending) {
      const decision = await this.transitions.apply(hold, { type: 'CallEnded' });
      if (decision.state.status === 'RELEASED') released.push(hold.hold.holdId);
    }
    return { callId, released };
  }
}
