import { Logger } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Envelope, forgottenOnceDelivered, validateAs } from '@mo/contracts';
import { ConfirmPublisher, UnpublishableMessageError } from './confirm-publisher';
import { envelopeProperties } from './wire';
import { OutboxRepository, OutboxRow } from './outbox.repository';

export interface OutboxRelayOptions {
  exchange: string;
  appId: string;
  batchSize: number;
  /** How often to look for rows no kick announced: other instances' leftovers, rows from before a crash. */
  pollIntervalMs: number;
  /**
   * Tenants drained at once, each in its own transaction. Tenants' rows are independent queues (order
   * is kept per aggregate, within a tenant), so a pass need not serve ten clinics' commits one after
   * the other, each waiting for its round trips and confirms; at most this many connections are taken.
   */
  tenantsAtOnce: number;
}

/**
 * Moves committed outbox rows to the broker. A commit in this process kicks it for that tenant, so the
 * usual latency is one publish; a slow poll through the discovery function catches everything else.
 *
 * A kick wakes an idle relay at once. Batching needs no wait: kicks that arrive while a pass is
 * publishing are gathered and served by the next pass together, so under load each pass takes the
 * rows of many commits, and a lone commit is published as soon as it lands.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly kicked = new Set<string>();
  private wake?: () => void;
  private loop?: Promise<void>;
  private stopping = false;
  private lastPoll = 0;
  private waking = false;

  constructor(
    private readonly db: TenantDb,
    private readonly repository: OutboxRepository,
    private readonly publisher: ConfirmPublisher,
    private readonly clock: Clock,
    private readonly options: OutboxRelayOptions,
    private readonly onPublished: (row: OutboxRow) => void = () => undefined,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  kick(orgId: string): void {
    this.kicked.add(orgId);
    if (this.waking) return;
    this.waking = true;
    // After the kicking transaction's other after-commit hooks, not inside them.
    setImmediate(() => {
      this.waking = false;
      this.wake?.();
    });
  }

  /** Makes one last pass over what has been kicked, then stops. Rows it cannot publish stay in the table. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      await this.pass();
      if (this.kicked.size === 0 && !this.stopping) await this.idle(this.options.pollIntervalMs);
    }
    if (this.kicked.size > 0 && this.publisher.ready) await this.pass();
  }

  private async pass(): Promise<void> {
    try {
      await this.tick();
    } catch (error) {
      this.logger.warn(`relay pass failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!this.stopping) await this.idle(Math.min(this.options.pollIntervalMs, 1_000));
    }
  }

  private async tick(): Promise<void> {
    if (!this.publisher.ready) return this.idle(200);
    const orgs = new Set(this.kicked);
    this.kicked.clear();
    const now = Date.now();
    if (now - this.lastPoll >= this.options.pollIntervalMs) {
      this.lastPoll = now;
      for (const org of await this.repository.pendingOrgs(1_000)) orgs.add(org);
    }
    const queue = [...orgs];
    let failure: unknown;
    const worker = async (): Promise<void> => {
      for (let org = queue.shift(); org !== undefined; org = queue.shift()) {
        try {
          await this.drain(org);
        } catch (error) {
          // Back to the queue of work: the next pass or poll tries again.
          this.kicked.add(org);
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.tenantsAtOnce, queue.length) }, worker));
    if (failure) throw failure;
  }

  private async drain(orgId: string): Promise<void> {
    for (;;) {
      // The batch's last write (marking rows sent) commits with it: one round trip, not two.
      const claimed = await this.db.run(orgId, () => this.db.endAtFinal(() => this.publishBatch()));
      if (claimed < this.options.batchSize) return;
    }
  }

  /**
   * Publishes in waves: wave n holds the n-th claimed row of every aggregate, and waits for all its
   * confirms before the next, so a later event of an aggregate never reaches the broker before an
   * earlier one. Rows confirmed before a failure are still marked sent.
   */
  private async publishBatch(): Promise<number> {
    const rows = await this.repository.claim(this.options.batchSize);
    const sent: string[] = [];
    let failure: unknown;
    for (const wave of waves(rows)) {
      const results = await Promise.allSettled(wave.map((row) => this.publish(row)));
      for (const [i, result] of results.entries()) {
        const row = wave[i]!;
        if (result.status === 'fulfilled') sent.push(row.id);
        else if (result.reason instanceof UnpublishableMessageError) {
          this.logger.error(`outbox row ${row.id} quarantined: ${result.reason.message}`);
          await this.repository.quarantine(row.id, result.reason.message, this.clock.now());
        } else failure ??= result.reason;
      }
      if (failure) break;
    }
    const published = rows.filter((row) => sent.includes(row.id));
    const forgotten = published.filter((row) => forgottenOnceDelivered(row.envelope));
    const forget = forgotten.map((row) => row.id);
    await this.repository.markSent(
      sent.filter((id) => !forget.includes(id)),
      this.clock.now(),
      forget.length === 0,
    );
    await this.repository.forget(forget, true);
    for (const row of published) this.onPublished(row);
    if (failure) throw failure;
    return rows.length;
  }

  private publish(row: OutboxRow): Promise<void> {
    const envelope = validateAs(Envelope, row.envelope, false);
    if (!envelope.ok) return Promise.reject(new UnpublishableMessageError(`invalid envelope: ${envelope.message}`));
    return this.publisher.publish(this.options.exchange, row.routingKey, Buffer.from(JSON.stringify(row.envelope)), envelopeProperties(row.envelope, this.options.appId));
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function waves(rows: readonly OutboxRow[]): OutboxRow[][] {
  const seen = new Map<string, number>();
  const result: OutboxRow[][] = [];
  for (const row of rows) {
    const index = seen.get(row.aggregateId) ?? 0;
    seen.set(row.aggregateId, index + 1);
    (result[index] ??= []).push(row);
  }
  return result;
}
