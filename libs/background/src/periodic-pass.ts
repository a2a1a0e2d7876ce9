import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { TenantDb } from '@mo/database';

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

  /**
   * The per-tenant sweep: `work` runs in a transaction of each tenant in turn, so row-level security
   * scopes it to that tenant. With `batch`, a tenant whose transaction handled a full batch gets
   * another, so a backlog drains within one pass. Resolves to the total handled.
   */
  protected async sweepTenants(db: Pick<TenantDb, 'run'>, orgIds: readonly string[], work: () => Promise<number>, options: { batch?: number } = {}): Promise<number> {
    let handled = 0;
    for (const orgId of orgIds) {
      let handledNow: number;
      do {
        handledNow = await db.run(orgId, work);
        handled += handledNow;
      } while (options.batch !== undefined && handledNow >= options.batch);
    }
    return handled;
  }
}
