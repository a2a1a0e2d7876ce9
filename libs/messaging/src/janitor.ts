import { PeriodicPass } from '@mo/background';
import { Clock } from '@mo/context';
import { InboxRepository } from './inbox.repository';
import { OutboxRepository } from './outbox.repository';

export interface JanitorOptions {
  intervalMs: number;
  /** Sent outbox rows are kept this long for inspection. */
  outboxRetentionMs: number;
  /**
   * Inbox rows are the memory that stops a redelivered or replayed message from acting twice, so
   * they are kept well beyond any retry schedule or dead-letter replay an operator would run.
   */
  inboxRetentionMs: number;
}

/** Prunes delivered outbox rows and old inbox rows in batches, across tenants; its passes never overlap. */
export class MessagingJanitor extends PeriodicPass {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly inbox: InboxRepository,
    private readonly clock: Clock,
    private readonly options: JanitorOptions,
  ) {
    super(options.intervalMs, 'pruning the outbox and inbox');
  }

  /** Resolves to the rows pruned from both. */
  protected async pass(): Promise<number> {
    const now = this.clock.now().getTime();
    const outbox = await this.outbox.pruneSent(new Date(now - this.options.outboxRetentionMs), 5_000);
    const inbox = await this.inbox.prune(new Date(now - this.options.inboxRetentionMs), 5_000);
    return outbox + inbox;
  }
}
