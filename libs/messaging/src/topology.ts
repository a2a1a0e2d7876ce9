import type { Channel } from 'amqplib';
import { ContractClass, routingKeyOf } from '@mo/contracts';

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
  async declareSubscribers(channel: Channel): Promise<void> {
    await this.declareExchanges(channel);
    for (const [app, contracts] of Object.entries(this.subscriptions)) {
      if (contracts.length === 0) continue;
      await channel.assertQueue(this.queueOf(app), { durable: true });
      for (const contract of contracts) await channel.bindQueue(this.queueOf(app), this.eventsExchange, routingKeyOf(contract));
    }
  }

  /** The app's own queues: events (bound to what it consumes), retries, dead letters and requests. */
  async declareAppQueues(channel: Channel, eventKeys: readonly string[], requestKeys: readonly string[]): Promise<void> {
    await this.declareExchanges(channel);
    await channel.assertQueue(this.eventsQueue, { durable: true });
    for (const key of eventKeys) await channel.bindQueue(this.eventsQueue, this.eventsExchange, key);
    for (const delay of new Set(this.retryDelaysMs)) {
      await channel.assertQueue(`${this.prefix}${this.app}.retry.${delay}ms`, {
        durable: true,
        arguments: {
          'x-message-ttl': delay,
          // Expired retries go straight back to this app's queue only, never fanned out to other apps.
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': this.eventsQueue,
        },
      });
    }
    await channel.assertQueue(this.deadLetterQueue, { durable: true });
    if (requestKeys.length > 0) {
      await channel.assertQueue(this.rpcQueue, { durable: true });
      for (const key of requestKeys) await channel.bindQueue(this.rpcQueue, this.rpcExchange, key);
    }
  }
}
