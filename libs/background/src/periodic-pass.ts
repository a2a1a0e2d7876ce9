import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * Background work that every instance runs on a timer (sweepers, schedulers, janitors). Passes never
 * overlap; a failed pass is logged and the next one tries again; shutdown waits for the pass in
 * progress. Work shared between instances claims its rows with SKIP LOCKED, so more instances only
 * means the work is done sooner.
 */
export abstract class PeriodicPass implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  protected constructor(
    private readonly intervalMs: number,
    /** What a pass does, for the log line when one fails: "expiring holds". */
    private readonly what: string,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass now, or the one already running; resolves to how much it handled (0 if it failed). */
  runOnce(): Promise<number> {
    this.running ??= this.pass()
      .catch((error: unknown) => {
        this.logger.warn(`${this.what} failed: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  protected abstract pass(): Promise<number>;
}
