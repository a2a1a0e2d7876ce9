import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryResult, QueryRunner } from 'typeorm';
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
    const scope: Scope = { orgId, afterCommit: [], savepoints: 0 };
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
    scope.runner ??= this.begin(scope.orgId);
    return scope.runner;
  }

  /**
   * Opens the transaction and sets the tenant. After a database restart the pool may still hold dead
   * connections; nothing has run yet at this point, so a connection error here is retried on a
   * fresh connection. (TypeORM releases a client that errored with the error, so pg-pool discards it.)
   */
  private async begin(orgId: string, alongside?: (runner: QueryRunner) => Promise<unknown>): Promise<QueryRunner> {
    for (let attempt = 1; ; attempt++) {
      const runner = this.dataSource.createQueryRunner();
      let first: Promise<unknown> | undefined;
      try {
        await runner.connect();
        // One message for both: the simple protocol takes two statements, and orgId is a checked UUID.
        const begun = runner.query(`BEGIN; SELECT set_config('app.org_id', '${orgId}', true)`);
        first = alongside?.(runner);
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
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    return (await this.statement('query', sql, params)).records as R[];
  }

  /** Number of rows a write statement touched, in the current tenant transaction. */
  async execute(sql: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.statement('execute', sql, params)).affected ?? 0;
  }

  /**
   * A statement in the current tenant transaction. The transaction's first statement is written right
   * behind its BEGIN and tenant, on the same connection, without waiting for their answer: the pool
   * pipelines (see createDataSource), so opening the transaction costs no round trip of its own.
   * PostgreSQL runs the two in order, so the statement sees the tenant, and fails (aborted
   * transaction) if setting it failed; it never runs outside the transaction.
   */
  private async statement(what: string, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    const scope = this.scope(what);
    if (scope.runner) return (await scope.runner).query(sql, [...params], true) as Promise<QueryResult>;
    let first: Promise<QueryResult> | undefined;
    scope.runner = this.begin(scope.orgId, (runner) => {
      first = runner.query(sql, [...params], true) as Promise<QueryResult>;
      // Handled below, once the BEGIN has answered; never an unhandled rejection in between.
      first.catch(() => undefined);
      return first;
    });
    await scope.runner;
    return first!;
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
    try {
      const result = await work();
      await runner.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
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
