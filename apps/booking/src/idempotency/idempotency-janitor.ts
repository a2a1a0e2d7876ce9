import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { PeriodicPass } from '@mo/background';
import { IdempotencyRepository } from './idempotency.repository';

/** Idempotency keys protect retries of one call, so a day is plenty; older ones are pruned hourly. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;

@Injectable()
export class IdempotencyJanitor extends PeriodicPass {
  constructor(
    private readonly keys: IdempotencyRepository,
    private readonly clock: Clock,
  ) {
    super(3600_000, 'pruning idempotency keys');
  }

  protected pass(): Promise<number> {
    return this.keys.prune(new Date(this.clock.now().getTime() - IDEMPOTENCY_RETENTION_MS), 10_000);
  }
}
