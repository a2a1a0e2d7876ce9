import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { routingKeyOf } from '@mo/contracts';
import { TenantDb } from '@mo/database';
import { AmqpConnection, Headers, InboxRepository, MessagingJanitor, Outbox, OutboxRepository } from '@mo/messaging';
import { shutdown } from '@mo/platform';
import { AmqpProbe, closeBrokerConnections, createTenant, drainQueue, eventually, publishRaw, TestInfra, TestTenant } from '@infra/testing';
import { APP, Behaviour, Script, startTestApp, TestEffect, TestPing } from './fixture';

let infra: TestInfra;
let tenant: TestTenant;
let app: NestFastifyApplication;
let probe: AmqpProbe;

beforeAll(async () => {
  infra = await TestInfra.create();
  tenant = await createTenant(infra);
  app = await startTestApp(infra);
  await app.get(AmqpConnection).waitUntilConnected(10_000);
  probe = await AmqpProbe.start(infra, [routingKeyOf(TestEffect), routingKeyOf(TestPing)]);
});

afterAll(async () => {
  await probe?.close();
  if (app) await shutdown(app);
  await infra?.dispose([APP]);
});

/** Publishes a ping the way app code does: an outbox row in a tenant transaction. */
async function publishPing(target: NestFastifyApplication, behaviour: Behaviour, id: string = randomUUID(), orgId = tenant.orgId): Promise<string> {
  await target.get(TenantDb).run(orgId, () => target.get(Outbox).add(TestPing, { id, behaviour }, { aggregateId: id }));
  return id;
}

const effectsOf = (pingId: string) => probe.ofType('TestEffect').filter((m) => m.envelope.payload.pingId === pingId);
const pingsOf = (pingId: string) => probe.ofType('TestPing').filter((m) => m.envelope.payload.id === pingId);

async function unsentOutboxRows(orgId: string): Promise<number> {
  const { rows } = await infra.asOwner(orgId, (db) => db.query(`SELECT count(*)::int AS n FROM booking.outbox WHERE sent_at IS NULL`));
  return rows[0].n;
}

/** A message in the app's queue, as another service would publish it. */
function envelopeFor(type: string, payload: { id: string; behaviour?: string }, overrides: object = {}) {
  return {
    messageId: randomUUID(),
    type,
    version: 1,
    orgId: tenant.orgId,
    correlationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    payload,
    ...overrides,
  };
}

