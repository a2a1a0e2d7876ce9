import { Logger } from '@nestjs/common';
import { ChannelModel, connect, RecoveringChannelModel } from 'amqplib';

export type ConnectionSetup = (model: ChannelModel) => Promise<void>;

/**
 * One AMQP connection per app, recovered by amqplib with backoff. Components register setup hooks that
 * run on every (re)connection and open their own channels there, so a delivery is always acked on
 * the channel it arrived on, and nothing is buffered in memory while the broker is away: publishing
 * fails fast and the outbox keeps the message.
 */
export class AmqpConnection {
  private readonly logger = new Logger('Amqp');
  private readonly setups: ConnectionSetup[] = [];
  private recovering?: RecoveringChannelModel;
  private current?: ChannelModel;
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly name: string,
  ) {}

  get connected(): boolean {
    return this.current !== undefined;
  }

  /** Registers a hook for every connection; runs it at once if already connected. */
  async onConnect(setup: ConnectionSetup): Promise<void> {
    this.setups.push(setup);
    if (this.current) await setup(this.current);
  }

  async start(): Promise<void> {
    if (this.recovering) return;
    this.recovering = await connect(
      this.url,
      {
        clientProperties: { connection_name: this.name },
        // amqplib leaves Nagle's algorithm on. Every channel shares this socket, so a small frame (an
        // ack, a publish) written while another is unacknowledged would wait for the peer's delayed
        // ACK, up to 40 ms on Linux; each frame we write is a complete message worth sending now.
        noDelay: true,
        recovery: {
          initialDelay: 200,
          maxDelay: 5_000,
          waitForConnect: false,
          setup: async (model: ChannelModel) => {
            // Hooks registered while this loop awaits are picked up by it; `current` is set with no
            // await in between, so a hook can never fall between the loop and onConnect's check.
            for (let i = 0; i < this.setups.length; i++) await this.setups[i]!(model);
            this.current = model;
          },
        },
      },
    );
    this.recovering.on('connect', () => this.logger.log('connected to broker'));
    this.recovering.on('disconnect', (error: Error) => {
      this.current = undefined;
      if (!this.closing) this.logger.warn(`broker connection lost: ${error.message}; reconnecting`);
    });
    this.recovering.on('connect-failed', (error: Error) => {
      this.logger.warn(`broker connection attempt failed: ${error.message}`);
    });
    this.recovering.on('error', () => undefined);
  }

  /** Forces a reconnect, e.g. after a channel died on its own while the connection stayed up. */
  async reset(model: ChannelModel): Promise<void> {
    if (this.current === model && !this.closing) await model.close().catch(() => undefined);
  }

  async waitUntilConnected(timeoutMs: number): Promise<void> {
    if (this.current) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`broker not reachable within ${timeoutMs} ms`)), timeoutMs);
      this.recovering?.once('connect', () => (clearTimeout(timer), resolve()));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.current = undefined;
    await this.recovering?.close();
  }
}
