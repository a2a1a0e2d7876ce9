import { Injectable, Logger } from '@nestjs/common';
import { Clock, CorrelationContext } from '@mo/context';
import { Outbox } from '@mo/messaging';
import { AppointmentRepository } from './appointment.repository';
import { changeMessageFor } from './change-messages';
import { ChangeMetrics } from './change.metrics';
import { ChangeDecision, ChangeInput, ChangeState, decideChange } from './change-saga';
import { ChangeRepository, StoredChange } from './change.repository';

/**
 * The change saga decides; this writes. A decision's new state, the booking rows it moves and its
 * outbox rows go into the current tenant transaction together: a move books the new slot and frees
 * the old one in that one transaction, so no reader ever sees both booked, or neither.
 */
@Injectable()
export class ChangeTransitions {
  private readonly logger = new Logger('ChangeSaga');

  constructor(
    private readonly changes: ChangeRepository,
    private readonly appointments: AppointmentRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly metrics: ChangeMetrics,
  ) {}

  /** Starts a change; for a move, claims its new slot first. Undefined when that slot is taken (nothing is written). */
  async start(input: Extract<ChangeInput, { type: 'RequestChange' }>): Promise<Extract<ChangeState, { status: 'VERIFYING' }> | undefined> {
    const now = this.clock.now();
    const decision = decideChange({ status: 'NONE' }, input, now);
    if (decision.state.status !== 'VERIFYING') throw new Error(`a change cannot start as ${decision.state.status}`);
    const correlationId = CorrelationContext.current()?.correlationId ?? input.change.changeId;
    const { newSlot } = input.change;
    if (newSlot && !(await this.appointments.reserve(newSlot, correlationId, now))) return undefined;
    await this.changes.insert(decision.state, correlationId, now);
    await this.publish(decision, now);
    this.metrics.transitioned(input.change.kind, 'VERIFYING');
    this.logger.log(`change ${input.change.changeId}: NONE -> VERIFYING (${input.change.kind})`);
    return decision.state;
  }

  /** Decides `input` for a stored change (locked by the caller) and stores the outcome. */
  async apply(stored: StoredChange, input: ChangeInput): Promise<ChangeDecision> {
    const now = this.clock.now();
    const decision = decideChange(stored, input, now);
    const after = decision.state;
    if (after === stored) return decision;
    const { change } = stored;
    if (after.status === 'DONE') {
      await this.appointments.free(change.booking.hold.holdId, now);
      if (change.newSlot && after.newBookingId) await this.appointments.book(change.newSlot.holdId, after.newBookingId, now);
    }
    if (after.status === 'ABANDONED' && change.newSlot) await this.appointments.unreserve(change.newSlot.holdId, now);
    await this.changes.transition(stored, after, now);
    await this.publish(decision, now);
    if (after.status !== stored.status) this.metrics.transitioned(change.kind, after.status, after.status === 'ABANDONED' ? after.reason : '');
    this.logger.log(`change ${change.changeId}: ${stored.status} -> ${after.status}${after.status === 'ABANDONED' ? ` (${after.reason})` : ''}`);
    return decision;
  }

  private async publish(decision: ChangeDecision, now: Date): Promise<void> {
    const { state } = decision;
    if (state.status === 'NONE') return;
    for (const output of decision.outputs) {
      const { contract, payload } = changeMessageFor(state, output, now);
      await this.outbox.add(contract, payload, { aggregateId: state.change.changeId });
    }
  }
}
