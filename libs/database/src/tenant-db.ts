import { AsyncLocalStorage } from 'node:async_hooks';
import type * as pg from 'pg';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import { inOneWrite, isConnectionError, isDriverError, quietly, STATEMENT_NAMES, type StatementNames } from './pg-wire';
import { isUuid } from './uuid';

/** Tenant work was attempted outside a tenant transaction. This is a programming error, never a client error. */
export class NoTenantContextError extends Error {
  constructor(what: string) {
    super(`${what} needs a tenant transaction; wrap the work in TenantDb.run(orgId, ...)`);
    this.name = 'NoTenantContextError';
  }
}

/** A statement waiting for the end of the tick, to leave in one write with those issued beside it. */
interface Pending {
  readonly sql: string;
  readonly params: unknown[];
  /** The transaction's last: its `COMMIT` goes right behind it (see `final`). */
  readonly commit: boolean;
  resolve(result: pg.QueryResult): void;
  reject(error: unknown): void;
}

/** The open transaction: its pooled connection, once its BEGIN is on the wire. */
interface Tx {
  readonly runner: QueryRunner;
  readonly client: PoolClient;
}

/** Writes a segment of statements on a connection; settles (never rejects) once all are answered. */
type Send = (client: PoolClient) => Promise<unknown>;

/**
 * A transaction whose BEGIN is unanswered. The segments given meanwhile are written right behind it,
 * in order, as soon as its connection is there, and again with it if that connection was dead.
 */
interface Opening {
  /** The connection of the current attempt, once its BEGIN is written. */
  client?: PoolClient;
  readonly segments: Send[];
  /** The current attempt's writes, awaited before a retry. */
  sent: Array<Promise<unknown>>;
  /** Its first segment carries the COMMIT: nothing more joins this transaction. */
  readonly closing: boolean;
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

interface Scope {
  readonly orgId: string;
  /** Opened at the first statement, so no connection is held while a request is validated. */
  tx?: Promise<Tx>;
  readonly afterCommit: Array<() => void | Promise<void>>;
  savepoints: number;
  /** Savepoints open now: a statement inside one never ends the transaction. */
  openSavepoints: number;
  /** Set by `endAtFinal`, cleared by `keepOpen`: whether a `final` statement may commit with it. */
  endAtFinal: boolean;
  /** A final statement was issued: no later one ends the transaction. */
  ended: boolean;
  /** The transaction committed with a final statement; what follows runs read-only. */
  readOnly: boolean;
  /** A final statement's transaction committed: `afresh` may no longer start over. */
  committed: boolean;
  /** Statements issued in this tick, not yet written. */
  batch: Pending[];
  /** The transaction while its BEGIN is unanswered: a batch is written right behind it (see `Opening`). */
  opening?: Opening;
  /** The open transaction's connection once its BEGIN has answered: a batch goes straight onto it. */
  open?: PoolClient;
  /** Batches waiting behind `tail`: while there are, a new one waits its turn. */
  writing: number;
  /** The last batch's write (a final's: its answers too); never rejects. The next is written after it. */
  tail: Promise<void>;
}

/** `final`: this statement may be the transaction's last (see `TenantDb.endAtFinal`). */
export interface StatementOptions {
  readonly final?: boolean;
}

export interface TenantDbOptions {
  /**
   * Statements are named, so each connection parses and plans one once and then only binds it (see
   * StatementNames). Off behind a transaction pooler that cannot carry them (PgBouncer before 1.21).
   */
  readonly preparedStatements?: boolean;
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
 *
 * Statements issued in the same tick (`Promise.all`, or without awaiting) are written together at
 * its end, in the order issued, in one write (with the BEGIN, if they are the transaction's first;
 * right behind it, unawaited, if it is still unanswered): PostgreSQL runs them one after the other, each seeing what the ones before it did, and a failed
 * one fails every one after it (aborted transaction), so a statement never runs past an error.
 * They go straight to node-postgres: TypeORM's query path (its broadcaster, its result mapping)
 * cost more per statement than the statement's own client work.
 */
export class TenantDb {
  private readonly storage = new AsyncLocalStorage<Scope>();
  private readonly provisionals = new AsyncLocalStorage<Provisional>();
  private readonly names?: StatementNames;

  constructor(
    private readonly dataSource: DataSource,
    options: TenantDbOptions = {},
  ) {
    if (options.preparedStatements ?? true) this.names = STATEMENT_NAMES;
  }

