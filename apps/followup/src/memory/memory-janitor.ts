import { Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { CallerMemoryRepository } from './caller-memory.repository';

/** Forgets callers, transcripts and settled follow-ups past each tenant's retention, hourly. */
@Injectable()
export class MemoryJanitor extends PeriodicPass {
  constructor(private readonly memory: CallerMemoryRepository) {
    super(3600_000, 'purging expired memory');
  }

  protected pass(): Promise<number> {
    return this.memory.purgeExpired();
  }
}
