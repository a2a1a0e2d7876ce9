import { AsyncLocalStorage } from 'node:async_hooks';

export interface Correlation {
  /** Follows one caller's journey: from the HTTP request through every event, SMS and callback. */
  readonly correlationId: string;
  /** The message that caused the current work, if any. */
  readonly causationId?: string;
}

const storage = new AsyncLocalStorage<Correlation>();

export const CorrelationContext = {
  run<T>(correlation: Correlation, work: () => T): T {
    return storage.run(correlation, work);
  },
  current(): Correlation | undefined {
    return storage.getStore();
  },
};
