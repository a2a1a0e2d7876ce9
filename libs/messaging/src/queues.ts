import type { Channel, ChannelModel, Options } from 'amqplib';

/**
 * A backstop under our own attempt counting (x-mo-attempts and the retry queues): a message the
 * broker hands out this many times without an ack (a consumer that crashes on it, channels that keep
 * dying) is dead-lettered instead of circling for ever. Our retries republish a new message, so they
 * never count towards it.
 */
export const DELIVERY_LIMIT = 20;

/**
 * Every queue we declare, by role: the durable ones with RabbitMQ 3.10's quorum queue arguments, and
 * the request queue (`rpc`) as a transient classic queue (see `queueOptions`).
 */
export type QueueRole =
  | { kind: 'events'; deadLetterQueue: string }
  | { kind: 'rpc' }
  | { kind: 'retry'; delayMs: number; eventsQueue: string }
  | { kind: 'dead-letters' };

/**
 * The quorum queue arguments for each role: replicated, and where a message moves on by
 * dead-lettering (an expired retry, a message past the delivery limit) the move is at-least-once,
 * which 3.10 allows only with `reject-publish` overflow.
 */
export function queueArguments(role: QueueRole): Record<string, unknown> {
  const quorum = { 'x-queue-type': 'quorum' };
  const atLeastOnce = { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' };
  switch (role.kind) {
    case 'events':
      // Dead-lettering is the broker's own move, checked against no user; only *creating* a queue that
      // dead-letters through the default exchange needs write on it, so the setup step creates them.
      return { ...quorum, ...atLeastOnce, 'x-delivery-limit': DELIVERY_LIMIT, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': role.deadLetterQueue };
    case 'rpc':
      // Classic and transient (queueOptions): a request is worth something only while its caller
      // waits, and it carries that wait as its expiration, so the broker discards it at the head of
      // the queue once nobody waits, redelivered or not; no dead-lettering and no delivery limit.
      return { 'x-queue-type': 'classic' };
    case 'retry':
      // Expired retries go straight back to this app's queue only, never fanned out to other apps.
      return { ...quorum, ...atLeastOnce, 'x-message-ttl': role.delayMs, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': role.eventsQueue };
    case 'dead-letters':
      return { ...quorum, 'x-overflow': 'reject-publish' };
  }
}

/**
 * How a queue of each role is declared. Every queue is durable and quorum but the request queue: a
 * classic, non-durable queue on the node its first server declared it on. The broker delivers from
 * it without first writing a Raft log (a quorum queue's request hop was 1.9 ms of a quiet confirm,
 * a classic one's 1.0 ms), and what it gives up is worth nothing to a request. A broker restart or
 * the loss of its node drops the queue and the requests in it; their callers time out and answer
 * "try again" (503 otp_unavailable), as they already do for a request in flight on a lost node, the
 * platform retries, and a server redeclares the queue on a node it reaches (ConsumerHost resubscribes
 * when the broker cancels its consumer). Until then a request is unroutable and fails at once
 * (`mandatory`), not after its timeout. A server that dies holding a request hands it back unacked,
 * and another server answers it; a code check answers a redelivery as it answered the first copy.
 */
export function queueOptions(role: QueueRole): Options.AssertQueue {
  return { durable: role.kind !== 'rpc', arguments: queueArguments(role) };
}

/** Topology an app's own broker user may not create: the setup step (`npm run migrate`) must have. */
export class TopologyMissingError extends Error {
  constructor(what: string) {
    super(`${what} does not exist and this broker user may not create it; run the setup step (npm run migrate) with the broker's admin user first`);
    this.name = 'TopologyMissingError';
  }
}

/** A shared exchange an earlier release declared with another type: only the setup step replaces it. */
export class ExchangeTypeError extends Error {
  constructor(name: string, type: string) {
    super(`exchange ${name} exists with a type other than ${type} (a direct rpc exchange from an earlier release?); run the setup step (npm run migrate), which replaces it, then start the apps (docs/runbook.md)`);
    this.name = 'ExchangeTypeError';
  }
}

/** Shared topology declared here, found as the setup step declared it, or missing. */
export type SharedOutcome = 'declared' | 'found' | 'missing';

/**
 * A queue declared by an earlier release with other arguments (a classic queue from before quorum
 * queues, or older settings) that still holds messages or consumers; see docs/runbook.md.
 */
export class ClassicQueueError extends Error {
  constructor(queue: string, why: string) {
    super(
      `queue ${queue} exists with other arguments (a classic queue from an earlier release?) and ${why}, so it cannot be replaced by this release's quorum queue now. ` +
        'Stop the old release, let it drain, and follow "Moving to quorum queues" in docs/runbook.md.',
    );
    this.name = 'ClassicQueueError';
  }
}

/**
 * Declares queues on one channel of their own. A queue an earlier release declared differently (a
 * classic queue) is replaced on the spot when it is empty and has no consumers (the broker checks
 * both atomically); one that still holds messages is refused with a ClassicQueueError, never dropped.
 */
export class QueueDeclarer {
  private channel?: Channel;
  /** The broker refused to let this user configure shared topology once: it will again. */
  private refused = false;

  constructor(private readonly model: ChannelModel) {}

  async queue(name: string, role: QueueRole): Promise<void> {
    const options = queueOptions(role);
    try {
      await (await this.open()).assertQueue(name, options);
    } catch (error) {
      this.channel = undefined;
      if ((error as { code?: number }).code === 403) throw new TopologyMissingError(`queue ${name}`);
      if (!isArgumentMismatch(error)) throw error;
      await this.replaceClassic(name);
      await (await this.open()).assertQueue(name, options);
    }
  }

  /**
   * Declares topology the app does not own (a shared exchange, another app's queue or exchange) when
   * the broker lets it, as the setup step's admin user and tests' users may; under an app's own user
   * the broker refuses, and it is only checked.
   */
  async sharedExchange(name: string, type: 'topic' | 'direct'): Promise<SharedOutcome> {
    return this.orCheck(
      (channel) => this.exchange(channel, name, type),
      (channel) => channel.checkExchange(name),
    );
  }

  /** For the setup step: declares `name`, deleting it first if it exists with another type. */
  async replaceExchangeOfOtherType(name: string, type: 'topic' | 'direct'): Promise<boolean> {
    try {
      await this.exchange(await this.open(), name, type);
      return false;
    } catch (error) {
      this.channel = undefined;
      if (!(error instanceof ExchangeTypeError)) throw error;
      const channel = await this.open();
      await channel.deleteExchange(name);
      await channel.assertExchange(name, type, { durable: true });
      return true;
    }
  }

  private async exchange(channel: Channel, name: string, type: 'topic' | 'direct'): Promise<void> {
    try {
      await channel.assertExchange(name, type, { durable: true });
    } catch (error) {
      // 406 PRECONDITION_FAILED: it exists with another type (or other flags).
      if ((error as { code?: number }).code === 406) throw new ExchangeTypeError(name, type);
      throw error;
    }
  }

  async sharedQueue(name: string, role: QueueRole): Promise<SharedOutcome> {
    return this.orCheck(
      () => this.queue(name, role),
      (channel) => channel.checkQueue(name),
    );
  }

  /**
   * Retires a queue an earlier release served from: `keys` are unbound from `exchange`, so nothing new
   * reaches it, and it is deleted once it holds no messages and has no consumers (an old instance
   * still draining it keeps it until a later start). Checked, then deleted without conditions: a
   * quorum queue refuses `if-unused` and `if-empty` by closing the whole connection, and with its
   * bindings gone nothing can arrive in between. A queue that does not exist is left alone.
   */
  async retire(name: string, exchange: string, keys: readonly string[]): Promise<'absent' | 'deleted' | 'unbound'> {
    if ((await this.inspect(name)) === undefined) return 'absent';
    for (const key of keys) await (await this.open()).unbindQueue(name, exchange, key);
    const state = await this.inspect(name);
    if (!state) return 'absent';
    if (state.messageCount > 0 || state.consumerCount > 0) return 'unbound';
    await (await this.open()).deleteQueue(name);
    return 'deleted';
  }

  private async inspect(name: string): Promise<{ messageCount: number; consumerCount: number } | undefined> {
    try {
      return await (await this.open()).checkQueue(name);
    } catch (error) {
      this.channel = undefined;
      if ((error as { code?: number }).code === 404) return undefined;
      throw error;
    }
  }

  async bind(queue: string, exchange: string, key: string): Promise<void> {
    await (await this.open()).bindQueue(queue, exchange, key);
  }

  /** Anything else to declare (exchanges) on the same channel. */
  async use(work: (channel: Channel) => Promise<void>): Promise<void> {
    await work(await this.open());
  }

  async close(): Promise<void> {
    await this.channel?.close().catch(() => undefined);
    this.channel = undefined;
  }

  private async orCheck(declare: (channel: Channel) => Promise<unknown>, check: (channel: Channel) => Promise<unknown>): Promise<SharedOutcome> {
    if (this.refused) return this.passively(check);
    try {
      await declare(await this.open());
      return 'declared';
    } catch (error) {
      this.channel = undefined;
      if (!(error instanceof TopologyMissingError) && (error as { code?: number }).code !== 403) throw error;
      this.refused = true;
      return this.passively(check);
    }
  }

  /** A refused declaration closes the channel; so does a check of something missing. */
  private async passively(check: (channel: Channel) => Promise<unknown>): Promise<SharedOutcome> {
    try {
      await check(await this.open());
      return 'found';
    } catch (error) {
      this.channel = undefined;
      if ((error as { code?: number }).code !== 404) throw error;
      return 'missing';
    }
  }

  private async replaceClassic(name: string): Promise<void> {
    try {
      await (await this.open()).deleteQueue(name, { ifEmpty: true, ifUnused: true });
    } catch (error) {
      this.channel = undefined;
      const text = error instanceof Error ? error.message : String(error);
      throw new ClassicQueueError(name, /in use/.test(text) ? 'still has consumers' : 'still holds messages');
    }
  }

  private async open(): Promise<Channel> {
    if (!this.channel) {
      this.channel = await this.model.createChannel();
      this.channel.on('error', () => undefined);
    }
    return this.channel;
  }
}

function isArgumentMismatch(error: unknown): boolean {
  return (error as { code?: number }).code === 406 && /inequivalent arg/.test((error as Error).message);
}
