import { Logger } from '@nestjs/common';
import { InboxRepository } from './inbox.repository';
import { OutboxRepository } from './outbox.repository';

export interface JanitorOptions {
  intervalMs: number;
}

/**
 * Prunes delivered outbox rows and old inbox rows in batches, across tenants. How long each is kept
 * is decided by the database functions (migration 1764000001310), never by the caller.
 */
export class MessagingJanitor {
  private readonly logger = new Logger('MessagingJanitor');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly inbox: InboxRepository,
    private readonly options: JanitorOptions,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.sweep(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async sweep(): Promise<{ outbox: number; inbox: number }> {
    try {
      const outbox = await this.outbox.pruneSent(5_000);
      const inbox = await this.inbox.prune(5_000);
      return { outbox, inbox };
    } catch (error) {
      this.logger.warn(`pruning failed: ${error instanceof Error ? error.message : String(error)}`);
      return { outbox: 0, inbox: 0 };
    }
  }
}
