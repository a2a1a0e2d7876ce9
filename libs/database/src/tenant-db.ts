import { AsyncLocalStorage } from 'node:async_hooks';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryResult, QueryRunner } from 'typeorm';
import { inOneWrite, isConnectionError, quietly, sendRaw } from './pg-wire';
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
  /** While the BEGIN is unanswered: the statements sent behind it (see `begin`). */
  early?: Early;
}

/**
 * The statements given while a transaction's BEGIN is unanswered. They go on the wire at once,
 * behind it (queued until the connection is there), and again with it if its connection was dead.
 */
interface Early {
  client?: PoolClient;
  readonly statements: Array<{ readonly sql: string; readonly params: readonly unknown[]; sent?: Promise<QueryResult>; readonly settle: (result: Promise<QueryResult>) => void }>;
}

/** `provisional` work: its statements wait for the decision while it is pending, and are refused once it undid them. */
interface Provisional {
  status: 'pending' | 'kept' | 'undone';
  /** Settled after `status`: the work's results are given out only after it. */
  readonly decision: Promise<boolean>;
}

/** A statement of `provisional` work the decision undid: it was never sent, or its result is void. */
export class ProvisionalWorkUndoneError extends Error {
  constructor() {
    super('this work was undone by its decision (TenantDb.provisional)');
    this.name = 'ProvisionalWorkUndoneError';
  }
}

/** `final`: this statement may be the transaction's last (see `TenantDb.endAtFinal`). */
export interface StatementOptions {
  readonly final?: boolean;
}

