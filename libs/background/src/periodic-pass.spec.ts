import { PeriodicPass } from './periodic-pass';

/** A pass that waits until the test lets it finish, and counts how often it started. */
class GatedPass extends PeriodicPass {
  started = 0;
  private release?: (handled: number) => void;
  private failure?: Error;

  constructor() {
    super(60_000, 'testing');
  }

  finish(handled: number): void {
    this.release?.(handled);
  }

  failNext(error: Error): void {
    this.failure = error;
  }

  protected pass(): Promise<number> {
    this.started++;
    if (this.failure) {
      const error = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    return new Promise((resolve) => (this.release = resolve));
  }
}

describe('PeriodicPass', () => {
  it('never runs two passes at once: asking during a pass gets that pass', async () => {
    const worker = new GatedPass();
    const first = worker.runOnce();
    const second = worker.runOnce();
    expect(second).toBe(first);
    worker.finish(3);
    expect(await second).toBe(3);
    expect(worker.started).toBe(1);
  });

  it('reports a failed pass as 0 handled, and runs again next time', async () => {
    const worker = new GatedPass();
    worker.failNext(new Error('database away'));
    expect(await worker.runOnce()).toBe(0);
    const next = worker.runOnce();
    worker.finish(2);
    expect(await next).toBe(2);
    expect(worker.started).toBe(2);
  });

  it('waits for the pass in progress when the module shuts down', async () => {
    const worker = new GatedPass();
    void worker.runOnce();
    let stopped = false;
    const stopping = worker.onModuleDestroy().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    worker.finish(1);
    await stopping;
    expect(stopped).toBe(true);
  });
});

/** A sweep over tenants whose backlogs the test sets; each transaction takes up to `batch` items. */
class TenantSweep extends PeriodicPass {
  readonly transactions: string[] = [];
  private current?: string;
  readonly db = {
    run: async <T>(orgId: string, work: () => Promise<T>): Promise<T> => {
      this.transactions.push(orgId);
      this.current = orgId;
      try {
        return await work();
      } finally {
        this.current = undefined;
      }
    },
  };

  constructor(
    private readonly backlog: Map<string, number>,
    private readonly batch?: number,
  ) {
    super(60_000, 'testing tenants');
  }

  protected pass(): Promise<number> {
    const take = async () => {
      const left = this.backlog.get(this.current!) ?? 0;
      const taken = Math.min(left, this.batch ?? left);
      this.backlog.set(this.current!, left - taken);
      return taken;
    };
    return this.sweepTenants(this.db, [...this.backlog.keys()], take, this.batch === undefined ? {} : { batch: this.batch });
  }
}

describe('PeriodicPass.sweepTenants', () => {
  it('runs the work once per tenant, each in its own tenant transaction, and adds up what it handled', async () => {
    const sweep = new TenantSweep(new Map([['org-a', 2], ['org-b', 0], ['org-c', 5]]));
    expect(await sweep.runOnce()).toBe(7);
    expect(sweep.transactions).toEqual(['org-a', 'org-b', 'org-c']);
  });

  it('with a batch, gives a tenant another transaction while it fills one, so a backlog drains in one pass', async () => {
    const backlog = new Map([['org-a', 5], ['org-b', 1]]);
    const sweep = new TenantSweep(backlog, 2);
    expect(await sweep.runOnce()).toBe(6);
    expect(sweep.transactions).toEqual(['org-a', 'org-a', 'org-a', 'org-b']);
    expect([...backlog.values()]).toEqual([0, 0]);
  });
});
