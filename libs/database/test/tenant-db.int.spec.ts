import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { createDataSource, NoTenantContextError, TenantDb } from '@mo/database';
import { createTenant, TestInfra, TestTenant } from '@infra/testing';

let infra: TestInfra;
let dataSource: DataSource;
let db: TenantDb;
let tenant: TestTenant;

beforeAll(async () => {
  infra = await TestInfra.create();
  tenant = await createTenant(infra);
  // One connection, so every transaction below reuses the same pooled session.
  dataSource = await createDataSource({ url: infra.urlFor('booking'), poolSize: 1, applicationName: 'tenant-db-test' }).initialize();
  db = new TenantDb(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
  await infra?.dispose();
});

const insertInbox = (id = randomUUID()) =>
  db.execute(`INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'test', $2, now())`, [db.orgId, id]);

const insertInboxFinal = (id = randomUUID(), receivedAt = 'now()') =>
  db.execute(`INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'test', $2, ${receivedAt})`, [db.orgId, id], { final: true });

/** Counts the writes any socket of this process makes (the pool has one connection), until restored. */
function socketWrites(): { count(): number; restore(): void } {
  const spies = [jest.spyOn(Socket.prototype, '_write' as never), jest.spyOn(Socket.prototype, '_writev' as never)];
  return { count: () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0), restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

const inboxCount = (id: string) =>
  infra.asOwner(tenant.orgId, async (c) => (await c.query(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = $1`, [id])).rows[0].n);

describe('TenantDb', () => {
  it('refuses tenant work outside a tenant transaction, loudly', async () => {
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(NoTenantContextError);
    await expect(db.manager()).rejects.toBeInstanceOf(NoTenantContextError);
    expect(() => db.orgId).toThrow(/needs a tenant transaction/);
  });

  it('refuses an org id that is not a UUID before touching the database', async () => {
    await expect(db.run("x' OR '1'='1", async () => 1)).rejects.toThrow('orgId must be a UUID');
  });

  it('refuses to switch tenant inside a tenant transaction', async () => {
    await expect(db.run(tenant.orgId, () => db.run(randomUUID(), async () => 1))).rejects.toThrow(/cannot switch/);
  });

  it('sets the tenant for the transaction only; the pooled session is clean afterwards', async () => {
    const inside = await db.run(tenant.orgId, async () => (await db.query<{ v: string }>(`SELECT current_setting('app.org_id', true) AS v`))[0]!.v);
    expect(inside).toBe(tenant.orgId);
    const [after] = await db.discover<{ v: string | null }>(`SELECT current_setting('app.org_id', true) AS v`);
    expect(after!.v ?? '').toBe('');
  });

  it('takes a connection at the first statement only: work without one runs while another holds the pool', async () => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const hasConnection = new Promise<void>((resolve) => (started = resolve));
    // The pool has one connection; this transaction keeps it until released.
    const holder = db.run(tenant.orgId, async () => {
      await db.query('SELECT 1');
      started();
      await holding;
    });
    await hasConnection;
    await expect(db.run(tenant.orgId, async () => 'validated, refused, no statement')).resolves.toBe('validated, refused, no statement');
    const waiting = db.run(tenant.orgId, () => db.query<{ v: string }>(`SELECT current_setting('app.org_id', true) AS v`));
    release();
    await holder;
    expect(await waiting).toEqual([{ v: tenant.orgId }]);
  });

  it('opens one transaction for statements issued together, and commits them as one', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await expect(
      db.run(tenant.orgId, async () => {
        await Promise.all([insertInbox(a), insertInbox(b)]);
        throw new Error('undo both');
      }),
    ).rejects.toThrow('undo both');
    expect([await inboxCount(a), await inboxCount(b)]).toEqual([0, 0]);
  });

  it('writes statements issued together in one write, behind their BEGIN, and runs them in the order issued', async () => {
    const id = randomUUID();
    const writes = socketWrites();
    try {
      const [, [first], [second]] = await db.run(tenant.orgId, () =>
        Promise.all([
          insertInbox(id),
          db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = $1`, [id]),
          db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = $1 AND org_id = current_setting('app.org_id')::uuid`, [id]),
        ]),
      );
      expect([first!.n, second!.n]).toEqual([1, 1]);
      // BEGIN and tenant with the three statements, then the COMMIT.
      expect(writes.count()).toBe(2);
    } finally {
      writes.restore();
    }
    expect(await inboxCount(id)).toBe(1);
  });

  it('fails every statement issued after a failed one in the same write, and commits none of them', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const settled = await db
      .run(tenant.orgId, async () => {
        const outcomes = await Promise.allSettled([
          insertInbox(a),
          db.execute(`INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'test', $2, to_timestamp(1 / 0))`, [db.orgId, randomUUID()]),
          insertInbox(b),
        ]);
        throw Object.assign(new Error('rolled back'), { outcomes });
      })
      .catch((error: { outcomes: PromiseSettledResult<number>[] }) => error.outcomes);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as { code?: string }).code))).toEqual([1, '22012', '25P02']);
    expect([await inboxCount(a), await inboxCount(b)]).toEqual([0, 0]);
  });

  it('prepares each statement once per connection, and names none when told not to (behind PgBouncer)', async () => {
    const prepared = (text: string) => db.run(tenant.orgId, () => db.query(`SELECT name FROM pg_prepared_statements WHERE statement = $1`, [text]));
    for (let i = 0; i < 3; i++) await db.run(tenant.orgId, () => db.query('SELECT $1::int AS prepared', [i]));
    expect(await prepared('SELECT $1::int AS prepared')).toHaveLength(1);
    const unnamed = new TenantDb(dataSource, { preparedStatements: false });
    expect(await unnamed.run(tenant.orgId, () => unnamed.query<{ unnamed: number }>('SELECT $1::int AS unnamed', [7]))).toEqual([{ unnamed: 7 }]);
    expect(await prepared('SELECT $1::int AS unnamed')).toHaveLength(0);
  });

  it('commits the work and runs after-commit hooks once', async () => {
    const id = randomUUID();
    const hook = jest.fn();
    await db.run(tenant.orgId, async () => {
      await insertInbox(id);
      db.afterCommit(hook);
      expect(hook).not.toHaveBeenCalled();
    });
    expect(hook).toHaveBeenCalledTimes(1);
    expect(await inboxCount(id)).toBe(1);
  });

  it('runs after-commit work outside the transaction, in order, and returns once it is done', async () => {
    const [id, later] = [randomUUID(), randomUUID()];
    const seen: string[] = [];
    await db.run(tenant.orgId, async () => {
      await insertInbox(id);
      db.afterCommit(async () => {
        seen.push(`outside: ${!db.inTenant}, committed: ${await inboxCount(id)}`);
        // With a pool of one, this only works if the first transaction has given its connection back.
        await db.run(tenant.orgId, () => insertInbox(later));
      });
      db.afterCommit(() => void seen.push('second'));
    });
    expect(seen).toEqual(['outside: true, committed: 1', 'second']);
    expect(await inboxCount(later)).toBe(1);
  });

  it('rolls everything back on error and skips after-commit hooks', async () => {
    const id = randomUUID();
    const hook = jest.fn();
    await expect(
      db.run(tenant.orgId, async () => {
        await insertInbox(id);
        db.afterCommit(hook);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    expect(hook).not.toHaveBeenCalled();
    expect(await inboxCount(id)).toBe(0);
  });

  it('fails a first statement (sent with its BEGIN) with its own error, rolls back, and returns a clean connection', async () => {
    const id = randomUUID();
    await expect(db.run(tenant.orgId, () => db.query(`INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'test', $2, to_timestamp(1 / 0))`, [tenant.orgId, id]))).rejects.toMatchObject({
      code: '22012',
    });
    // The pool's one connection is out of the failed transaction and takes the next tenant's.
    const other = await createTenant(infra);
    expect(await db.run(other.orgId, () => db.query<{ v: string }>(`SELECT current_setting('app.org_id', true) AS v`))).toEqual([{ v: other.orgId }]);
    expect(await inboxCount(id)).toBe(0);
  });

  it('undoes only the savepoint on a constraint violation and keeps the transaction usable', async () => {
    const kept = randomUUID();
    await db.run(tenant.orgId, async () => {
      await insertInbox(kept);
      await expect(db.savepoint(() => insertInbox(kept))).rejects.toMatchObject({ code: '23505' });
      expect(await db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    });
    expect(await inboxCount(kept)).toBe(1);
  });

  it('recovers when the server kills its connections', async () => {
    await db.run(tenant.orgId, () => db.query('SELECT 1'));
    const killed = await infra.terminateConnections('tenant-db-test');
    expect(killed).toBe(1);
    // The pooled connection is dead; the next transaction must succeed on a fresh one.
    const id = randomUUID();
    await db.run(tenant.orgId, () => insertInbox(id));
    expect(await inboxCount(id)).toBe(1);
  });

  describe('a final statement', () => {
    it('commits with the statement under endAtFinal, the work before it included, before the work returns', async () => {
      const [before, last] = [randomUUID(), randomUUID()];
      const seen = await db.run(tenant.orgId, () =>
        db.endAtFinal(async () => {
          await insertInbox(before);
          expect(await insertInboxFinal(last)).toBe(1);
          // Visible to another session already: the COMMIT travelled with the statement.
          return [await inboxCount(before), await inboxCount(last)];
        }),
      );
      expect(seen).toEqual([1, 1]);
    });

    it('commits a first statement with its BEGIN and COMMIT, tenant set', async () => {
      const id = randomUUID();
      const rows = await db.run(tenant.orgId, () =>
        db.endAtFinal(() => db.query<{ v: string }>(`SELECT current_setting('app.org_id', true) AS v`, [], { final: true })),
      );
      expect(rows).toEqual([{ v: tenant.orgId }]);
      await db.run(tenant.orgId, () => db.endAtFinal(() => insertInboxFinal(id)));
      expect(await inboxCount(id)).toBe(1);
    });

    it('fails with its own error, rolls the whole transaction back, and leaves a clean connection', async () => {
      const [before, last] = [randomUUID(), randomUUID()];
      await expect(
        db.run(tenant.orgId, () =>
          db.endAtFinal(async () => {
            await insertInbox(before);
            await insertInboxFinal(last, 'to_timestamp(1 / 0)');
          }),
        ),
      ).rejects.toMatchObject({ code: '22012' });
      expect([await inboxCount(before), await inboxCount(last)]).toEqual([0, 0]);
      const other = await createTenant(infra);
      expect(await db.run(other.orgId, () => db.query<{ v: string }>(`SELECT current_setting('app.org_id', true) AS v`))).toEqual([{ v: other.orgId }]);
    });

    it('is an ordinary statement without endAtFinal, inside keepOpen and inside a savepoint: a later error undoes it', async () => {
      const [plain, kept, saved] = [randomUUID(), randomUUID(), randomUUID()];
      await expect(db.run(tenant.orgId, async () => {
        await insertInboxFinal(plain);
        throw new Error('after plain');
      })).rejects.toThrow('after plain');
      await expect(db.run(tenant.orgId, () => db.endAtFinal(async () => {
        await db.keepOpen(() => insertInboxFinal(kept));
        expect(await inboxCount(kept)).toBe(0);
        throw new Error('after keepOpen');
      }))).rejects.toThrow('after keepOpen');
      await expect(db.run(tenant.orgId, () => db.endAtFinal(async () => {
        await db.savepoint(() => insertInboxFinal(saved));
        throw new Error('after savepoint');
      }))).rejects.toThrow('after savepoint');
      expect([await inboxCount(plain), await inboxCount(kept), await inboxCount(saved)]).toEqual([0, 0, 0]);
    });

    it('lets the work read on afterwards as the same tenant, and refuses a write there loudly', async () => {
      const [last, after] = [randomUUID(), randomUUID()];
      await expect(
        db.run(tenant.orgId, () =>
          db.endAtFinal(async () => {
            await insertInboxFinal(last);
            expect(await db.query(`SELECT message_id FROM booking.inbox WHERE org_id = $1 AND message_id = $2`, [db.orgId, last])).toEqual([{ message_id: last }]);
            await insertInbox(after);
          }),
        ),
      ).rejects.toMatchObject({ code: '25006' });
      expect([await inboxCount(last), await inboxCount(after)]).toEqual([1, 0]);
    });
  });

  describe('afresh', () => {
    it('after a final statement that rolled back, starts a read-write transaction that commits alone', async () => {
      const [guessed, redone, hooked] = [randomUUID(), randomUUID(), jest.fn()];
      await db.run(tenant.orgId, () =>
        db.endAtFinal(async () => {
          await insertInbox(guessed);
          db.afterCommit(hooked);
          await expect(insertInboxFinal(randomUUID(), 'to_timestamp(1 / 0)')).rejects.toMatchObject({ code: '22012' });
          await db.afresh();
          expect(await insertInboxFinal(redone)).toBe(1);
        }),
      );
      expect([await inboxCount(guessed), await inboxCount(redone)]).toEqual([0, 1]);
      expect(hooked).not.toHaveBeenCalled();
    });

    it('rolls back a transaction still open, and refuses once one of its scope committed', async () => {
      const [open, committed] = [randomUUID(), randomUUID()];
      await expect(
        db.run(tenant.orgId, () =>
          db.endAtFinal(async () => {
            await insertInbox(open);
            await db.afresh();
            expect(await inboxCount(open)).toBe(0);
            await insertInboxFinal(committed);
            await db.afresh();
          }),
        ),
      ).rejects.toThrow('afresh() after a commit');
      expect([await inboxCount(open), await inboxCount(committed)]).toEqual([0, 1]);
    });
  });
});
