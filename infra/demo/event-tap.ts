import { ChannelModel, connect } from 'amqplib';

export interface TappedEvent {
  at: number;
  routingKey: string;
  type: string;
  correlationId: string;
  payload: Record<string, unknown>;
}

/** Watches every message on the events exchange from a private queue, as any subscriber could. */
export class EventTap {
  readonly events: TappedEvent[] = [];

  private constructor(private readonly connection: ChannelModel) {}

  /** `now` stamps each event as it arrives: wall-clock milliseconds unless the caller times with another clock. */
  static async open(amqpUrl: string, prefix: string, now: () => number = Date.now): Promise<EventTap> {
    const connection = await connect(amqpUrl, { clientProperties: { connection_name: `${prefix}demo-tap` } });
    const tap = new EventTap(connection);
    const channel = await connection.createChannel();
    await channel.assertExchange(`${prefix}events`, 'topic', { durable: true });
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
    await channel.bindQueue(queue, `${prefix}events`, '#');
    await channel.consume(
      queue,
      (message) => {
        if (!message) return;
        const envelope = JSON.parse(message.content.toString('utf8')) as { type: string; correlationId: string; payload: Record<string, unknown> };
        tap.events.push({ at: now(), routingKey: message.fields.routingKey, type: envelope.type, correlationId: envelope.correlationId, payload: envelope.payload });
      },
      { noAck: true },
    );
    return tap;
  }

  async waitFor(predicate: (event: TappedEvent) => boolean, timeoutMs = 15_000): Promise<TappedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching event within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async close(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}
