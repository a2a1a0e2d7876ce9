import { AsyncLocalStorage } from 'node:async_hooks';
import type { Client, PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError, QueryResult, QueryRunner } from 'typeorm';
import { isUuid } from './uuid';

/** Tenant work was attempted outside a tenant transaction. This is a programming error, never a client error. */
export class NoTenantContextError extends Error {
  constructor(what: string) {
    super(`${what} needs a tenant transaction; wrap the work in TenantDb.run(orgId, ...)`);
    this.name = 'NoTenantContextError';
  }
}

interface Scope {
  readonly orgId: string;
  /** Opened at the first statement, so no connection is held while a request is validated. */
  runner?: Promise<QueryRunner>;
  readonly afterCommit: Array<() => void | Promise<void>>;
  savepoints: number;
  /** Savepoints open now: a statement inside one never ends the transaction. */
  openSavepoints: number;
  /** Set by `endAtFinal`, cleared by `keepOpen`: whether a `final` statement may commit with it. */
  endAtFinal: boolean;
  /** The transaction committed with a final statement; what follows runs read-only. */
  ended: boolean;
  /** The last statement sent, settled or not: a final statement goes on the wire after it. */
  tail: Promise<unknown>;
}

/** `final`: this statement may be the transaction's last (see `TenantDb.endAtFinal`). */
export interface StatementOptions {
  readonly final?: boolean;
}

/**
 * The only door to tenant data. `run` opens one transaction whose first statement sets `app.org_id`
 * with `set_config(..., true)`, so the setting dies with the transaction and can never leak to the next
 * user of a pooled connection. Row-level security reads that setting; outside `run` there is no
 * connection to query with, so forgetting the tenant fails loudly instead of returning nothing.
 *
 * The transaction begins at the first statement of `run`, not at its start: a pooled connection is
 * taken only for the database work, and work that never reaches the database (a request refused by
 * validation) takes none.
 */
export class TenantDb {
  private readonly storage = new AsyncLocalStorage<Scope>();

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(orgId: string, work: () => Promise<T>): Promise<T> {
    if (!isUuid(orgId)) throw new TypeError('orgId must be a UUID');
    const current = this.storage.getStore();
    if (current) {
      if (current.orgId !== orgId) throw new Error('A tenant transaction cannot switch to another tenant');
      return work();
    }
    const scope: Scope = { orgId, afterCommit: [], savepoints: 0, openSavepoints: 0, endAtFinal: false, ended: false, tail: Promise.resolve() };
    let result: T;
    try {
      result = await this.storage.run(scope, work);
    } catch (error) {
      await this.end(scope, 'ROLLBACK');
      throw error;
    }
    await this.end(scope, 'COMMIT');
    for (const hook of scope.afterCommit) await hook();
    return result;
  }

