import { ChannelModel, connect } from 'amqplib';

/**
 * When each event reaches the broker, as any subscriber sees it: the relay-publish hop of a call,
 * keyed by the hold it is about (or the follow-up's hold), in `performance.now()` time.
 */
export class HopTap {
  private readonly seen = new Map<string, Map<string, number>>();

  private constructor(private readonly connection: ChannelModel) {}

  static async open(amqpUrl: string, prefix: string): Promise<HopTap> {
    const connection = await connect(amqpUrl);
    const tap = new HopTap(connection);
    const channel = await connection.createChannel();
    await channel.assertExchange(`${prefix}events`, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, `${prefix}events`, '#');
    await channel.consume(
      queue,
      (message) => {
        if (!message) return;
        const at = performance.now();
        const { type, payload } = JSON.parse(message.content.toString('utf8')) as { type: string; payload: { holdId?: string } };
        if (!payload.holdId) return;
        const hops = tap.seen.get(payload.holdId) ?? new Map<string, number>();
        if (!hops.has(type)) hops.set(type, at);
        tap.seen.set(payload.holdId, hops);
      },
      { noAck: true },
    );
    return tap;
  }

  /** When the hold's first event of `type` reached the broker. */
  at(holdId: string, type: string): number | undefined {
    return this.seen.get(holdId)?.get(type);
  }

  async close(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}
