export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls until `check` returns a value other than undefined/false (or stops throwing), and returns it.
 * Fails at the deadline with the last error, so a test waits for a condition, never for a duration.
 */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, options: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      if (lastError) throw lastError;
      throw new Error(`condition not met within ${options.timeoutMs ?? 10_000} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
  }
}
