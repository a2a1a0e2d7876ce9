import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { PeriodicPass } from '@mo/background';
import { CallerMemoryRepository } from './caller-memory.repository';

/** Forgets callers, transcripts and settled follow-ups past each tenant's retention, hourly. */
@Injectable()
export class MemoryJanitor extends PeriodicPass {
  constructor(
    private readonly memory: CallerMemoryRepository,
    private readonly clock: Clock,
  ) {
    super(3600_000, 'purging expired memory');
  }

  protected pass(): Promise<number> {
    return this.memory.purgeExpired(this.clock.now());
  }
}
