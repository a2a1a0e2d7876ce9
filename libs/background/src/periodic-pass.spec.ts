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
