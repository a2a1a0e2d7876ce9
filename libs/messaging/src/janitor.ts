import { PeriodicPass } from '@mo/background';
import { InboxRepository } from './inbox.repository';
import { OutboxRepository } from './outbox.repository';

export interface JanitorOptions {
  intervalMs: number;
}

/**
 * Prunes delivered outbox rows and old inbox rows in batches, across tenants; its passes never
 * overlap. How long each is kept is decided by the database functions (migration 1764000001310),
 * never by the caller.
 */
export class MessagingJanitor extends PeriodicPass {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly inbox: InboxRepository,
    options: JanitorOptions,
  ) {
    super(options.intervalMs, 'pruning the outbox and inbox');
  }

  /** Resolves to the rows pruned from both. */
  protected async pass(): Promise<number> {
    const outbox = await this.outbox.pruneSent(5_000);
    const inbox = await this.inbox.prune(5_000);
    return outbox + inbox;
  }
}