/** A BEGIN retried on fresh connections (see `begin`). */
const MAX_BEGIN_ATTEMPTS = 64;

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
  private readonly provisionals = new AsyncLocalStorage<Provisional>();

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
    const early: Early = { statements: [] };
    scope.early = early;
    for (let attempt = 1; ; attempt++) {
      const runner = this.dataSource.createQueryRunner();
      let first: Promise<unknown> | undefined;
      try {
        const client: PoolClient = await runner.connect();
        // One message for both: the simple protocol takes two statements, and orgId is a checked UUID.
        // Written straight to the client, so it is on the wire before anything `alongside` sends, and
        // the statements given meanwhile right behind them, in the order they were given.
        let begun: Promise<unknown> | undefined;
        inOneWrite(client, () => {
          begun = client.query(`${begin}; SELECT set_config('app.org_id', '${scope.orgId}', true)`);
          first = alongside?.(runner, client);
          for (const statement of early.statements) statement.sent = quietly(sendRaw(client, statement.sql, statement.params));
          early.client = client;
        });
        await begun;
        scope.early = undefined;
        for (const statement of early.statements) statement.settle(statement.sent!);
        return runner;
      } catch (error) {
        // The first statement fails with its BEGIN (on a dead connection, or in an aborted
        // transaction); the error to act on is the BEGIN's, and the statement goes again with it,
        // as do those sent behind it.
        early.client = undefined;
        await first?.catch(() => undefined);
        await Promise.all(early.statements.map((s) => s.sent?.catch(() => undefined)));
        await runner.release();
        // Every idle connection in the pool may be dead at once, so the cap is above any pool size;
        // a dead one fails at once, and a database that is really down refuses new ones (not retried).
        if (attempt >= MAX_BEGIN_ATTEMPTS || !isConnectionError(error)) {
          scope.early = undefined;
          for (const statement of early.statements) statement.settle(statement.sent ?? Promise.reject(error));
          throw error;
        }
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
    const provisional = this.provisionals.getStore();
    if (provisional?.status === 'undone') throw new ProvisionalWorkUndoneError();
    if (options.final && scope.endAtFinal && scope.openSavepoints === 0 && !scope.ended) return this.final(scope, sql, params);
    const sent = this.send(scope, sql, params);
    return provisional?.status === 'pending' ? this.afterDecision(provisional, sent) : sent;
  }

  /** Puts a statement on the wire behind everything sent before it, without waiting for any answer. */
  private send(scope: Scope, sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    const sent = scope.early ? this.early(scope.early, sql, params) : scope.runner ? this.next(scope, sql, params) : this.first(scope, sql, params);
    scope.tail = sent.catch(() => undefined);
    return sent;
  }

  private early(early: Early, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    return new Promise((settle) => {
      early.statements.push({ sql, params, settle, ...(early.client ? { sent: quietly(sendRaw(early.client, sql, params)) } : {}) });
    });
  }

  private async next(scope: Scope, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    return (await scope.runner!).query(sql, [...params], true) as Promise<QueryResult>;
  }

  private async first(scope: Scope, sql: string, params: readonly unknown[]): Promise<QueryResult> {
    let first: Promise<QueryResult> | undefined;
    // Written straight to the client (as `early` statements are), so nothing overtakes it.
    scope.runner = this.begin(scope, (_runner, client) => (first = quietly(sendRaw(client, sql, params))));
    await scope.runner;
    return first!;
  }

  /** A pending provisional statement's result, once the decision is known; refused if it undid the work. */
  private async afterDecision(provisional: Provisional, sent: Promise<QueryResult>): Promise<QueryResult> {
    sent.catch(() => undefined);
    if (!(await provisional.decision)) throw new ProvisionalWorkUndoneError();
    return sent;
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
      statement = sendRaw(client, sql, params);
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
    const name = `sp_${++scope.savepoints}`;
    await this.statement('savepoint', `SAVEPOINT ${name}`, [], {});
    scope.openSavepoints++;
    try {
      const result = await work();
      await this.statement('savepoint', `RELEASE SAVEPOINT ${name}`, [], {});
      return result;
    } catch (error) {
      await this.statement('savepoint', `ROLLBACK TO SAVEPOINT ${name}`, [], {});
      throw error;
    } finally {
      scope.openSavepoints--;
    }
  }

  /**
   * Runs `work` ahead of a decision still in flight (a claim sent, unawaited, just before), behind a
   * savepoint: its statements go on the wire at once, behind the decision's, so deciding costs no
   * round trip of its own. No result of theirs reaches `work` before `decided` settles, so `work`
   * can act on nothing the decision may undo. Kept (true): the savepoint is left to commit with the
   * transaction, and `work` goes on. Undone (false): `ROLLBACK TO SAVEPOINT` takes back all `work`
   * wrote and locked, its statements are refused from then on (unsent) and its after-commit hooks
   * dropped, and this returns once `work` has stopped. `work` must do nothing outside this
   * transaction before its first statement's result (no message, no call to another service).
   * A `decided` that fails fails this, as the statement it reads failed the transaction.
   */
  async provisional<T>(decided: Promise<boolean>, work: () => Promise<T>): Promise<{ kept: true; value: T } | { kept: false }> {
    const scope = this.scope('provisional');
    if (this.provisionals.getStore()) throw new Error('provisional work cannot nest');
    const name = `sp_${++scope.savepoints}`;
    const hooks = scope.afterCommit.length;
    const opened = quietly(this.send(scope, `SAVEPOINT ${name}`));
    scope.openSavepoints++;
    let undone: Promise<unknown> = Promise.resolve();
    const provisional: Provisional = {
      status: 'pending',
      decision: decided.then(
        (keep) => {
          provisional.status = keep ? 'kept' : 'undone';
          scope.openSavepoints--;
          if (!keep) undone = quietly(this.send(scope, `ROLLBACK TO SAVEPOINT ${name}`));
          return keep;
        },
        (error: unknown) => {
          provisional.status = 'undone';
          scope.openSavepoints--;
          throw error;
        },
      ),
    };
    const running = this.provisionals.run(provisional, work);
    running.catch(() => undefined);
    let keep: boolean;
    try {
      keep = await provisional.decision;
    } catch (error) {
      await running.catch(() => undefined);
      throw error;
    }
    if (keep) {
      // The SAVEPOINT fails only with the transaction (or its connection); the work stops first.
      await opened.catch(async (error: unknown) => {
        await running.catch(() => undefined);
        throw error;
      });
      return { kept: true, value: await running };
    }
    await running.catch(() => undefined);
    scope.afterCommit.splice(hooks);
    await undone;
    return { kept: false };
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
