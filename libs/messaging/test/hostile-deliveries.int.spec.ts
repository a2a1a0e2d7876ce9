import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { routingKeyOf } from '@mo/contracts';
import { AmqpConnection, Headers } from '@mo/messaging';
import { shutdown } from '@mo/platform';
import { AmqpProbe, createTenant, drainQueue, eventually, publishRaw, TestInfra, TestTenant } from '@infra/testing';
import { APP, Script, startTestApp, TestEffect } from './fixture';

/** Deliveries an attacker with broker access, or a buggy peer, puts straight onto an app's queue. */
let infra: TestInfra;
let tenant: TestTenant;
let app: NestFastifyApplication;
let probe: AmqpProbe;

beforeAll(async () => {
  infra = await TestInfra.create();
  tenant = await createTenant(infra);
  app = await startTestApp(infra);
  await app.get(AmqpConnection).waitUntilConnected(10_000);
  probe = await AmqpProbe.start(infra, [routingKeyOf(TestEffect)]);
});

afterAll(async () => {
  await probe?.close();
  if (app) await shutdown(app);
  await infra?.dispose([APP]);
});

const queue = () => `${infra.prefix}${APP}.events`;
const ping = (payload: object) =>
  JSON.stringify({ messageId: randomUUID(), type: 'TestPing', version: 1, orgId: tenant.orgId, correlationId: randomUUID(), occurredAt: new Date().toISOString(), payload });
const effectsOf = (pingId: string) => probe.ofType('TestEffect').filter((m) => m.envelope.payload.pingId === pingId);

async function deadLetter() {
  const [dead] = await eventually(async () => {
    const messages = await drainQueue(infra, `${infra.prefix}${APP}.dlq`);
    return messages.length > 0 ? messages : undefined;
  });
  return dead!;
}

describe('hostile deliveries', () => {
  it('dead-letters JSON nested 3,000 deep at once, and keeps consuming', async () => {
    await publishRaw(infra, queue(), `{"messageId":${'['.repeat(3_000)}${']'.repeat(3_000)}}`);
    const dead = await deadLetter();
    expect(dead.properties.headers![Headers.reason]).toBe('body_too_deep');
    const next = randomUUID();
    await publishRaw(infra, queue(), ping({ id: next, behaviour: 'ok' }));
    await eventually(() => effectsOf(next).length === 1);
  });

  it('dead-letters a lone surrogate at once, naming the field, instead of retrying a database error', async () => {
    const id = randomUUID();
    await publishRaw(infra, queue(), ping({ id, behaviour: 'ok', note: 'x\ud800' }).replace('x\ud800', 'x\\ud800'));
    const dead = await deadLetter();
    expect(dead.properties.headers![Headers.reason]).toBe('invalid_envelope');
    expect(dead.properties.headers![Headers.error]).toBe('payload.note must be valid Unicode text (it holds an unpaired surrogate)');
    expect(dead.properties.headers![Headers.attempts]).toBe(1);
    expect(app.get(Script).attempts.get(id)).toBeUndefined();
  });

  it.each([-3, 'many', 1.5])('treats an x-mo-attempts of %p as the first attempt: the message is retried, not lost', async (attempts) => {
    const id = randomUUID();
    await publishRaw(infra, queue(), ping({ id, behaviour: 'fail-twice' }), { [Headers.attempts]: attempts });
    await eventually(() => effectsOf(id).length === 1);
    expect(effectsOf(id)[0]!.envelope.payload.attempt).toBe(3);
  });
});
