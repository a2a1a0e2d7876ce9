import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@mo/context';
import { CallerMemoryRepository } from './caller-memory.repository';

/** Forgets callers, transcripts and settled follow-ups past each tenant's retention, hourly. */
@Injectable()
export class MemoryJanitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MemoryJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly memory: CallerMemoryRepository,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), 3600_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async purge(): Promise<number> {
    try {
      return await this.memory.purgeExpired(this.clock.now());
    } catch (error) {
      this.logger.warn(`purging expired memory failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
