import { Injectable } from '@nestjs/common';
import { ChangeTransitions } from '../changes/change-transitions';
import { ChangeRepository } from '../changes/change.repository';
import { HoldTransitions } from '../holds/hold-transitions';
import { HoldRepository } from '../holds/hold.repository';

@Injectable()
export class CallService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
    private readonly changes: ChangeRepository,
    private readonly changeTransitions: ChangeTransitions,
  ) {}

  /** Releases the call's pending holds (each emits HoldReleased and ConfirmationMissed) and abandons its open changes. */
  async ended(callId: string): Promise<{ callId: string; released: string[] }> {
    const pending = await this.holds.pendingForCall(callId);
    const released: string[] = [];
    for (const hold of pending) {
      const decision = await this.transitions.apply(hold, { type: 'CallEnded' });
      if (decision.state.status === 'RELEASED') released.push(hold.hold.holdId);
    }
    for (const change of await this.changes.openForCall(callId)) await this.changeTransitions.apply(change, { type: 'CallEnded' });
    return { callId, released };
  }
}
