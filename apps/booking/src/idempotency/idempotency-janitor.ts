import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@mo/context';
import { IdempotencyRepository } from './idempotency.repository';

/** Idempotency keys protect retries of one call, so a day is plenty; older ones are pruned hourly. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;

@Injectable()
export class IdempotencyJanitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly keys: IdempotencyRepository,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), 3600_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<number> {
    try {
      return await this.keys.prune(new Date(this.clock.now().getTime() - IDEMPOTENCY_RETENTION_MS), 10_000);
    } catch (error) {
      this.logger.warn(`pruning idempotency keys failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
