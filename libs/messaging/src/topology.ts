import type { ChannelModel } from 'amqplib';
import { ContractClass, routingKeyOf } from '@mo/contracts';
import { QueueDeclarer, TopologyMissingError } from './queues';

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

  /**
   * Topic exchange for request/reply; each request type routes to the serving app's rpc queue, each
   * reply to its asker's reply queue, both by literal keys. Topic only so that the broker checks
   * each app's topic permissions on it (infra/db/broker-users.ts): a direct exchange has none.
   */
  get rpcExchange(): string {
    return `${this.prefix}rpc`;
  }

  /**
   * The app's own direct exchange, for moving a message between its own queues: into a retry queue,
   * back from one, into its dead letters, and an operator's replay. Each of those queues is bound by
   * its name. Nothing goes through the default exchange, which would let any user with write on it
   * put a message into any queue by name.
   */
  get requeueExchange(): string {
    return this.requeueExchangeOf(this.app);
  }

  requeueExchangeOf(app: string): string {
    return `${this.prefix}${app}.requeue`;
  }

  get eventsQueue(): string {
    return this.queueOf(this.app);
  }

  /** The requests this app serves: a transient classic queue (queueOptions in queues.ts). */
  get rpcQueue(): string {
    return `${this.prefix}${this.app}.requests`;
  }

  /** The quorum request queue of releases before the classic one: retired when the app starts. */
  get retiredRpcQueue(): string {
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

  /**
   * The shared exchanges. An app's broker user may not configure them (it could delete them), so
   * where the broker refuses it only checks that the setup step declared them.
   */
  async declareExchanges(model: ChannelModel): Promise<void> {
    await this.declare(model, (queues) => this.declareShared(queues));
  }

  /**
   * The setup step's upgrade: a shared exchange an earlier release declared with another type (the
   * rpc exchange was direct) is deleted and declared again. Exchanges hold no messages; what loses
   * its bindings binds again when its app starts. Returns the exchanges replaced.
   */
  async replaceChangedExchanges(model: ChannelModel): Promise<string[]> {
    const replaced: string[] = [];
    await this.declare(model, async (queues) => {
      for (const [name, type] of this.sharedExchanges) if (await queues.replaceExchangeOfOtherType(name, type)) replaced.push(name);
    });
    return replaced;
  }

  private get sharedExchanges(): ReadonlyArray<readonly [string, 'topic']> {
    return [
      [this.eventsExchange, 'topic'],
      [this.rpcExchange, 'topic'],
    ];
  }

  private async declareShared(queues: QueueDeclarer): Promise<void> {
    for (const [name, type] of this.sharedExchanges) {
      if ((await queues.sharedExchange(name, type)) === 'missing') throw new TopologyMissingError(`exchange ${name}`);
    }
  }

  /**
   * Declares every subscriber's events queue and bindings. A publisher runs this before publishing,
   * so an event meant for an app that has never started yet waits in its queue instead of being
   * dropped by an exchange with nothing bound.
   */
  async declareSubscribers(model: ChannelModel): Promise<void> {
    await this.declare(model, async (queues) => {
      await this.declareShared(queues);
      for (const [app, contracts] of Object.entries(this.subscriptions)) {
        if (contracts.length === 0) continue;
        // With an app's own rights this is refused and only checked: the setup step declared it.
        if ((await queues.sharedQueue(this.queueOf(app), { kind: 'events', deadLetterQueue: this.deadLetterQueueOf(app) })) !== 'declared') continue;
        for (const contract of contracts) await queues.bind(this.queueOf(app), this.eventsExchange, routingKeyOf(contract));
      }
    });
  }

  /** The app's own queues: events (bound to what it consumes), retries, dead letters and requests. */
  async declareAppQueues(model: ChannelModel, eventKeys: readonly string[], requestKeys: readonly string[]): Promise<void> {
    await this.declare(model, async (queues) => {
      await this.declareShared(queues);
      const requeue = this.requeueExchange;
      await queues.use(async (channel) => void (await channel.assertExchange(requeue, 'direct', { durable: true })));
      // Dead letters first: the events queue dead-letters into it at least once.
      await queues.queue(this.deadLetterQueue, { kind: 'dead-letters' });
      await queues.bind(this.deadLetterQueue, requeue, this.deadLetterQueue);
      await queues.queue(this.eventsQueue, { kind: 'events', deadLetterQueue: this.deadLetterQueue });
      await queues.bind(this.eventsQueue, requeue, this.eventsQueue);
      for (const key of eventKeys) await queues.bind(this.eventsQueue, this.eventsExchange, key);
      for (const delayMs of new Set(this.retryDelaysMs)) {
        const retry = `${this.prefix}${this.app}.retry.${delayMs}ms`;
        await queues.queue(retry, { kind: 'retry', delayMs, eventsQueue: this.eventsQueue });
        await queues.bind(retry, requeue, retry);
      }
      if (requestKeys.length > 0) {
        await queues.queue(this.rpcQueue, { kind: 'rpc' });
        for (const key of requestKeys) await queues.bind(this.rpcQueue, this.rpcExchange, key);
        // Bound first, so no request finds neither queue bound.
        await queues.retire(this.retiredRpcQueue, this.rpcExchange, requestKeys);
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
