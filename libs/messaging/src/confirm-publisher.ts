import type { ChannelModel, ConfirmChannel, Options } from 'amqplib';
import { AmqpConnection } from './amqp-connection';

/** The message itself cannot be published (e.g. its headers cannot be encoded); retrying will not help. */
export class UnpublishableMessageError extends Error {
  constructor(reason: string) {
    super(`message cannot be published: ${reason}`);
    this.name = 'UnpublishableMessageError';
  }
}

export class BrokerUnavailableError extends Error {
  constructor(reason: string) {
    super(`broker unavailable: ${reason}`);
    this.name = 'BrokerUnavailableError';
  }
}

/**
 * Publishes on a confirm channel and resolves only when the broker has taken responsibility for the
 * message (persisted it to every durable queue it routes to). It never queues in memory.
 */
export class ConfirmPublisher {
  private channel?: ConfirmChannel;

  constructor(
    private readonly connection: AmqpConnection,
    /** Runs on each new connection before the channel is used, e.g. to declare what it publishes to. */
    private readonly prepare: (model: ChannelModel) => Promise<void> = async () => undefined,
  ) {}

  async start(): Promise<void> {
    await this.connection.onConnect(async (model: ChannelModel) => {
      await this.prepare(model);
      const channel = await model.createConfirmChannel();
      channel.on('error', () => undefined);
      channel.on('close', () => {
        if (this.channel === channel) this.channel = undefined;
        void this.connection.reset(model);
      });
      this.channel = channel;
    });
  }

  get ready(): boolean {
    return this.channel !== undefined;
  }

  publish(exchange: string, routingKey: string, body: Buffer, options: Options.Publish): Promise<void> {
    const channel = this.channel;
    if (!channel) return Promise.reject(new BrokerUnavailableError('no open channel'));
    return new Promise<void>((resolve, reject) => {
      try {
        channel.publish(exchange, routingKey, body, { persistent: true, ...options }, (error: unknown) =>
          error ? reject(new BrokerUnavailableError(error instanceof Error ? error.message : 'nacked')) : resolve(),
        );
      } catch (error) {
        // amqplib throws IllegalOperationError for a closed channel; anything else is about the message.
        const message = error instanceof Error ? error.message : String(error);
        reject(error instanceof Error && error.name === 'IllegalOperationError' ? new BrokerUnavailableError(message) : new UnpublishableMessageError(message));
      }
    });
  }
}
