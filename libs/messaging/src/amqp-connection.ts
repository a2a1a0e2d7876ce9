import { Logger } from '@nestjs/common';
import { ChannelModel, connect, Options, RecoveringChannelModel } from 'amqplib';

/**
 * AMQP_URL may list several brokers of one cluster, comma separated
 * (`amqp://u:p@10.0.0.1:5672,amqp://u:p@10.0.0.2:5672`). Each becomes amqplib's connect options.
 */
export function amqpEndpoints(url: string): Options.Connect[] {
  return url.split(',').map((part) => {
    const parsed = new URL(part.trim());
    const heartbeat = parsed.searchParams.get('heartbeat');
    return {
      protocol: parsed.protocol.replace(/:$/, ''),
      hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
      port: Number(parsed.port || (parsed.protocol === 'amqps:' ? 5671 : 5672)),
      username: decodeURIComponent(parsed.username || 'guest'),
      password: decodeURIComponent(parsed.password || 'guest'),
      vhost: decodeURIComponent(parsed.pathname.slice(1)) || '/',
      ...(heartbeat ? { heartbeat: Number(heartbeat) } : {}),
    };
  });
}

/** A plain connection (no recovery) to the first listed broker that accepts one, for tools and tests. */
export async function connectFirst(url: string, options: Parameters<typeof connect>[1] = {}): Promise<ChannelModel> {
  let failure: unknown;
  for (const endpoint of amqpEndpoints(url)) {
    try {
      return await connect(endpoint, options);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export type ConnectionSetup = (model: ChannelModel) => Promise<void>;

/**
 * One AMQP connection per app, recovered by amqplib with backoff. Components register setup hooks that
 * run on every (re)connection and open their own channels there, so a delivery is always acked on
 * the channel it arrived on, and nothing is buffered in memory while the broker is away: publishing
 * fails fast and the outbox keeps the message. With several brokers listed, each failed attempt or
 * lost connection moves on to the next one.
 */
export class AmqpConnection {
  private readonly logger = new Logger('Amqp');
  private readonly setups: ConnectionSetup[] = [];
  private recovering?: RecoveringChannelModel;
  private current?: ChannelModel;
  private closing = false;
  private readonly endpoints: Options.Connect[];
  /** The options amqplib's recovery reads on every attempt; advanced in place to the next broker. */
  private readonly target: Options.Connect;
  private next = 0;

  constructor(
    url: string,
    private readonly name: string,
  ) {
    this.endpoints = amqpEndpoints(url);
    this.target = { ...this.endpoints[0] };
  }

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
      this.target,
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
      this.advance();
      if (!this.closing) this.logger.warn(`broker connection lost: ${error.message}; reconnecting to ${this.target.hostname}:${this.target.port}`);
    });
    this.recovering.on('connect-failed', (error: Error) => {
      this.advance();
      this.logger.warn(`broker connection attempt failed: ${error.message}`);
    });
    this.recovering.on('error', () => undefined);
  }

  private advance(): void {
    if (this.endpoints.length < 2) return;
    this.next = (this.next + 1) % this.endpoints.length;
    Object.assign(this.target, this.endpoints[this.next]);
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
