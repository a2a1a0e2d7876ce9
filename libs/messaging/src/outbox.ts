import { assertValid, ContractClass, contractInfo, Envelope, PayloadOf, routingKeyOf } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { buildEnvelope } from './envelope-builder';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository, OutboxRow } from './outbox.repository';

export interface OutboxOptions {
  /** Messages with the same aggregate id are published in the order they were added. */
  aggregateId: string;
  /** The transaction's last write, which may commit with it (TenantDb.endAtFinal). */
  final?: boolean;
}

/**
 * A validated outbox row for a tenant's event or command. Pure; for code outside an app that writes
 * an app's outbox under the tenant's row-level security (the operator's erasure request).
 */
export function outboxRow<C extends ContractClass>(contract: C, payload: PayloadOf<C>, at: { messageId: string; orgId: string; now: Date } & OutboxOptions): OutboxRow {
  const info = contractInfo(contract);
  if (info.kind !== 'event' && info.kind !== 'command') {
    throw new TypeError(`${info.type} is a ${info.kind}; only events and commands go through the outbox`);
  }
  assertValid(contract, payload);
  const envelope = buildEnvelope(contract, payload, at);
  return { id: at.messageId, aggregateId: at.aggregateId, routingKey: routingKeyOf(contract), envelope };
}

/**
 * The one way app code publishes: `outbox.add(SlotHeld, payload, { aggregateId })` inside a tenant
 * transaction. The row commits or rolls back with the state change that caused it; the relay
 * publishes it afterwards, so a crash between commit and publish loses nothing.
 */
export class Outbox {
  constructor(
    private readonly db: TenantDb,
    private readonly repository: OutboxRepository,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async add<C extends ContractClass>(contract: C, payload: PayloadOf<C>, options: OutboxOptions): Promise<Envelope> {
    const row = this.prepare(contract, payload, options);
    await this.repository.insert(row, options.final ?? false);
    this.announce();
    return row.envelope;
  }

  /**
   * A validated outbox row not yet written, for the rare hot path that writes it in the same statement
   * as its state change (see `outboxInsertFrom`). Call `announce()` once it is written.
   */
  prepare<C extends ContractClass>(contract: C, payload: PayloadOf<C>, options: OutboxOptions): OutboxRow {
    return outboxRow(contract, payload, { messageId: this.ids.next(), orgId: this.db.orgId, now: this.clock.now(), aggregateId: options.aggregateId });
  }

  /** Tells the relay, once this transaction commits, that the tenant has rows to publish. */
  announce(): void {
    const orgId = this.db.orgId;
    this.db.afterCommit(() => this.relay.kick(orgId));
  }
}