  async run<T>(orgId: string, work: () => Promise<T>): Promise<T> {
    if (!isUuid(orgId)) throw new TypeError('orgId must be a UUID');
    const current = this.storage.getStore();
    if (current) {
      if (current.orgId !== orgId) throw new Error('A tenant transaction cannot switch to another tenant');
      return work();
    }
    const scope: Scope = { orgId, afterCommit: [], savepoints: 0, openSavepoints: 0, endAtFinal: false, ended: false, readOnly: false, committed: false, batch: [], writing: 0, tail: Promise.resolve() };
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
    // Statements issued and not awaited are written (and so answered) before the transaction ends.
    this.flush(scope);
    await scope.tail;
    const opened = scope.tx;
    if (!opened) return;
    scope.tx = undefined;
    scope.opening = undefined;
    scope.open = undefined;
    // A begin that failed has already released its connection.
    const tx = await opened.catch(() => undefined);
    if (!tx) {
      if (how === 'COMMIT') await opened;
      return;
    }
    try {
      if (how === 'COMMIT') await tx.client.query('COMMIT');
      else await tx.client.query('ROLLBACK').catch(() => undefined);
    } catch (error) {
      await tx.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await tx.runner.release();
    }
  }

  /**
   * Opens the transaction and sets the tenant, with `first` (the first statements) written in the
   * same write, and what is given while the BEGIN is unanswered right behind (see `Opening`). After a
   * database restart the pool may still hold dead connections; nothing has run yet at this point, so
   * a connection error here is retried on a fresh connection, every segment with it. (TypeORM
   * releases a client that errored with the error, so pg-pool discards it.)
   */
  private begin(scope: Scope, first?: Send, closing = false): Promise<Tx> {
    const opening: Opening = { segments: first ? [first] : [], sent: [], closing };
    scope.opening = opening;
    return this.opened(scope, opening);
  }

  private async opened(scope: Scope, opening: Opening): Promise<Tx> {
    // After a final statement the work goes on read-only: a write there would not be atomic with the
    // committed one, so it fails loudly instead (see endAtFinal).
    const begin = scope.readOnly ? 'BEGIN READ ONLY' : 'BEGIN';
    try {
      for (let attempt = 1; ; attempt++) {
        const runner = this.dataSource.createQueryRunner();
        try {
          const client: PoolClient = await runner.connect();
          // One message for both: the simple protocol takes two statements, and orgId is a checked UUID.
          let begun: Promise<unknown> | undefined;
          inOneWrite(client, () => {
            begun = client.query(`${begin}; SELECT set_config('app.org_id', '${scope.orgId}', true)`);
            opening.sent = opening.segments.map((send) => send(client));
            opening.client = client;
          });
          await begun;
          if (!opening.closing && scope.opening === opening) scope.open = client;
          return { runner, client };
        } catch (error) {
          // The statements behind it fail with the BEGIN (on a dead connection, or in an aborted
          // transaction); the error to act on is the BEGIN's, and they go again with it.
          opening.client = undefined;
          await Promise.all(opening.sent);
          await runner.release();
          // Every idle connection in the pool may be dead at once, so the cap is above any pool size;
          // a dead one fails at once, and a database that is really down refuses new ones (not retried).
          if (attempt >= MAX_BEGIN_ATTEMPTS || !isConnectionError(error)) throw error;
        }
      }
    } finally {
      if (scope.opening === opening) scope.opening = undefined;
    }
  }

  /** A segment given while the BEGIN is unanswered: written behind it now, or with it once connected. */
  private behindBegin(opening: Opening, send: Send): void {
    opening.segments.push(send);
    const client = opening.client;
    if (client) inOneWrite(client, () => void opening.sent.push(send(client)));
  }

  get inTenant(): boolean {
    return this.storage.getStore() !== undefined;
  }

  get orgId(): string {
    return this.scope('orgId').orgId;
  }

  /** The EntityManager of the current tenant transaction. */
  async manager(): Promise<EntityManager> {
    const scope = this.scope('manager');
    this.flush(scope);
    await scope.tail;
    scope.tx ??= this.begin(scope);
    return (await scope.tx).runner.manager;
  }

  /** Rows of a statement run in the current tenant transaction. */
  async query<R>(sql: string, params: readonly unknown[] = [], options: StatementOptions = {}): Promise<R[]> {
    return (await this.statement('query', sql, params, options)).rows as R[];
  }

  /** Number of rows a write statement touched, in the current tenant transaction. */
  async execute(sql: string, params: readonly unknown[] = [], options: StatementOptions = {}): Promise<number> {
    return (await this.statement('execute', sql, params, options)).rowCount ?? 0;
  }

