import type { Channel, ChannelModel, ConfirmChannel, GetMessage, Options } from 'amqplib';
import { connectFirst, queueOptions, Topology } from '@mo/messaging';
import { DeadLetter, readDeadLetter } from './dead-letter';

export interface BrokerSettings {
  url: string;
  prefix: string;
  apps: readonly string[];
}

/** What to do with a message in hand: move it on (ack), leave it where it was, or stop the sweep. */
export type Verdict = 'ack' | 'keep' | 'stop';

/**
 * The broker side of dead-letter operations. Messages are read with `basic.get` and held unacked, so
 * a crash, a closed channel or the end of a sweep puts every message not explicitly acked back in
 * its queue; a message is acked only after whatever replaced it was confirmed by the broker.
 */
export class DeadLetterBroker {
  /** Ids of messages the broker returned as unroutable, reported before their confirm. */
  private readonly returned = new Set<string>();

  private constructor(
    private readonly connection: ChannelModel,
    readonly settings: BrokerSettings,
  ) {}

  static async open(settings: BrokerSettings): Promise<DeadLetterBroker> {
    // A cluster's nodes in turn: operators reach their dead letters while one node is down.
    const connection = await connectFirst(settings.url, { clientProperties: { connection_name: `${settings.prefix}dlq-admin` } });
    connection.on('error', () => undefined);
    return new DeadLetterBroker(connection, settings);
  }

  async close(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }

  private topology(app: string): Topology {
    return new Topology(this.settings.prefix, app, []);
  }

  deadLetterQueue(app: string): string {
    return this.topology(app).deadLetterQueue;
  }

  eventsQueue(app: string): string {
    return this.topology(app).eventsQueue;
  }

  private readonly exchanges = new Set<string>();

  private async exchangeExists(name: string): Promise<boolean> {
    if (this.exchanges.has(name)) return true;
    const channel = await this.connection.createChannel();
    channel.on('error', () => undefined);
    try {
      await channel.checkExchange(name);
      this.exchanges.add(name);
      return true;
    } catch {
      return false;
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  async count(app: string): Promise<number> {
    const channel = await this.connection.createChannel();
    try {
      return await messageCount(channel, this.deadLetterQueue(app));
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  /** Up to `limit` letters of an app's queue, oldest first, leaving the queue as it was. */
  async browse(app: string, limit: number): Promise<{ total: number; letters: DeadLetter[] }> {
    const letters: DeadLetter[] = [];
    const total = await this.sweep(app, async (letter) => {
      letters.push(letter);
      return letters.length >= limit ? 'stop' : 'keep';
    });
    return { total, letters };
  }

  /**
   * Visits each message that was in the queue when the sweep began, once. Messages that arrive
   * meanwhile wait for the next sweep, so a queue that keeps filling cannot make it endless.
   */
  async sweep(app: string, visit: (letter: DeadLetter, message: GetMessage, channel: ConfirmChannel) => Promise<Verdict>): Promise<number> {
    const channel = await this.connection.createConfirmChannel();
    channel.on('error', () => undefined);
    channel.on('return', (returned: { properties: { messageId?: string } }) => {
      if (returned.properties.messageId) this.returned.add(returned.properties.messageId);
    });
    const queue = this.deadLetterQueue(app);
    const held: GetMessage[] = [];
    try {
      const waiting = await messageCount(channel, queue);
      for (let seen = 0; seen < waiting; seen++) {
        const message = await channel.get(queue, { noAck: false });
        if (!message) break;
        const verdict = await visit(readDeadLetter(app, message), message, channel);
        if (verdict === 'ack') channel.ack(message);
        else held.push(message);
        if (verdict === 'stop') break;
      }
      return waiting;
    } finally {
      // Kept messages go back to where they were; closing the channel would do it too.
      for (const message of held) safely(() => channel.nack(message, false, true));
      await channel.close().catch(() => undefined);
    }
  }

  /**
   * Publishes to the app's own queue only (through its requeue exchange), never to other subscribers.
   * Mandatory: if the queue does not exist the broker returns the message before confirming it,
   * and the publish fails, so the dead letter is never acked into nowhere.
   */
  async publishTo(channel: ConfirmChannel, app: string, content: Buffer, options: Options.Publish & { messageId: string }): Promise<void> {
    const queue = this.eventsQueue(app);
    // Publishing to a missing exchange would close the sweep's channel with nothing to say why.
    if (!(await this.exchangeExists(this.topology(app).requeueExchange))) throw new Error(`the broker has no queue ${queue}; start ${app} once to declare it`);
    await new Promise<void>((resolve, reject) =>
      channel.publish(this.topology(app).requeueExchange, queue, content, { ...options, mandatory: true }, (error: unknown) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
      ),
    );
    if (this.returned.delete(options.messageId)) throw new Error(`the broker has no queue ${queue}; start ${app} once to declare it`);
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    /* the channel is gone and the broker requeues on its own */
  }
}

/** Declares the dead-letter queue as its app does (a quorum queue), so a count of a new one is 0. */
async function messageCount(channel: Channel, queue: string): Promise<number> {
  return (await channel.assertQueue(queue, queueOptions({ kind: 'dead-letters' }))).messageCount;
}
