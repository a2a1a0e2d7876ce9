import type { Channel, ChannelModel } from 'amqplib';
import { connect } from 'amqplib';
import { ClassicQueueError, DELIVERY_LIMIT, queueArguments, type QueueRole, Topology } from '@mo/messaging';
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
  it('declares the events, retry, dead-letter and request queues as quorum queues', async () => {
    await topology.declareAppQueues(model, ['test.#'], ['test.request']);
    const queues: Array<[string, QueueRole]> = [
      [topology.eventsQueue, { kind: 'events', deadLetterQueue: topology.deadLetterQueue }],
      [topology.retryQueue(1), { kind: 'retry', delayMs: 40, eventsQueue: topology.eventsQueue }],
      [topology.deadLetterQueue, { kind: 'dead-letters' }],
      [topology.rpcQueue, { kind: 'rpc' }],
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
});
