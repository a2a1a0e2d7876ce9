import { Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { IdempotencyRepository } from './idempotency.repository';

/** Idempotency keys protect retries of one call; the database forgets those older than a day, hourly. */
@Injectable()
export class IdempotencyJanitor extends PeriodicPass {
  constructor(private readonly keys: IdempotencyRepository) {
    super(3600_000, 'pruning idempotency keys');
  }

  protected pass(): Promise<number> {
    return this.keys.prune(10_000);
  }
}