  /**
   * A statement in the current tenant transaction, written at the end of the tick with the others
   * issued in it. The transaction's first statements are written right behind its BEGIN and tenant,
   * without waiting for their answer (the pool pipelines, see createDataSource), so opening the
   * transaction costs no round trip of its own; so are those issued while the BEGIN is unanswered.
   * PostgreSQL runs them in order, so they see the tenant, and fail (aborted transaction) if setting
   * it failed; none runs outside the transaction. Inside pending `provisional` work a result is held
   * until the decision, and refused if it undid the work.
   */
  private statement(what: string, sql: string, params: readonly unknown[], options: StatementOptions): Promise<pg.QueryResult> {
    const scope = this.scope(what);
    const provisional = this.provisionals.getStore();
    if (provisional?.status === 'undone') return Promise.reject(new ProvisionalWorkUndoneError());
    const sent = this.issue(scope, sql, params, options.final === true);
    return provisional?.status === 'pending' ? afterDecision(provisional, sent) : sent;
  }

  private issue(scope: Scope, sql: string, params: readonly unknown[], final: boolean): Promise<pg.QueryResult> {
    const commit = final && scope.endAtFinal && scope.openSavepoints === 0 && !scope.ended;
    // What follows a final statement, even in the same tick, runs in a read-only transaction.
    if (commit) scope.ended = true;
    return new Promise<pg.QueryResult>((resolve, reject) => {
      // Rejected as TypeORM's query path did, so callers read the same error (code, constraint).
      const fail = (error: unknown) => reject(error instanceof QueryFailedError || !isDriverError(error) ? error : new QueryFailedError(sql, [...params], error));
      scope.batch.push({ sql, params: [...params], commit, resolve, reject: fail });
      if (scope.batch.length === 1) process.nextTick(() => this.flush(scope));
    });
  }

  /** Writes the statements issued so far, after the batch before them. */
  private flush(scope: Scope): void {
    if (scope.batch.length === 0) return;
    const batch = scope.batch.splice(0);
    // The common case, a statement of an open transaction with nothing before it in flight, is written now.
    if (scope.writing === 0 && scope.open && !batch.some((pending) => pending.commit)) return this.sendOn(scope.open, batch);
    scope.writing++;
    scope.tail = scope.tail.then(() => this.write(scope, batch));
  }

  /** The batch in one write on the transaction's connection, each statement answered in turn. */
  private sendOn(client: PoolClient, batch: Pending[]): void {
    inOneWrite(client, () => {
      for (const pending of batch) {
        client.query(this.config(pending), (error: Error | undefined, result: pg.QueryResult) =>
          error ? pending.reject(error) : pending.resolve(result),
        );
      }
    });
  }

  /** A statement as node-postgres takes it: named, when statements are prepared (see StatementNames). */
  private config(pending: Pending): pg.QueryConfig {
    return { text: pending.sql, values: pending.params, name: this.names?.of(pending.sql) };
  }

  /** A batch in segments: each final statement ends one, the transaction with it. Never rejects. */
  private async write(scope: Scope, batch: Pending[]): Promise<void> {
    for (let start = 0; start < batch.length; ) {
      const cut = batch.findIndex((pending, i) => i >= start && pending.commit);
      const segment = batch.slice(start, cut < 0 ? batch.length : cut + 1);
      start += segment.length;
      await this.writeSegment(scope, segment).catch((error: unknown) => segment.forEach((pending) => pending.reject(error)));
    }
    scope.writing--;
  }

  private async writeSegment(scope: Scope, segment: Pending[]): Promise<void> {
    const commit = segment[segment.length - 1]!.commit;
    let answers: Array<Promise<pg.QueryResult>> = [];
    let committed: Promise<string> | undefined;
    const send: Send = (client) => {
      answers = segment.map((pending) => client.query(this.config(pending)));
      if (commit) committed = client.query('COMMIT').then((raw) => raw.command);
      return Promise.allSettled([...answers, ...(committed ? [committed] : [])]);
    };
    if (!commit) {
      // Written without waiting for any answer: with the BEGIN, right behind it while it is
      // unanswered, or on the open connection.
      const opening = scope.opening;
      if (opening && !opening.closing) this.behindBegin(opening, send);
      else if (scope.tx) {
        const tx = await scope.tx;
        inOneWrite(tx.client, () => void send(tx.client));
      } else scope.tx = this.begin(scope, send);
      // Answered in order once the BEGIN has (a retried BEGIN sent them again).
      scope.tx!.then(
        () => segment.forEach((pending, i) => answers[i]!.then(pending.resolve, pending.reject)),
        (error: unknown) => segment.forEach((pending) => pending.reject(error)),
      );
      return;
    }
    let tx: Tx;
    if (scope.tx) {
      tx = await scope.tx;
      inOneWrite(tx.client, () => void send(tx.client));
    } else {
      scope.tx = this.begin(scope, send, true);
      tx = await scope.tx;
    }
    // Whatever happens below, this transaction is over: later statements open a read-only one.
    scope.tx = undefined;
    scope.open = undefined;
    scope.readOnly = true;
    try {
      scope.committed = (await this.settleFinal(segment, answers, committed!)) || scope.committed;
    } finally {
      await tx.runner.release();
    }
  }

