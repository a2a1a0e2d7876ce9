import { Injectable, Logger } from '@nestjs/common';
import { Clock, CorrelationContext } from '@mo/context';
import type { StatementOptions } from '@mo/database';
import { Outbox, OutboxRow } from '@mo/messaging';
import { Decision, decide, HoldInput, PlacedState } from './hold-saga';
import { messageFor } from './hold-messages';
import { HoldRepository, StoredHold } from './hold.repository';
import { SagaMetrics } from './saga.metrics';

/**
 * The saga decides; this writes. A decision's new state and its outbox rows go into the current
 * tenant transaction together, so either both happen or neither does.
 */
@Injectable()
export class HoldTransitions {
  private readonly logger = new Logger('HoldSaga');

  constructor(
    private readonly holds: HoldRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly metrics: SagaMetrics,
  ) {}

  /**
   * Decides `input` for a stored hold (locked by the caller) and stores the outcome with its messages;
   * `final` when the caller writes nothing after it (TenantDb.endAtFinal).
   */
  async apply(stored: StoredHold, input: HoldInput, options: StatementOptions = {}): Promise<Decision> {
    const now = this.clock.now();
    const decision = decide(stored, input, now);
    // The saga emits messages only with a new state, so an unchanged hold has nothing to write.
    if (decision.state === stored) return decision;
    const messages = this.prepared(decision, now);
    await this.holds.transition(stored, decision.state, now, messages, options);
    if (messages.length > 0) this.outbox.announce();
    this.metrics.transitioned(stored.status, decision.state.status);
    this.logger.log(`hold ${stored.hold.holdId}: ${stored.status} -> ${decision.state.status}${releaseReason(decision)}`);
    return decision;
  }

  /**
   * Places a new hold (or a verified booking) and its messages in one statement; undefined when the
   * slot is taken. `alongside` is told the state it would place as soon as that statement is issued,
   * in the same tick, so what it issues is written in the same round trip, behind it (and the
   * insert is then not the transaction's last statement).
   */
  async place(input: Extract<HoldInput, { type: 'PlaceHold' | 'BookVerified' }>, alongside?: (state: PlacedState) => void): Promise<PlacedState | undefined> {
    const now = this.clock.now();
    const decision = decide({ status: 'NONE' }, input, now);
    const { state } = decision;
    if (state.status !== 'HELD' && state.status !== 'CONFIRMED') throw new Error(`a new hold cannot start as ${state.status}`);
    const correlationId = CorrelationContext.current()?.correlationId ?? input.hold.holdId;
    const messages = this.prepared(decision, now);
    const inserted = this.holds.insert(state, correlationId, now, messages, { final: !alongside });
    alongside?.(state);
    if (!(await inserted)) return undefined;
    this.metrics.transitioned('NONE', state.status);
    this.logger.log(`hold ${input.hold.holdId}: NONE -> ${state.status}`);
    this.outbox.announce();
    return state;
  }

  private prepared(decision: Decision, now: Date): OutboxRow[] {
    if (decision.state.status === 'NONE') return [];
    const aggregateId = decision.state.hold.holdId;
    return this.messages(decision, now).map(({ contract, payload }) => this.outbox.prepare(contract, payload, { aggregateId }));
  }

  private messages(decision: Decision, now: Date) {
    const { state } = decision;
    return state.status === 'NONE' ? [] : decision.outputs.map((output) => messageFor(state, output, now));
  }
}

const releaseReason = (decision: Decision): string => (decision.state.status === 'RELEASED' ? ` (${decision.state.reason})` : '');
