import type { Client, PoolClient } from 'pg';

/** How TenantDb talks to node-postgres below TypeORM. */

/** The promise, with a handler so its failure is never unhandled; whoever awaits it still sees the error. */
export function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** An error PostgreSQL or the connection raised (node-postgres's DatabaseError, a socket error), as TypeORM's query path wrapped it. */
export function isDriverError(error: unknown): error is Error {
  return error instanceof Error && ('code' in error || /connection/i.test(error.message));
}

/** Errors that mean the connection is gone, not that the statement was wrong. */
export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    code === '57P01' || // admin_shutdown: terminated by the server
    code === '57P02' || // crash_shutdown
    code === '57P03' || // cannot_connect_now
    code === '08006' ||
    code === '08003' ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    /Connection terminated|connection is closed|Client has encountered a connection error/i.test(message ?? '')
  );
}

/**
 * Runs `send`, whose statements node-postgres writes to the socket at once (the pool pipelines), with
 * the socket corked, so a BEGIN, a statement and a COMMIT sent together leave in one write: on
 * loopback each write's system call also runs the receiver's TCP work, about 0.2-0.4 ms apiece.
 */
export function inOneWrite(client: PoolClient, send: () => void): void {
  const stream = (client as Partial<Pick<Client, 'connection'>>).connection?.stream;
  stream?.cork();
  try {
    send();
  } finally {
    stream?.uncork();
  }
}

/**
 * Names for statement texts, so node-postgres prepares each once per connection: PostgreSQL then
 * skips parsing, row-level-security rewriting and (after its first few runs) planning, which were
 * most of its CPU for our short statements. Parameters are never part of a text, so the texts are
 * the repositories' few; past `capacity` (text built at run time) a text goes unnamed, so neither
 * this map nor any connection's statements grow without bound. One map for the process: two
 * TenantDbs on one pool must never give one name two texts on a connection.
 */
class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly capacity = 500) {}

  of(sql: string): string | undefined {
    const known = this.names.get(sql);
    if (known !== undefined || this.names.size >= this.capacity) return known;
    const name = `mo_${this.names.size}`;
    this.names.set(sql, name);
    return name;
  }
}

export type { StatementNames };
export const STATEMENT_NAMES = new StatementNames();