  /**
   * A final statement's rows are returned only once its COMMIT has answered, so nothing reads a
   * result that could still roll back. A statement that fails makes PostgreSQL answer the `COMMIT`
   * with a rollback and no error of its own: that is caught by the statement's error, and by
   * checking that the server answered `COMMIT`.
   */
  private async settleFinal(segment: Pending[], answers: Array<Promise<pg.QueryResult>>, committed: Promise<string>): Promise<boolean> {
    const settled = await Promise.allSettled(answers);
    const answered = await committed.catch((error: unknown) => error);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    segment.forEach((pending, i) => {
      const own = settled[i]!;
      if (own.status === 'rejected') pending.reject(own.reason);
      else if (failed) pending.reject(failed.reason);
      else if (answered !== 'COMMIT') pending.reject(answered instanceof Error ? answered : new Error(`the transaction was rolled back at its end (${String(answered)})`));
      else pending.resolve(own.value);
    });
    return !failed && answered === 'COMMIT';
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

  /**
   * Starts the tenant's work over, as if nothing had been sent: rolls back the open transaction, if
   * any, drops the after-commit hooks, and lets the next statement open a read-write one, even after
   * a final statement whose transaction rolled back. For work that sent its last write on a guess and
   * learned it was wrong (the final statement failed, so nothing of it stands); the caller redoes all
   * of it. Refused once a transaction of this scope committed, or inside a savepoint.
   */
  async afresh(): Promise<void> {
    const scope = this.scope('afresh');
    if (scope.openSavepoints > 0 || this.provisionals.getStore()) throw new Error('afresh() cannot run inside a savepoint');
    await this.end(scope, 'ROLLBACK');
    if (scope.committed) throw new Error('afresh() after a commit: the committed work cannot be redone');
    scope.afterCommit.splice(0);
    scope.ended = false;
    scope.readOnly = false;
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
    scope.openSavepoints++;
    try {
      await this.statement('savepoint', `SAVEPOINT ${name}`, [], {});
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
   * Runs `work` ahead of a decision still in flight (a claim issued, unawaited, just before), behind a
   * savepoint: its statements go on the wire at once, behind the decision's (in its write, or right
   * behind it), so deciding costs no round trip of its own. No result of theirs reaches `work` before
   * `decided` settles, so `work` can act on nothing the decision may undo. Kept (true): the savepoint
   * is left to commit with the transaction, and `work` goes on. Undone (false): `ROLLBACK TO
   * SAVEPOINT` takes back all `work` wrote and locked, its statements are refused from then on
   * (unsent) and its after-commit hooks dropped, and this returns once `work` has stopped. `work`
   * must do nothing outside this transaction before its first statement's result (no message, no
   * call to another service). A `decided` that fails fails this, as the statement it reads failed
   * the transaction.
   */
  async provisional<T>(decided: Promise<boolean>, work: () => Promise<T>): Promise<{ kept: true; value: T } | { kept: false }> {
    const scope = this.scope('provisional');
    if (this.provisionals.getStore()) throw new Error('provisional work cannot nest');
    const name = `sp_${++scope.savepoints}`;
    const hooks = scope.afterCommit.length;
    const opened = quietly(this.issue(scope, `SAVEPOINT ${name}`, [], false));
    scope.openSavepoints++;
    let undone: Promise<unknown> = Promise.resolve();
    const provisional: Provisional = {
      status: 'pending',
      decision: decided.then(
        (keep) => {
          provisional.status = keep ? 'kept' : 'undone';
          scope.openSavepoints--;
          // Issued behind every statement the work has issued so far; it issues none after this.
          if (!keep) undone = quietly(this.issue(scope, `ROLLBACK TO SAVEPOINT ${name}`, [], false));
          return keep;
        },
        (error: unknown) => {
          provisional.status = 'undone';
          scope.openSavepoints--;
          throw error;
        },
      ),
    };
    const running = quietly(this.provisionals.run(provisional, work));
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

/** A BEGIN retried on fresh connections (see `begin`). */
const MAX_BEGIN_ATTEMPTS = 64;

/** A pending provisional statement's result, once the decision is known; refused if it undid the work. */
async function afterDecision(provisional: Provisional, sent: Promise<pg.QueryResult>): Promise<pg.QueryResult> {
  quietly(sent);
  if (!(await provisional.decision)) throw new ProvisionalWorkUndoneError();
  return sent;
}
