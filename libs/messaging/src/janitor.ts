import { Logger } from '@nestjs/common';
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

/** Prunes delivered outbox rows and old inbox rows in batches, across tenants. */
export class MessagingJanitor {
  private readonly logger = new Logger('MessagingJanitor');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly inbox: InboxRepository,
    private readonly clock: Clock,
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
    const now = this.clock.now().getTime();
    try {
      const outbox = await this.outbox.pruneSent(new Date(now - this.options.outboxRetentionMs), 5_000);
      const inbox = await this.inbox.prune(new Date(now - this.options.inboxRetentionMs), 5_000);
      return { outbox, inbox };
    } catch (error) {
      this.logger.warn(`pruning failed: ${error instanceof Error ? error.message : String(error)}`);
      return { outbox: 0, inbox: 0 };
    }
  }
}