describe('transactional outbox', () => {
  it('delivers an event committed while the relay could not publish, exactly once, after a restart', async () => {
    // An instance whose broker is unreachable commits the event, then stops: the crash window.
    const stranded = await startTestApp(infra, { AMQP_URL: 'amqp://guest:guest@127.0.0.1:1' });
    const id = await publishPing(stranded, 'ok');
    expect(await unsentOutboxRows(tenant.orgId)).toBeGreaterThanOrEqual(1);
    await shutdown(stranded);
    expect(pingsOf(id)).toHaveLength(0);

    // A healthy instance finds the row by polling, not by a kick, and publishes it.
    await eventually(() => effectsOf(id).length === 1);
    await eventually(async () => (await unsentOutboxRows(tenant.orgId)) === 0);
    // Nothing unsent is left, so no later relay pass can publish it again.
    expect(pingsOf(id)).toHaveLength(1);
    expect(effectsOf(id)).toHaveLength(1);
  });

  it('writes nothing when the transaction rolls back', async () => {
    const id = randomUUID();
    await expect(
      app.get(TenantDb).run(tenant.orgId, async () => {
        await app.get(Outbox).add(TestPing, { id, behaviour: 'ok' }, { aggregateId: id });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const sentinel = await publishPing(app, 'ok');
    await eventually(() => effectsOf(sentinel).length === 1);
    expect(pingsOf(id)).toHaveLength(0);
  });

  it('rejects a payload that breaks its contract before anything is written', async () => {
    const db = app.get(TenantDb);
    await expect(
      db.run(tenant.orgId, () => app.get(Outbox).add(TestPing, { id: 'not-a-uuid', behaviour: 'ok' }, { aggregateId: 'x' })),
    ).rejects.toThrow(/id must be a UUID/);
  });

  it('quarantines a row it can never publish and goes on with the rows behind it', async () => {
    const other = await createTenant(infra);
    const poison = randomUUID();
    await infra.asOwner(other.orgId, (db) =>
      db.query(`INSERT INTO booking.outbox (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, $2, 'x', 'k', '{}')`, [other.orgId, poison]),
    );
    const behind = await publishPing(app, 'ok', randomUUID(), other.orgId);
    await eventually(() => effectsOf(behind).length === 1);
    const row = await eventually(async () => {
      const { rows } = await infra.asOwner(other.orgId, (db) => db.query(`SELECT sent_at, failed_at, last_error FROM booking.outbox WHERE id = $1`, [poison]));
      return rows[0].failed_at ? rows[0] : undefined;
    });
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toMatch(/invalid envelope/);
  });

  it('keeps the order of one aggregate across a batch', async () => {
    const aggregate = randomUUID();
    const ids: string[] = Array.from({ length: 20 }, () => randomUUID());
    await app.get(TenantDb).run(tenant.orgId, async () => {
      for (const [seq, id] of ids.entries()) await app.get(Outbox).add(TestPing, { id, behaviour: 'ok', seq }, { aggregateId: aggregate });
    });
    await eventually(() => ids.every((id) => pingsOf(id).length === 1));
    const seen = probe.ofType('TestPing').filter((m) => ids.includes(String(m.envelope.payload.id)));
    expect(seen.map((m) => m.envelope.payload.seq)).toEqual(ids.map((_, i) => i));
  });

  it("publishes an aggregate's row while another app's relay holds the same aggregate in its own outbox", async () => {
    // otp-sms's relay in the middle of a pass over its rows of a hold, as booking publishes that hold's next event.
    const aggregate = randomUUID();
    await infra.asOwner(tenant.orgId, (db) =>
      db.query(`INSERT INTO otp_sms.outbox (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, $2, $3, 'k', '{}')`, [tenant.orgId, randomUUID(), aggregate]),
    );
    const otherApp = new DataSource({ type: 'postgres', url: infra.urlFor('otp-sms'), extra: { max: 1 } });
    await otherApp.initialize();
    try {
      const otherDb = new TenantDb(otherApp);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let claimed!: () => void;
      const claiming = new Promise<void>((resolve) => (claimed = resolve));
      const pass = otherDb.run(tenant.orgId, async () => {
        expect(await new OutboxRepository(otherDb, 'otp_sms').claim(10)).toHaveLength(1);
        claimed();
        await held;
      });
      await claiming;
      const id = randomUUID();
      await app.get(TenantDb).run(tenant.orgId, () => app.get(Outbox).add(TestPing, { id, behaviour: 'ok' }, { aggregateId: aggregate }));
      await eventually(() => pingsOf(id).length === 1).finally(release);
      await pass;
    } finally {
      await otherApp.destroy();
    }
  });
});

describe('janitor', () => {
  it('prunes delivered outbox rows and old inbox rows, and keeps unsent and recent ones', async () => {
    const other = await createTenant(infra);
    const seed = (sql: string, params: unknown[]) => infra.asOwner(other.orgId, (db) => db.query(sql, params));
    const [oldSent, recentSent, oldUnsent, oldInbox, recentInbox] = Array.from({ length: 5 }, () => randomUUID());
    const outboxRow = `INSERT INTO booking.outbox (org_id, id, aggregate_id, routing_key, envelope, created_at, sent_at) VALUES ($1, $2, 'a', 'k', '{}', $3, $4)`;
    // Retention is counted by the database's clock: a day for delivered rows, 30 days for the inbox.
    const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
    await seed(outboxRow, [other.orgId, oldSent, ago(48), ago(47)]);
    await seed(outboxRow, [other.orgId, recentSent, ago(13), ago(12)]);
    await seed(outboxRow, [other.orgId, oldUnsent, ago(48), null]);
    const inboxRow = `INSERT INTO booking.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'c', $2, $3)`;
    await seed(inboxRow, [other.orgId, oldInbox, ago(31 * 24)]);
    await seed(inboxRow, [other.orgId, recentInbox, ago(11 * 24)]);

    const janitor = new MessagingJanitor(app.get(OutboxRepository), app.get(InboxRepository), { intervalMs: 60_000 });
    await janitor.runOnce();

    const left = await infra.asOwner(other.orgId, async (db) => ({
      outbox: (await db.query(`SELECT id FROM booking.outbox WHERE id = ANY($1)`, [[oldSent, recentSent, oldUnsent]])).rows.map((r) => r.id),
      inbox: (await db.query(`SELECT message_id FROM booking.inbox WHERE message_id = ANY($1)`, [[oldInbox, recentInbox]])).rows.map((r) => r.message_id),
    }));
    expect(left.outbox.sort()).toEqual([recentSent, oldUnsent].sort());
    expect(left.inbox).toEqual([recentInbox]);
  });
});

describe('idempotent consumer', () => {
  it('applies the same message delivered twice only once', async () => {
    const ping = envelopeFor('TestPing', { id: randomUUID(), behaviour: 'ok' });
    await publishRaw(infra, `${infra.prefix}${APP}.events`, JSON.stringify(ping));
    await publishRaw(infra, `${infra.prefix}${APP}.events`, JSON.stringify(ping));
    const sentinel = await publishPing(app, 'ok');
    await eventually(() => effectsOf(sentinel).length === 1 && app.get(Script).attempts.get(ping.payload.id) === 1);
    const { rows } = await infra.asOwner(tenant.orgId, (db) =>
      db.query(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = $1`, [ping.messageId]),
    );
    expect(rows[0].n).toBe(1);
    expect(effectsOf(ping.payload.id)).toHaveLength(1);
  });
});

describe("an event's handlers and its COMMIT", () => {
  it("keeps the transaction open past a first handler's final write, and ends it at the last handler's", async () => {
    const ping = envelopeFor('TestPing', { id: randomUUID(), behaviour: 'final' });
    await publishRaw(infra, `${infra.prefix}${APP}.events`, JSON.stringify(ping));
    await publishRaw(infra, `${infra.prefix}${APP}.events`, JSON.stringify(ping));
    const sentinel = await publishPing(app, 'ok');
    await eventually(() => effectsOf(sentinel).length === 1 && effectsOf(ping.payload.id).length === 2);
    // One delivery handled both, at its first attempt (a write refused after a COMMIT would have retried it).
    expect(effectsOf(ping.payload.id).map((m) => m.envelope.payload.attempt).sort()).toEqual([0, 1]);
    expect(app.get(Script).attempts.get(ping.payload.id)).toBe(1);
    const { rows } = await infra.asOwner(tenant.orgId, (db) => db.query(`SELECT count(*)::int AS n FROM booking.inbox WHERE message_id = $1`, [ping.messageId]));
    expect(rows[0].n).toBe(1);
  });
});

describe('retries and dead letters', () => {
  it('retries a transient failure and produces one effect over three deliveries', async () => {
    const id = await publishPing(app, 'fail-twice');
    const [effect] = await eventually(() => (effectsOf(id).length === 1 ? effectsOf(id) : undefined));
    expect(effect!.envelope.payload.attempt).toBe(3);
    expect(app.get(Script).attempts.get(id)).toBe(3);
    // The event's second handler only ran on the delivery that succeeded.
    expect(app.get(Script).audited.get(id)).toBe(1);
    const sentinel = await publishPing(app, 'ok');
    await eventually(() => effectsOf(sentinel).length === 1);
    expect(effectsOf(id)).toHaveLength(1);
  });

  it('dead-letters a message that keeps failing after every retry, with the reason in its headers', async () => {
    const id = await publishPing(app, 'fail-always');
    const [dead] = await eventually(async () => {
      const messages = await drainQueue(infra, `${infra.prefix}${APP}.dlq`);
      return messages.length > 0 ? messages : undefined;
    });
    const headers = dead!.properties.headers!;
    expect(JSON.parse(dead!.content.toString()).payload.id).toBe(id);
    expect(app.get(Script).attempts.get(id)).toBe(4);
    expect(headers[Headers.attempts]).toBe(4);
    expect(headers[Headers.reason]).toBe('retries_exhausted');
    expect(headers[Headers.error]).toBe('the downstream is down');
    expect(headers[Headers.errorClass]).toBe('Error');
    expect(headers[Headers.originalRoutingKey]).toBe(routingKeyOf(TestPing));
    expect(Date.parse(String(headers[Headers.firstFailureAt]))).toBeLessThanOrEqual(Date.parse(String(headers[Headers.lastFailureAt])));
    expect(effectsOf(id)).toHaveLength(0);
  });

  it('dead-letters a permanent failure at once', async () => {
    const id = await publishPing(app, 'permanent');
    const [dead] = await eventually(async () => {
      const messages = await drainQueue(infra, `${infra.prefix}${APP}.dlq`);
      return messages.length > 0 ? messages : undefined;
    });
    expect(JSON.parse(dead!.content.toString()).payload.id).toBe(id);
    expect(dead!.properties.headers![Headers.reason]).toBe('permanent_failure');
    expect(app.get(Script).attempts.get(id)).toBe(1);
  });

  it.each([
    ['malformed JSON', () => '{"messageId": ', 'malformed_json'],
    ['an unknown type', () => JSON.stringify(envelopeFor('NoSuchEvent', { id: randomUUID() })), 'unknown_type'],
    ['an invalid payload', () => JSON.stringify(envelopeFor('TestPing', { id: 'nope', behaviour: 'ok' })), 'invalid_payload'],
    ['an envelope without a tenant', () => JSON.stringify(envelopeFor('TestPing', { id: randomUUID(), behaviour: 'ok' }, { orgId: undefined })), 'invalid_envelope'],
    ['a tenant that does not exist', () => JSON.stringify(envelopeFor('TestPing', { id: randomUUID(), behaviour: 'ok' }, { orgId: randomUUID() })), 'permanent_failure'],
  ])('dead-letters %s at once and keeps consuming', async (_name, body, reason) => {
    await publishRaw(infra, `${infra.prefix}${APP}.events`, body());
    const next = await publishPing(app, 'ok');
    await eventually(() => effectsOf(next).length === 1);
    const [dead] = await eventually(async () => {
      const messages = await drainQueue(infra, `${infra.prefix}${APP}.dlq`);
      return messages.length > 0 ? messages : undefined;
    });
    expect(dead!.properties.headers![Headers.reason]).toBe(reason);
    expect(dead!.properties.headers![Headers.attempts]).toBe(1);
  });
});

describe('broker failure', () => {
  it('delivers every event of a burst while the broker closes the app connections', async () => {
    const ids = Array.from({ length: 200 }, () => randomUUID());
    const burst = Promise.all(ids.map((id) => publishPing(app, 'ok', id)));
    const closed = await eventually(() => closeBrokerConnections(`${infra.prefix}${APP}`).then((n) => n > 0));
    expect(closed).toBe(true);
    await burst;
    await eventually(() => ids.every((id) => effectsOf(id).length >= 1), { timeoutMs: 30_000 });
    await eventually(async () => (await unsentOutboxRows(tenant.orgId)) === 0);
    // At-least-once on the wire, exactly-once in effect: the inbox absorbed any redelivered ping, so
    // each ping committed one effect. That effect may itself cross the wire twice (its publish was
    // confirmed after the connection died), always as the same message, which consumers' inboxes absorb.
    const distinctEffects = (id: string) => new Set(effectsOf(id).map((m) => m.envelope.messageId)).size;
    expect(ids.filter((id) => distinctEffects(id) !== 1)).toEqual([]);
  });
});

describe('database failure', () => {
  it('keeps consuming and relaying after the server kills every app connection', async () => {
    const before = await publishPing(app, 'ok');
    await eventually(() => effectsOf(before).length === 1);
    expect(await infra.terminateConnections(APP)).toBeGreaterThan(0);
    // Every pooled connection is dead now; the next transaction must still succeed first time.
    const after = await publishPing(app, 'ok');
    await eventually(() => effectsOf(after).length === 1);
  });
});

describe('graceful shutdown', () => {
  it('finishes a handler in flight, acks it and publishes its effect before stopping', async () => {
    // Its own broker namespace, so the single instance below is the only consumer.
    const isolated = await TestInfra.create();
    const other = await createTenant(isolated);
    const instance = await startTestApp(isolated);
    const watcher = await AmqpProbe.start(isolated, [routingKeyOf(TestEffect)]);
    try {
      await instance.get(AmqpConnection).waitUntilConnected(10_000);
      const script = instance.get(Script);
      script.close();
      const id = await publishPing(instance, 'gated', randomUUID(), other.orgId);
      await eventually(() => script.entered === 1);
      const stopping = shutdown(instance);
      script.open();
      await stopping;
      await watcher.waitFor((m) => m.envelope.payload.pingId === id);
      // Acked before the channel closed: nothing waits to be redelivered.
      expect(await drainQueue(isolated, `${isolated.prefix}${APP}.events`)).toHaveLength(0);
    } finally {
      await watcher.close();
      await isolated.dispose([APP]);
    }
  });
});
