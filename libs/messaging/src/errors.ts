/**
 * A failure that retrying cannot fix (the message can never be handled as it is). The consumer sends
 * the message to the dead-letter queue at once instead of retrying it.
 */
export class PermanentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentError';
  }
}

/** The error a request handler returns to its caller, with a machine code. */
export class RpcError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

export class RpcTimeoutError extends RpcError {
  constructor(type: string, timeoutMs: number) {
    super('timeout', `${type} got no reply within ${timeoutMs} ms`);
    this.name = 'RpcTimeoutError';
  }
}
