import { randomBytes } from 'node:crypto';
import { connectFirst } from '@mo/messaging';
import { Client } from 'pg';
import { APPS, type AppName } from '@mo/contracts';
import { deleteTopology } from '@mo/messaging';
import { APP_ROLES, dropDatabase, ensureDatabase, OWNER_ROLE, roleUrl } from '@infra/db';

export const TEST_PASSWORD = 'orchestrator-test';

/** Retry delays short enough for tests; the backbone does not care how long they are. */
export const TEST_RETRY_DELAYS_MS = [40, 80, 120];

/** One test file's own database and broker namespace. */
export class TestInfra {
  private readonly extraQueues = new Set<string>();

  private constructor(
    readonly adminUrl: string,
    readonly amqpUrl: string,
    readonly database: string,
    readonly prefix: string,
  ) {}

  static async create(): Promise<TestInfra> {
    const adminUrl = required('MO_TEST_ADMIN_URL');
    const template = required('MO_TEST_TEMPLATE');
    const id = `${process.pid.toString(36)}${randomBytes(4).toString('hex')}`;
    const infra = new TestInfra(adminUrl, required('MO_TEST_AMQP_URL'), `mo_t_${id}`, `t${id}.`);
    await withRetry(() => ensureDatabase(adminUrl, infra.database, template));
    return infra;
  }

  /** Through the transaction pooler when a run sets TEST_POOLER_URL (`npm run test:pgbouncer`). */
  urlFor(role: AppName | 'owner'): string {
    const url = this.directUrlFor(role);
    const pooler = process.env.TEST_POOLER_URL;
    if (!pooler) return url;
    const through = new URL(url);
    through.host = new URL(pooler).host;
    return through.toString();
  }

  directUrlFor(role: AppName | 'owner'): string {
    const name = role === 'owner' ? OWNER_ROLE : APP_ROLES[role];
    return roleUrl(this.adminUrl, name, TEST_PASSWORD, this.database);
  }

  /** Env for an app under test: its role, this file's database and broker prefix, fast retries. */
  env(app: AppName, extra: Record<string, string> = {}): Record<string, string> {
    return {
      DATABASE_URL: this.urlFor(app),
      DATABASE_SESSION_URL: this.directUrlFor(app),
      AMQP_URL: this.amqpUrl,
      AMQP_PREFIX: this.prefix,
      RETRY_DELAYS_MS: TEST_RETRY_DELAYS_MS.join(','),
      // PgBouncer 1.18, as Debian packages it, cannot carry named statements in transaction pooling.
      ...(process.env.TEST_POOLER_URL ? { DB_PREPARED_STATEMENTS: 'off' } : {}),
      ...extra,
    };
  }

  /** Runs SQL as the owner role with the tenant set, the way an operator would. */
  async asOwner<T>(orgId: string | undefined, work: (client: Client) => Promise<T>): Promise<T> {
    return this.asRole('owner', orgId, work);
  }

  async asRole<T>(role: AppName | 'owner', orgId: string | undefined, work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.urlFor(role) });
    await client.connect();
    try {
      await client.query('BEGIN');
      if (orgId) await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }

  /** Kills, server side, every connection of `applicationName` to this file's database. */
  async terminateConnections(applicationName: string): Promise<number> {
    const admin = new Client({ connectionString: this.adminUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = $2`,
        [applicationName, this.database],
      );
      return rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  /**
   * Kills, server side, the connections of `applicationName` to this file's database that are waiting
   * on a lock: a crash in the middle of a transaction, between the statements before the wait and
   * those after it. Poll it until it kills one (the statement may not be waiting yet).
   */
  async terminateWaiting(applicationName: string): Promise<number> {
    const admin = new Client({ connectionString: this.adminUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = $2 AND wait_event_type = 'Lock'`,
        [applicationName, this.database],
      );
      return rowCount ?? 0;
    } finally {
      await admin.end();
    }
  }

  /** Queues a test declared itself (probes), deleted with the rest. */
  trackQueue(name: string): string {
    this.extraQueues.add(name);
    return name;
  }

  /**
   * Drops this file's database and deletes the broker topology declared under its prefix: every
   * app's queues (publishers declare their subscribers' queues too), the exchanges, the probes' and
   * those of `extraApps`, test apps a spec made up.
   */
  async dispose(extraApps: readonly string[] = []): Promise<void> {
    await dropDatabase(this.adminUrl, this.database);
    const connection = await connectFirst(this.amqpUrl);
    try {
      const channel = await connection.createChannel();
      for (const queue of this.extraQueues) await channel.deleteQueue(queue);
      await deleteTopology(channel, this.prefix, [...APPS, ...extraApps], TEST_RETRY_DELAYS_MS);
      await channel.close();
    } finally {
      await connection.close();
    }
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest with the project's globalSetup`);
  return value;
}

/** CREATE DATABASE from a template fails if another copy is being made at the same instant; try again. */
async function withRetry<T>(work: () => Promise<T>, attempts = 20): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (error) {
      if (i >= attempts || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * i));
    }
  }
}
