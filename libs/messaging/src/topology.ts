import type { Channel, ChannelModel } from 'amqplib';
import { ContractClass, routingKeyOf } from '@mo/contracts';
import { QueueDeclarer } from './queues';

/**
 * Every exchange and queue name in one place. The prefix keeps test runs and side-by-side
 * deployments on one broker from ever sharing topology.
 */
export class Topology {
  constructor(
    readonly prefix: string,
    readonly app: string,
    readonly retryDelaysMs: readonly number[],
    /** Who consumes what (libs/contracts SUBSCRIPTIONS): declared by publishers too. */
    private readonly subscriptions: Readonly<Record<string, readonly ContractClass[]>> = {},
  ) {}

  /** Durable topic exchange for domain events and commands; routing keys come from contracts. */
  get eventsExchange(): string {
    return `${this.prefix}events`;
  }

  /** Direct exchange for request/reply; each request type routes to the serving app's rpc queue. */
  get rpcExchange(): string {
    return `${this.prefix}rpc`;
  }

  get eventsQueue(): string {
    return this.queueOf(this.app);
  }

  get rpcQueue(): string {
    return `${this.prefix}${this.app}.rpc`;
  }

  get deadLetterQueue(): string {
    return this.deadLetterQueueOf(this.app);
  }

  queueOf(app: string): string {
    return `${this.prefix}${app}.events`;
  }

  deadLetterQueueOf(app: string): string {
    return `${this.prefix}${app}.dlq`;
  }

  /** One queue per delay: per-queue TTL never holds a short delay behind a long one. */
  retryQueue(attempt: number): string {
    const delay = this.retryDelaysMs[Math.min(attempt, this.retryDelaysMs.length) - 1]!;
    return `${this.prefix}${this.app}.retry.${delay}ms`;
  }

  async declareExchanges(channel: Channel): Promise<void> {
    await channel.assertExchange(this.eventsExchange, 'topic', { durable: true });
    await channel.assertExchange(this.rpcExchange, 'direct', { durable: true });
  }

  /**
   * Declares every subscriber's events queue and bindings. A publisher runs this before publishing,
   * so an event meant for an app that has never started yet waits in its queue instead of being
   * dropped by an exchange with nothing bound.
   */
  async declareSubscribers(model: ChannelModel): Promise<void> {
    await this.declare(model, async (queues) => {
      await queues.use((channel) => this.declareExchanges(channel));
      for (const [app, contracts] of Object.entries(this.subscriptions)) {
        if (contracts.length === 0) continue;
        await queues.queue(this.queueOf(app), { kind: 'events', deadLetterQueue: this.deadLetterQueueOf(app) });
        for (const contract of contracts) await queues.bind(this.queueOf(app), this.eventsExchange, routingKeyOf(contract));
      }
    });
  }

  /** The app's own queues: events (bound to what it consumes), retries, dead letters and requests. */
  async declareAppQueues(model: ChannelModel, eventKeys: readonly string[], requestKeys: readonly string[]): Promise<void> {
    await this.declare(model, async (queues) => {
      await queues.use((channel) => this.declareExchanges(channel));
      // Dead letters first: the events queue dead-letters into it at least once.
      await queues.queue(this.deadLetterQueue, { kind: 'dead-letters' });
      await queues.queue(this.eventsQueue, { kind: 'events', deadLetterQueue: this.deadLetterQueue });
      for (const key of eventKeys) await queues.bind(this.eventsQueue, this.eventsExchange, key);
      for (const delayMs of new Set(this.retryDelaysMs)) {
        await queues.queue(`${this.prefix}${this.app}.retry.${delayMs}ms`, { kind: 'retry', delayMs, eventsQueue: this.eventsQueue });
      }
      if (requestKeys.length > 0) {
        await queues.queue(this.rpcQueue, { kind: 'rpc' });
        for (const key of requestKeys) await queues.bind(this.rpcQueue, this.rpcExchange, key);
      }
    });
  }

  private async declare(model: ChannelModel, work: (queues: QueueDeclarer) => Promise<void>): Promise<void> {
    const queues = new QueueDeclarer(model);
    try {
      await work(queues);
    } finally {
      await queues.close();
    }
  }
}
