import type { Client, PoolClient } from 'pg';
import { QueryFailedError, QueryResult } from 'typeorm';

/** How TenantDb talks to node-postgres below TypeORM: statements written in a known order. */

/** The promise, with a handler so its failure is never unhandled; whoever awaits it still sees the error. */
export function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * A statement written to the client at once, as TypeORM's runner would answer it (rows, affected
 * count, QueryFailedError). TypeORM's `query` first awaits its own bookkeeping, so two statements
 * given in order, one through it and one straight, could reach the wire in the other order.
 */
export function sendRaw(client: PoolClient, sql: string, params: readonly unknown[]): Promise<QueryResult> {
  return client.query(sql, [...params]).then(
    (raw) => Object.assign(new QueryResult(), { records: raw.rows, affected: raw.rowCount ?? undefined }),
    (error: unknown) => Promise.reject(new QueryFailedError(sql, [...params], error as Error)),
  );
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
