import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { Client, Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createDataSource, ProvisionalWorkUndoneError, TenantDb } from '@mo/database';
import { createTenant, eventually, TestInfra, TestTenant } from '@infra/testing';

const APP = 'tenant-db-provisional-test';
let infra: TestInfra;
let dataSource: DataSource;
let db: TenantDb;
let tenant: TestTenant;

beforeAll(async () => {
  infra = await TestInfra.create();
  tenant = await createTenant(infra);
  // One connection, so every transaction below reuses the same pooled session.
  dataSource = await createDataSource({ url: infra.urlFor('booking'), poolSize: 1, applicationName: APP }).initialize();
  db = new TenantDb(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
  await infra?.dispose();
});

const insertInbox = (id: string) => db.execute(`INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'test', $2, now())`, [db.orgId, id]);
const inboxCount = (id: string) =>
  infra.asOwner(tenant.orgId, async (c) => (await c.query(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = $1`, [id])).rows[0].n as number);

/** A decision the test makes by hand, after it has looked at what the work saw. */
function decision(): { decided: Promise<boolean>; decide: (keep: boolean) => void } {
  let decide!: (keep: boolean) => void;
  return { decided: new Promise<boolean>((resolve) => (decide = resolve)), decide };
}

describe('TenantDb statements behind an unanswered BEGIN', () => {
  it('runs them in its transaction, also as the first work after the server killed the pooled connection', async () => {
    await db.run(tenant.orgId, () => db.query('SELECT 1'));
    expect(await infra.terminateConnections(APP)).toBe(1);
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await expect(
      db.run(tenant.orgId, async () => {
        await Promise.all([insertInbox(a), insertInbox(b), insertInbox(c)]);
        throw new Error('undo all three');
      }),
    ).rejects.toThrow('undo all three');
    expect([await inboxCount(a), await inboxCount(b), await inboxCount(c)]).toEqual([0, 0, 0]);
    await db.run(tenant.orgId, () => Promise.all([insertInbox(a), insertInbox(b), insertInbox(c)]));
    expect([await inboxCount(a), await inboxCount(b), await inboxCount(c)]).toEqual([1, 1, 1]);
  });

  it('runs statements issued in later turns, while the BEGIN is unanswered, in its transaction and in order, also as the first work after the server killed the pooled connection', async () => {
    await db.run(tenant.orgId, () => db.query('SELECT 1'));
    expect(await infra.terminateConnections(APP)).toBe(1);
    const ids = Array.from({ length: 6 }, () => randomUUID());
    // One statement a turn of the event loop: each is its own write, the first with the BEGIN, the
    // next ones queued until the connection is there or written behind the BEGIN before its answer
    // is read. No assertion depends on which.
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    const results = await db.run(tenant.orgId, async () => {
      const inserted: Array<Promise<number>> = [];
      for (const id of ids) {
        inserted.push(insertInbox(id));
        await nextTurn();
      }
      const seen = db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = ANY($1::uuid[])`, [ids]);
      return Promise.all([...inserted, seen]);
    });
    expect(results).toEqual([...ids.map(() => 1), [{ n: ids.length }]]);
    expect(await Promise.all(ids.map(inboxCount))).toEqual(ids.map(() => 1));
  });
  it('sends the statements written behind an unanswered BEGIN again with it when its connection dies before answering', async () => {
    await db.run(tenant.orgId, () => db.query('SELECT 1'));
    // The next transaction's connection stops reading: its BEGIN is written and never answered.
    const pool: Pool = (dataSource.driver as PostgresDriver).master;
    let socket: Socket | undefined;
    let writtenBefore = 0;
    pool.once('acquire', (client: PoolClient) => {
      socket = (client as Partial<Pick<Client, 'connection'>>).connection?.stream as Socket;
      socket.pause();
      writtenBefore = socket.bytesWritten;
    });
    const [a, b] = [randomUUID(), randomUUID()];
    const results = await db.run(tenant.orgId, async () => {
      const first = insertInbox(a);
      try {
        const stalled = await eventually(() => socket);
        await eventually(() => stalled.bytesWritten > writtenBefore);
        // Written behind the BEGIN on the stalled connection; then the connection dies unanswered.
        const written = stalled.bytesWritten;
        const second = insertInbox(b);
        await eventually(() => stalled.bytesWritten > written);
        stalled.destroy();
        const seen = db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = ANY($1::uuid[])`, [[a, b]]);
        return await Promise.all([first, second, seen]);
      } finally {
        // Never left stalled, whatever failed above: the transaction could not end.
        socket?.destroy();
      }
    });
    expect(results).toEqual([1, 1, [{ n: 2 }]]);
    expect([await inboxCount(a), await inboxCount(b)]).toEqual([1, 1]);
  });
});

describe('TenantDb.provisional', () => {
  it('gives the work no result before the decision, and keeps what it wrote when kept', async () => {
    const [claim, first, second] = [randomUUID(), randomUUID(), randomUUID()];
    const { decided, decide } = decision();
    const seen: string[] = [];
    await db.run(tenant.orgId, async () => {
      const claimed = insertInbox(claim);
      const running = db.provisional(decided, async () => {
        seen.push(`first: ${await insertInbox(first)}`);
        seen.push(`second: ${await insertInbox(second)}`);
        return 'done';
      });
      await claimed;
      // Given after the work's first statement on the same connection: once this is answered, so is that.
      expect(await db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
      expect(seen).toEqual([]);
      decide(true);
      expect(await running).toEqual({ kept: true, value: 'done' });
    });
    expect(seen).toEqual(['first: 1', 'second: 1']);
    expect([await inboxCount(claim), await inboxCount(first), await inboxCount(second)]).toEqual([1, 1, 1]);
  });

  it('undoes the work when the decision says so: its writes taken back, later statements refused, hooks dropped; the rest stays', async () => {
    const [before, undone, refused, after] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const { decided, decide } = decision();
    const hook = jest.fn();
    const errors: unknown[] = [];
    await db.run(tenant.orgId, async () => {
      await insertInbox(before);
      const running = db.provisional(decided, async () => {
        db.afterCommit(hook);
        errors.push(await insertInbox(undone).catch((error: unknown) => error));
        // Work that goes on after its refusal is refused again, and nothing of it is sent.
        errors.push(await insertInbox(refused).catch((error: unknown) => error));
        return 'never seen';
      });
      decide(false);
      expect(await running).toEqual({ kept: false });
      // The transaction is usable, and the undone row is gone from it.
      await insertInbox(after);
      expect(await db.query(`SELECT 1 FROM booking.inbox WHERE message_id = $1`, [undone])).toEqual([]);
    });
    expect(errors).toEqual([expect.any(ProvisionalWorkUndoneError), expect.any(ProvisionalWorkUndoneError)]);
    expect(hook).not.toHaveBeenCalled();
    expect([await inboxCount(before), await inboxCount(undone), await inboxCount(refused), await inboxCount(after)]).toEqual([1, 0, 0, 1]);
  });

  it('fails with the statement its decision reads, and the transaction rolls back', async () => {
    const [claim, work] = [randomUUID(), randomUUID()];
    await expect(
      db.run(tenant.orgId, async () => {
        const failing = db.query(`INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'test', $2, to_timestamp(1 / 0))`, [db.orgId, claim]);
        return db.provisional(
          failing.then(() => true),
          () => insertInbox(work),
        );
      }),
    ).rejects.toMatchObject({ code: '22012' });
    expect([await inboxCount(claim), await inboxCount(work)]).toEqual([0, 0]);
  });

  it('loses the decision and the work together when the connection dies between statements; done again, both stay', async () => {
    const [claim, work] = [randomUUID(), randomUUID()];
    const attempt = (crash: boolean) =>
      db.run(tenant.orgId, async () => {
        const ran = await db.provisional(
          insertInbox(claim).then(() => true),
          () => insertInbox(work),
        );
        if (crash) expect(await infra.terminateConnections(APP)).toBe(1);
        await db.query('SELECT 1');
        return ran;
      });
    await expect(attempt(true)).rejects.toThrow();
    expect([await inboxCount(claim), await inboxCount(work)]).toEqual([0, 0]);
    expect(await attempt(false)).toEqual({ kept: true, value: 1 });
    expect([await inboxCount(claim), await inboxCount(work)]).toEqual([1, 1]);
  });
});