  /** Commits or rolls back, if a statement ever opened the transaction, and returns the connection. */
  private async end(scope: Scope, how: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    if (!scope.runner) return;
    // A begin that failed has already released its connection.
    const runner = await scope.runner.catch(() => undefined);
    if (!runner) {
      if (how === 'COMMIT') await scope.runner;
      return;
    }
    try {
      if (how === 'COMMIT') await runner.query('COMMIT');
      else await runner.query('ROLLBACK').catch(() => undefined);
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private runner(what: string): Promise<QueryRunner> {
    const scope = this.scope(what);
    scope.runner ??= this.begin(scope);
    return scope.runner;
  }

  /**
   * Opens the transaction and sets the tenant. After a database restart the pool may still hold dead
   * connections; nothing has run yet at this point, so a connection error here is retried on a
   * fresh connection. (TypeORM releases a client that errored with the error, so pg-pool discards it.)
   */
  private async begin(scope: Scope, alongside?: (runner: QueryRunner, client: PoolClient) => Promise<unknown>): Promise<QueryRunner> {
    // After a final statement the work goes on read-only: a write there would not be atomic with the
    // committed one, so it fails loudly instead (see endAtFinal).
    const begin = scope.ended ? 'BEGIN READ ONLY' : 'BEGIN';
    for (let attempt = 1; ; attempt++) {
      const runner = this.dataSource.createQueryRunner();
      let first: Promise<unknown> | undefined;
      try {
        const client: PoolClient = await runner.connect();
        // One message for both: the simple protocol takes two statements, and orgId is a checked UUID.
        // Written straight to the client, so it is on the wire before anything `alongside` sends.
        let begun: Promise<unknown> | undefined;
        inOneWrite(client, () => {
          begun = client.query(`${begin}; SELECT set_config('app.org_id', '${scope.orgId}', true)`);
          first = alongside?.(runner, client);
        });
        await begun;
        return runner;
      } catch (error) {
        // The first statement fails with its BEGIN (on a dead connection, or in an aborted
        // transaction); the error to act on is the BEGIN's, and the statement goes again with it.
        await first?.catch(() => undefined);
        await runner.release();
        // Every idle connection in the pool may be dead at once, so the cap is above any pool size;
        // a dead one fails at once, and a database that is really down refuses new ones (not retried).
        if (attempt >= MAX_BEGIN_ATTEMPTS || !isConnectionError(error)) throw error;
      }
    }
  }

  get inTenant(): boolean {
    return this.storage.getStore() !== undefined;
  }

  get orgId(): string {
    return this.scope('orgId').orgId;
  }

  /** The EntityManager of the current tenant transaction. */
  async manager(): Promise<EntityManager> {
    return (await this.runner('manager')).manager;
  }

  /** Rows of a statement run in the current tenant transaction. */
  async query<R>(sql: string, params: readonly unknown[] = [], options: StatementOptions = {}): Promise<R[]> {
    return (await this.statement('query', sql, params, options)).records as R[];
  }

  /** Number of rows a write statement touched, in the current tenant transaction. */
  async execute(sql: string, params: readonly unknown[] = [], options: StatementOptions = {}): Promise<number> {
    return (await this.statement('execute', sql, params, options)).affected ?? 0;
  }

  /**
   * A statement in the current tenant transaction. The transaction's first statement is written right
   * behind its BEGIN and tenant, on the same connection, without waiting for their answer: the pool
   * pipelines (see createDataSource), so opening the transaction costs no round trip of its own.
   * PostgreSQL runs the two in order, so the statement sees the tenant, and fails (aborted
   * transaction) if setting it failed; it never runs outside the transaction.
   */
  private async statement(what: string, sql: string, params: readonly unknown[], options: StatementOptions): Promise<QueryResult> {
    const scope = this.scope(what);
    if (options.final && scope.endAtFinal && scope.openSavepoints === 0 && !scope.ended) return this.final(scope, sql, params);
    const sent = scope.runner ? this.next(scope, sql, params) : this.first(scope, sql, params);
    scope.tail = sent.catch(() => undefined);
    return sent;
  }

  private async next(scope: Scope, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    return (await scope.runner!).query(sql, [...params], true) as Promise<QueryResult>;
  }

  private async first(scope: Scope, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    let first: Promise<QueryResult> | undefined;
    scope.runner = this.begin(scope, (runner) => {
      first = runner.query(sql, [...params], true) as Promise<QueryResult>;
      // Handled below, once the BEGIN has answered; never an unhandled rejection in between.
      first.catch(() => undefined);
      return first;
    });
    await scope.runner;
    return first!;
  }

  /**
   * The transaction's last statement, with its `COMMIT` written right behind it on the same connection
   * (behind its `BEGIN` too, if it is also the first): one round trip for both. Its rows are returned
   * only once both have answered, so nothing reads a result that could still roll back. A statement
   * that fails makes PostgreSQL answer the `COMMIT` with a rollback and no error of its own: that is
   * caught here, by the statement's error, and by checking that the server answered `COMMIT`.
   */
  private async final(scope: Scope, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    // Anything sent before it (unawaited) goes on the wire first, as TypeORM queues it.
    await scope.tail;
    let statement: Promise<QueryResult> | undefined;
    let commit: Promise<string> | undefined;
    const send = (client: PoolClient) => {
      statement = client.query(sql, [...params]).then(
        (raw) => Object.assign(new QueryResult(), { records: raw.rows, affected: raw.rowCount ?? undefined }),
        (error: unknown) => Promise.reject(new QueryFailedError(sql, [...params], error as Error)),
      );
      commit = client.query('COMMIT').then((raw) => raw.command);
      statement.catch(() => undefined);
      commit.catch(() => undefined);
      return statement;
    };
    if (scope.runner) {
      const client: PoolClient = await (await scope.runner).connect();
      inOneWrite(client, () => send(client));
    }
    else await (scope.runner = this.begin(scope, (_runner, client) => send(client)));
    scope.ended = true;
    const runner = await scope.runner;
    // Whatever happens below, this transaction is over: later statements open a read-only one.
    scope.runner = undefined;
    scope.tail = Promise.resolve();
    try {
      const result = await statement!;
      const answered = await commit!;
      if (answered !== 'COMMIT') throw new Error(`the transaction was rolled back at its end (${answered})`);
      return result;
    } finally {
      await commit!.catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * Lets a `final` statement inside `work` commit with its transaction (see `final`). Only the code
   * that knows nothing is written after `work` may say so: an HTTP handler around one use case. After
   * the commit the work may go on reading, in a read-only transaction of the same tenant; a write
   * there fails, so a missing `keepOpen` is a loud error, never a write outside the transaction.
   */
  endAtFinal<T>(work: () => Promise<T>): Promise<T> {
    return this.withEndAtFinal(true, work);
  }

  /** Keeps the transaction open across `work`: the caller writes more after it (an answer to store). */
  keepOpen<T>(work: () => Promise<T>): Promise<T> {
    return this.withEndAtFinal(false, work);
  }

  private async withEndAtFinal<T>(value: boolean, work: () => Promise<T>): Promise<T> {
    const scope = this.scope(value ? 'endAtFinal' : 'keepOpen');
    const before = scope.endAtFinal;
    scope.endAtFinal = value;
    try {
      return await work();
    } finally {
      scope.endAtFinal = before;
    }
  }

  /**
   * Runs `work` behind a savepoint: if it throws, only its own statements are undone and the
   * transaction stays usable (for example to look up alternatives after a constraint violation).
   */
  async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const scope = this.scope('savepoint');
    const runner = await this.runner('savepoint');
    const name = `sp_${++scope.savepoints}`;
    await runner.query(`SAVEPOINT ${name}`);
    scope.openSavepoints++;
    try {
      const result = await work();
      await runner.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    } finally {
      scope.openSavepoints--;
    }
  }

  /**
   * Runs after the current transaction commits, never after a rollback, outside it: a hook that needs
   * the database opens a transaction of its own. `run` returns once every hook has finished, in order;
   * work that must not hold a connection (a call to another service) belongs here.
   */
  afterCommit(hook: () => void | Promise<void>): void {
    this.scope('afterCommit').afterCommit.push(hook);
  }

  /**
   * Tenant-less statements, allowed only outside a tenant transaction. Under row-level security they
   * see no tenant rows; their one use is calling the narrow SECURITY DEFINER discovery functions that
   * tell background workers which tenants have due work.
   */
  async discover<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    if (this.storage.getStore()) throw new Error('discover() must not run inside a tenant transaction');
    return this.dataSource.query(sql, [...params]);
  }

  private scope(what: string): Scope {
    const scope = this.storage.getStore();
    if (!scope) throw new NoTenantContextError(`TenantDb.${what}`);
    return scope;
  }
}

/** Errors that mean the connection is gone, not that the statement was wrong. */
const MAX_BEGIN_ATTEMPTS = 64;

function isConnectionError(error: unknown): boolean {
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
function inOneWrite(client: PoolClient, send: () => void): void {
  const stream = (client as Partial<Pick<Client, 'connection'>>).connection?.stream;
  stream?.cork();
  try {
    send();
  } finally {
    stream?.uncork();
  }
}
