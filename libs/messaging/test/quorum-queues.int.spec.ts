import type { Channel, ChannelModel } from 'amqplib';
import { connect } from 'amqplib';
import { ClassicQueueError, DELIVERY_LIMIT, queueArguments, queueOptions, type QueueRole, Topology } from '@mo/messaging';
import { eventually, TestInfra } from '@infra/testing';

const APP = 'quorum';
let infra: TestInfra;
let model: ChannelModel;
let topology: Topology;

beforeAll(async () => {
  infra = await TestInfra.create();
  model = await connect(infra.amqpUrl);
  model.on('error', () => undefined);
  topology = new Topology(infra.prefix, APP, [40]);
});

afterAll(async () => {
  await model?.close().catch(() => undefined);
  await infra?.dispose([APP]);
});

async function channel(): Promise<Channel> {
  const created = await model.createChannel();
  created.on('error', () => undefined);
  return created;
}

/** Declaring the same queue as classic fails on a quorum queue, naming the type it has. */
async function isQuorum(queue: string, role: QueueRole): Promise<boolean> {
  const probe = await channel();
  try {
    await probe.assertQueue(queue, { durable: true, arguments: { ...queueArguments(role), 'x-queue-type': 'classic' } });
    return false;
  } catch (error) {
    return /inequivalent arg 'x-queue-type'/.test((error as Error).message);
  } finally {
    await probe.close().catch(() => undefined);
  }
}

describe('quorum queues', () => {
  it('declares the events, retry and dead-letter queues as quorum queues', async () => {
    await topology.declareAppQueues(model, ['test.#'], ['test.request']);
    const queues: Array<[string, QueueRole]> = [
      [topology.eventsQueue, { kind: 'events', deadLetterQueue: topology.deadLetterQueue }],
      [topology.retryQueue(1), { kind: 'retry', delayMs: 40, eventsQueue: topology.eventsQueue }],
      [topology.deadLetterQueue, { kind: 'dead-letters' }],
    ];
    for (const [queue, role] of queues) expect({ queue, quorum: await isQuorum(queue, role) }).toEqual({ queue, quorum: true });
  });

  it('dead-letters a message the broker handed out more than the delivery limit, as a backstop', async () => {
    await topology.declareAppQueues(model, [], []);
    const consumer = await channel();
    await consumer.sendToQueue(topology.eventsQueue, Buffer.from('poison'), { persistent: true, messageId: 'poison-1' });
    let deliveries = 0;
    await consumer.consume(topology.eventsQueue, (message) => {
      if (!message) return;
      deliveries++;
      consumer.nack(message, false, true);
    });
    const letters = await channel();
    const letter = await eventually(async () => (await letters.get(topology.deadLetterQueue, { noAck: true })) || undefined);
    expect(letter.properties.messageId).toBe('poison-1');
    expect(deliveries).toBe(DELIVERY_LIMIT + 1);
    await consumer.close();
    await letters.close();
  });

  it('replaces an empty classic queue left by an earlier release', async () => {
    const old = new Topology(infra.prefix, 'legacy-empty', [40]);
    const setup = await channel();
    await setup.assertQueue(old.eventsQueue, { durable: true });
    await setup.close();

    await old.declareAppQueues(model, [], []);

    expect(await isQuorum(old.eventsQueue, { kind: 'events', deadLetterQueue: old.deadLetterQueue })).toBe(true);
    await infra.dispose(['legacy-empty']);
  });

  it('refuses, naming the runbook, to replace a classic queue that still holds messages, and keeps them', async () => {
    const old = new Topology(infra.prefix, 'legacy-full', [40]);
    const setup = await channel();
    await setup.assertQueue(old.eventsQueue, { durable: true });
    setup.sendToQueue(old.eventsQueue, Buffer.from('{}'), { persistent: true });

    const declared = old.declareAppQueues(model, [], []);

    await expect(declared).rejects.toThrow(ClassicQueueError);
    await expect(declared).rejects.toThrow(/still holds messages.*docs\/runbook\.md/);
    expect((await setup.checkQueue(old.eventsQueue)).messageCount).toBe(1);
    await setup.close();
    await infra.dispose(['legacy-full']);
  });

  it('declares the request queue as a transient classic queue', async () => {
    await topology.declareAppQueues(model, [], ['test.request']);
    expect(await isQuorum(topology.rpcQueue, { kind: 'rpc' })).toBe(false);
    const probe = await channel();
    // Declared again as durable, the broker names the difference: it is not.
    await expect(probe.assertQueue(topology.rpcQueue, { ...queueOptions({ kind: 'rpc' }), durable: true })).rejects.toThrow(/inequivalent arg 'durable'/);
    await probe.close().catch(() => undefined);
  });

  it('hands a request back to the next server when the one holding it goes away unacked', async () => {
    await topology.declareAppQueues(model, [], ['test.request']);
    const first = await channel();
    await first.prefetch(1);
    const taken = new Promise<void>((resolve) => void first.consume(topology.rpcQueue, (m) => m && resolve()));
    const asker = await channel();
    asker.publish(topology.rpcExchange, 'test.request', Buffer.from('{}'), { messageId: 'request-1', expiration: '5000' });
    await taken;
    await first.close();

    const second = await channel();
    const again = await new Promise<{ messageId: string; redelivered: boolean }>((resolve) =>
      void second.consume(topology.rpcQueue, (m) => m && resolve({ messageId: m.properties.messageId, redelivered: m.fields.redelivered }), { noAck: true }),
    );
    expect(again).toEqual({ messageId: 'request-1', redelivered: true });
    await second.close();
    await asker.close();
  });

  it('retires the quorum request queue of an earlier release: unbound at once, deleted once empty and unserved', async () => {
    const old = new Topology(infra.prefix, 'legacy-rpc', [40]);
    const setup = await channel();
    await old.declareAppQueues(model, [], []);
    await setup.assertQueue(old.retiredRpcQueue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await setup.bindQueue(old.retiredRpcQueue, old.rpcExchange, 'legacy.request');
    // An old instance still serving it keeps it; the new queue alone receives requests from now on.
    const draining = await channel();
    await draining.consume(old.retiredRpcQueue, () => undefined);

    await old.declareAppQueues(model, [], ['legacy.request']);
    setup.publish(old.rpcExchange, 'legacy.request', Buffer.from('{}'), { messageId: 'after-upgrade' });
    await eventually(async () => (await setup.checkQueue(old.rpcQueue)).messageCount === 1);
    expect((await setup.checkQueue(old.retiredRpcQueue)).messageCount).toBe(0);

    // Once the old instance has stopped, the next start deletes it.
    await draining.close();
    await old.declareAppQueues(model, [], ['legacy.request']);
    await expect(setup.checkQueue(old.retiredRpcQueue)).rejects.toThrow(/NOT_FOUND/);
    await infra.dispose(['legacy-rpc']);
  });
});
