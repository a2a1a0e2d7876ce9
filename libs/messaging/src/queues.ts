import type { Channel, ChannelModel, Options } from 'amqplib';

/**
 * A backstop under our own attempt counting (x-mo-attempts and the retry queues): a message the
 * broker hands out this many times without an ack (a consumer that crashes on it, channels that keep
 * dying) is dead-lettered instead of circling for ever. Our retries republish a new message, so they
 * never count towards it.
 */
export const DELIVERY_LIMIT = 20;

/** Every durable queue we declare, by role, with RabbitMQ 3.10's quorum queue arguments. */
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
      // No dead-lettering: a request carries its caller's timeout as its expiration, and one that
      // expires or keeps failing has no one waiting for it any more.
      return { ...quorum, 'x-delivery-limit': DELIVERY_LIMIT };
    case 'retry':
      // Expired retries go straight back to this app's queue only, never fanned out to other apps.
      return { ...quorum, ...atLeastOnce, 'x-message-ttl': role.delayMs, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': role.eventsQueue };
    case 'dead-letters':
      return { ...quorum, 'x-overflow': 'reject-publish' };
  }
}

/** Topology an app's own broker user may not create: the setup step (`npm run migrate`) must have. */
export class TopologyMissingError extends Error {
  constructor(what: string) {
    super(`${what} does not exist and this broker user may not create it; run the setup step (npm run migrate) with the broker's admin user first`);
    this.name = 'TopologyMissingError';
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
    const options: Options.AssertQueue = { durable: true, arguments: queueArguments(role) };
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
      (channel) => channel.assertExchange(name, type, { durable: true }),
      (channel) => channel.checkExchange(name),
    );
  }

  async sharedQueue(name: string, role: QueueRole): Promise<SharedOutcome> {
    return this.orCheck(
      () => this.queue(name, role),
      (channel) => channel.checkQueue(name),
    );
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
