import { AsyncLocalStorage } from 'node:async_hooks';
import type * as pg from 'pg';
import type { Client, PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
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
  /** Statements issued in this tick, not yet written. */
  batch: Pending[];
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
 * its end, in the order issued, in one write (with the BEGIN, if they are the transaction's first):
 * PostgreSQL runs them one after the other, each seeing what the ones before it did, and a failed
 * one fails every one after it (aborted transaction), so a statement never runs past an error.
 * They go straight to node-postgres: TypeORM's query path (its broadcaster, its result mapping)
 * cost more per statement than the statement's own client work.
 */
export class TenantDb {
  private readonly storage = new AsyncLocalStorage<Scope>();
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
    const scope: Scope = { orgId, afterCommit: [], savepoints: 0, openSavepoints: 0, endAtFinal: false, ended: false, readOnly: false, batch: [], writing: 0, tail: Promise.resolve() };
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
   * Opens the transaction and sets the tenant, with `alongside` (the first statements) written in the
   * same write. After a database restart the pool may still hold dead connections; nothing has run
   * yet at this point, so a connection error here is retried on a fresh connection, `alongside` with
   * it. (TypeORM releases a client that errored with the error, so pg-pool discards it.)
   */
  private async begin(scope: Scope, alongside?: (client: PoolClient) => Promise<unknown>): Promise<Tx> {
    // After a final statement the work goes on read-only: a write there would not be atomic with the
    // committed one, so it fails loudly instead (see endAtFinal).
    const begin = scope.readOnly ? 'BEGIN READ ONLY' : 'BEGIN';
    for (let attempt = 1; ; attempt++) {
      const runner = this.dataSource.createQueryRunner();
      let first: Promise<unknown> | undefined;
      try {
        const client: PoolClient = await runner.connect();
        // One message for both: the simple protocol takes two statements, and orgId is a checked UUID.
        let begun: Promise<unknown> | undefined;
        inOneWrite(client, () => {
          begun = client.query(`${begin}; SELECT set_config('app.org_id', '${scope.orgId}', true)`);
          first = alongside?.(client);
        });
        await begun;
        return { runner, client };
      } catch (error) {
        // The first statements fail with their BEGIN (on a dead connection, or in an aborted
        // transaction); the error to act on is the BEGIN's, and the statements go again with it.
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
   * transaction costs no round trip of its own. PostgreSQL runs them in order, so they see the
   * tenant, and fail (aborted transaction) if setting it failed; none runs outside the transaction.
   */
  private statement(what: string, sql: string, params: readonly unknown[], options: StatementOptions): Promise<pg.QueryResult> {
    const scope = this.scope(what);
    const commit = options.final === true && scope.endAtFinal && scope.openSavepoints === 0 && !scope.ended;
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
        client.query({ text: pending.sql, values: pending.params, name: this.names?.of(pending.sql) }, (error: Error | undefined, result: pg.QueryResult) =>
          error ? pending.reject(error) : pending.resolve(result),
        );
      }
    });
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
    const send = (client: PoolClient) => {
      answers = segment.map((pending) => client.query({ text: pending.sql, values: pending.params, name: this.names?.of(pending.sql) }));
      if (commit) committed = client.query('COMMIT').then((raw) => raw.command);
      return Promise.allSettled([...answers, ...(committed ? [committed] : [])]);
    };
    let tx: Tx;
    if (scope.tx) {
      tx = await scope.tx;
      inOneWrite(tx.client, () => void send(tx.client));
    } else {
      scope.tx = this.begin(scope, send);
      tx = await scope.tx;
    }
    if (!commit) {
      scope.open = tx.client;
      // Answered in order; only a final statement's rows wait for its COMMIT.
      segment.forEach((pending, i) => answers[i]!.then(pending.resolve, pending.reject));
      return;
    }
    // Whatever happens below, this transaction is over: later statements open a read-only one.
    scope.tx = undefined;
    scope.open = undefined;
    scope.readOnly = true;
    try {
      await this.settleFinal(segment, answers, committed!);
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
  private async settleFinal(segment: Pending[], answers: Array<Promise<pg.QueryResult>>, committed: Promise<string>): Promise<void> {
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

const MAX_BEGIN_ATTEMPTS = 64;

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

const STATEMENT_NAMES = new StatementNames();

/** An error PostgreSQL or the connection raised (node-postgres's DatabaseError, a socket error), as TypeORM's query path wrapped it. */
function isDriverError(error: unknown): error is Error {
  return error instanceof Error && ('code' in error || /connection/i.test(error.message));
}

/** Errors that mean the connection is gone, not that the statement was wrong. */

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
