import { ChannelModel, ConsumeMessage, GetMessage } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { ContractClass, contractInfo, Envelope, PayloadOf, routingKeyOf } from '@mo/contracts';
import { connectFirst } from '@mo/messaging';
import { eventually, PollOptions } from '@mo/testing';
import { TestInfra } from './test-infra';

export interface ProbedMessage {
  routingKey: string;
  envelope: Envelope;
  headers: Record<string, unknown>;
  raw: ConsumeMessage;
}

/**
 * A test's own subscriber on the events exchange. Its queue is durable and named, so it keeps
 * collecting across a broker connection reset; `reconnect()` resumes reading it.
 */
export class AmqpProbe {
  readonly messages: ProbedMessage[] = [];
  private connection?: ChannelModel;

  private constructor(
    private readonly infra: TestInfra,
    readonly queue: string,
    private readonly bindings: readonly string[],
  ) {}

  static async start(infra: TestInfra, bindings: readonly string[] = ['#']): Promise<AmqpProbe> {
    const probe = new AmqpProbe(infra, infra.trackQueue(`${infra.prefix}probe.${Math.random().toString(36).slice(2, 8)}`), bindings);
    await probe.reconnect();
    return probe;
  }

  async reconnect(): Promise<void> {
    await this.close();
    this.connection = await connectFirst(this.infra.amqpUrl);
    this.connection.on('error', () => undefined);
    const channel = await this.connection.createChannel();
    channel.on('error', () => undefined);
    await channel.assertExchange(`${this.infra.prefix}events`, 'topic', { durable: true });
    await channel.assertQueue(this.queue, { durable: true });
    for (const key of this.bindings) await channel.bindQueue(this.queue, `${this.infra.prefix}events`, key);
    await channel.consume(this.queue, (message) => {
      if (!message) return;
      this.messages.push({
        routingKey: message.fields.routingKey,
        envelope: JSON.parse(message.content.toString('utf8')) as Envelope,
        headers: message.properties.headers ?? {},
        raw: message,
      });
      channel.ack(message);
    });
  }

  ofType(type: string): ProbedMessage[] {
    return this.messages.filter((m) => m.envelope.type === type);
  }

  async waitFor(predicate: (m: ProbedMessage) => boolean, options?: PollOptions): Promise<ProbedMessage> {
    return eventually(() => this.messages.find(predicate), options);
  }

  async waitForType(type: string, options?: PollOptions): Promise<ProbedMessage> {
    return this.waitFor((m) => m.envelope.type === type, options);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    await connection?.close().catch(() => undefined);
  }
}

/** Publishes raw bytes straight to a queue, bypassing every check: for poison-message tests. */
export async function publishRaw(infra: TestInfra, queue: string, body: Buffer | string, headers: Record<string, unknown> = {}): Promise<void> {
  const connection = await connectFirst(infra.amqpUrl);
  try {
    const channel = await connection.createConfirmChannel();
    await new Promise<void>((resolve, reject) =>
      channel.sendToQueue(queue, Buffer.isBuffer(body) ? body : Buffer.from(body), { persistent: true, headers }, (error: unknown) =>
        error ? reject(error) : resolve(),
      ),
    );
    await channel.close();
  } finally {
    await connection.close();
  }
}

/** Reads (and removes) every message currently in a queue, e.g. a dead-letter queue. */
export async function drainQueue(infra: TestInfra, queue: string): Promise<GetMessage[]> {
  const connection = await connectFirst(infra.amqpUrl);
  try {
    const channel = await connection.createChannel();
    const taken: GetMessage[] = [];
    for (;;) {
      const message = await channel.get(queue, { noAck: true });
      if (!message) break;
      taken.push(message);
    }
    await channel.close();
    return taken;
  } finally {
    await connection.close();
  }
}

/** Deletes a queue as the broker does a transient one whose node is lost: its consumers are cancelled. */
export async function deleteQueue(infra: TestInfra, queue: string): Promise<void> {
  const connection = await connectFirst(infra.amqpUrl);
  try {
    const channel = await connection.createChannel();
    await channel.deleteQueue(queue);
    await channel.close();
  } finally {
    await connection.close();
  }
}

/** Publishes a contract message to the events exchange, as its owning app's relay would. */
export async function publishEvent<C extends ContractClass>(
  infra: TestInfra,
  contract: C,
  orgId: string,
  payload: PayloadOf<C>,
  overrides: Partial<Envelope> = {},
): Promise<Envelope> {
  const info = contractInfo(contract);
  const envelope: Envelope = {
    messageId: randomUUID(),
    type: info.type,
    version: info.version,
    orgId,
    correlationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    payload: { ...(payload as Record<string, unknown>) },
    ...overrides,
  };
  const connection = await connectFirst(infra.amqpUrl);
  try {
    const channel = await connection.createConfirmChannel();
    await new Promise<void>((resolve, reject) =>
      channel.publish(`${infra.prefix}events`, routingKeyOf(contract), Buffer.from(JSON.stringify(envelope)), { persistent: true }, (error: unknown) =>
        error ? reject(error) : resolve(),
      ),
    );
    await channel.close();
  } finally {
    await connection.close();
  }
  return envelope;
}
