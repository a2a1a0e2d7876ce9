import { Logger } from '@nestjs/common';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import { Envelope } from '@mo/contracts';
import { Clock, CorrelationContext } from '@mo/context';
import { TenantDb } from '@mo/database';
import { AmqpConnection } from './amqp-connection';
import { ConfirmPublisher } from './confirm-publisher';
import { failureHeaders, isRejection, parseDelivery, ParsedDelivery, Rejection } from './delivery';
import { PermanentError, RpcError } from './errors';
import { InboxRepository } from './inbox.repository';
import { MessageContext } from './message-context';
import { Topology } from './topology';
import { Headers } from './wire';

/**
 * How the host runs each of an event's handlers: the last one may end the transaction at its final
 * statement (TenantDb.endAtFinal), the ones before it keep it open for the next.
 */
export type HandlerScope = (last: boolean, work: () => Promise<unknown>) => Promise<unknown>;

export interface RegisteredHandler {
  pattern: string;
  kind: 'event' | 'request';
  invoke(payload: object, context: MessageContext, scope?: HandlerScope): Promise<unknown>;
}

export interface ConsumerObserver {
  consumed?(type: string, outcome: 'handled' | 'duplicate' | 'retried' | 'dead_lettered'): void;
}

type Outcome = { kind: 'ack' } | { kind: 'retry'; error: Error } | { kind: 'dead'; reason: string; error: Error };

/**
 * Runs the app's handlers against its queues. Each event is handled in one tenant transaction that
 * also records it in the inbox, and is acked only after that transaction commits. Failures are
 * retried through TTL queues and then dead-lettered; nothing a message contains can crash the process
 * or block the queue.
 */
export class ConsumerHost {
  private readonly logger = new Logger('Consumer');
  private readonly events = new Map<string, RegisteredHandler>();
  private readonly requests = new Map<string, RegisteredHandler>();
  private readonly consumers: Array<{ channel: Channel; tag: string }> = [];
  private inFlight = 0;
  private idle?: () => void;
  private draining = false;
  private started = false;

  constructor(
    private readonly connection: AmqpConnection,
    private readonly publisher: ConfirmPublisher,
    private readonly topology: Topology,
    private readonly db: TenantDb,
    private readonly inbox: InboxRepository,
    private readonly clock: Clock,
    private readonly prefetch: number,
    private readonly observer: ConsumerObserver = {},
  ) {}

  async start(handlers: readonly RegisteredHandler[]): Promise<void> {
    if (this.started) throw new Error('ConsumerHost already started');
    this.started = true;
    for (const handler of handlers) (handler.kind === 'event' ? this.events : this.requests).set(handler.pattern, handler);
    await this.connection.onConnect((model) => this.subscribe(model));
  }

  /** Stops taking messages and waits for the ones in hand; unacked ones return to the queue. */
  async drain(timeoutMs = 15_000): Promise<void> {
    this.draining = true;
    await Promise.all(this.consumers.splice(0).map(({ channel, tag }) => channel.cancel(tag).catch(() => undefined)));
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.idle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async subscribe(model: ChannelModel): Promise<void> {
    if (this.draining) return;
    await this.topology.declareAppQueues(model, [...this.events.keys()], [...this.requests.keys()]);
    const channel = await model.createChannel();
    channel.on('error', () => undefined);
    channel.on('close', () => void this.connection.reset(model));
    await channel.prefetch(this.prefetch);
    const events = await channel.consume(this.topology.eventsQueue, (m) => m && void this.track(() => this.onEvent(channel, m)));
    this.consumers.push({ channel, tag: events.consumerTag });
    if (this.requests.size > 0) {
      // The request queue is transient (queues.ts): when its node goes, the broker deletes it and
      // cancels this consumer (a null message). Reconnecting declares it again on a node we reach.
      const rpc = await channel.consume(this.topology.rpcQueue, (m) => (m ? void this.track(() => this.onRequest(channel, m)) : this.cancelled(model)));
      this.consumers.push({ channel, tag: rpc.consumerTag });
    }
  }

  private cancelled(model: ChannelModel): void {
    if (this.draining) return;
    this.logger.warn(`the broker cancelled the consumer of ${this.topology.rpcQueue} (its queue was deleted); reconnecting to declare it again`);
    void this.connection.reset(model);
  }

  private async track(work: () => Promise<void>): Promise<void> {
    this.inFlight++;
    try {
      await work();
    } catch (error) {
      this.logger.error(`unexpected consumer failure: ${describe(error).message}`);
    } finally {
      if (--this.inFlight === 0) this.idle?.();
    }
  }

  private async onEvent(channel: Channel, message: ConsumeMessage): Promise<void> {
    const parsed = parseDelivery(message, (p) => this.events.has(p));
    const outcome = isRejection(parsed) ? rejected(parsed) : await this.handleEvent(parsed);
    const type = isRejection(parsed) ? 'unknown' : parsed.envelope.type;
    const failed = isRejection(parsed) ? 0 : parsed.failedAttempts;
    await this.settle(channel, message, outcome, failed, type);
  }

  private async handleEvent(delivery: ParsedDelivery): Promise<Outcome | { kind: 'duplicate' }> {
    const handler = this.events.get(delivery.pattern)!;
    const consumer = `${this.topology.app}:${delivery.pattern}`;
    try {
      const handled = await this.withinMessage(delivery.envelope, async () => {
        if (!(await this.recordInbox(consumer, delivery.dedupeKey))) return false;
        // Nothing is written after the last handler but the COMMIT, so its final statement may carry it.
        await handler.invoke(delivery.payload, new MessageContext(delivery.envelope, delivery.failedAttempts + 1), this.handlerScope);
        return true;
      });
      return handled ? { kind: 'ack' } : { kind: 'duplicate' };
    } catch (error) {
      const err = asError(error);
      if (error instanceof PermanentError) return { kind: 'dead', reason: 'permanent_failure', error: err };
      if (delivery.failedAttempts + 1 > this.topology.retryDelaysMs.length) {
        return { kind: 'dead', reason: 'retries_exhausted', error: err };
      }
      return { kind: 'retry', error: err };
    }
  }

  private readonly handlerScope: HandlerScope = (last, work) => (last ? this.db.endAtFinal(work) : this.db.keepOpen(work));

  private async recordInbox(consumer: string, key: string): Promise<boolean> {
    try {
      return await this.inbox.record(consumer, key, this.clock.now());
    } catch (error) {
      if ((error as { code?: string }).code === '23503') throw new PermanentError('unknown tenant');
      throw error;
    }
  }

  private withinMessage<T>(envelope: Envelope, work: () => Promise<T>): Promise<T> {
    const correlation = { correlationId: envelope.correlationId, causationId: envelope.messageId };
    return CorrelationContext.run(correlation, () => this.db.run(envelope.orgId, work));
  }

  private async settle(
    channel: Channel,
    message: ConsumeMessage,
    outcome: Outcome | { kind: 'duplicate' },
    failedAttempts: number,
    type: string,
  ): Promise<void> {
    try {
      if (outcome.kind === 'retry') {
        const attempts = failedAttempts + 1;
        await this.republish(this.topology.retryQueue(attempts), message, failureHeaders(message, attempts, describe(outcome.error), this.clock.now()));
        this.logger.warn(`${type} failed (attempt ${attempts}), retrying: ${outcome.error.message}`);
      } else if (outcome.kind === 'dead') {
        const headers = {
          ...failureHeaders(message, failedAttempts + 1, describe(outcome.error), this.clock.now()),
          [Headers.reason]: outcome.reason,
          [Headers.consumer]: this.topology.app,
        };
        await this.republish(this.topology.deadLetterQueue, message, headers);
        this.logger.warn(`${type} dead-lettered (${outcome.reason}): ${outcome.error.message}`);
      }
      safely(() => channel.ack(message));
      this.observer.consumed?.(type, outcomeName(outcome.kind));
    } catch (error) {
      // The copy was not confirmed, so the original must stay: hand it back to the broker.
      this.logger.warn(`could not move ${type} to ${outcome.kind} queue: ${describe(error).message}`);
      safely(() => channel.nack(message, false, true));
    }
  }

  private republish(queue: string, message: ConsumeMessage, headers: Record<string, unknown>): Promise<void> {
    const { properties } = message;
    return this.publisher.publish(this.topology.requeueExchange, queue, message.content, {
      persistent: true,
      contentType: properties.contentType,
      messageId: properties.messageId,
      correlationId: properties.correlationId,
      type: properties.type,
      appId: properties.appId,
      timestamp: properties.timestamp,
      headers,
    });
  }

  /** Replies through the rpc exchange, routed by the asker's reply queue name (see RpcClient). */
  private reply(channel: Channel, replyTo: string, correlationId: string | undefined, body: unknown): void {
    safely(() => channel.publish(this.topology.rpcExchange, replyTo, Buffer.from(JSON.stringify(body)), { correlationId, contentType: 'application/json' }));
  }

  private async onRequest(channel: Channel, message: ConsumeMessage): Promise<void> {
    const { replyTo, correlationId } = message.properties;
    const parsed = parseDelivery(message, (p) => this.requests.has(p));
    if (isRejection(parsed) || !replyTo) {
      const rejection = isRejection(parsed) ? parsed : { reason: 'invalid_envelope', error: 'request has no replyTo' };
      if (replyTo) this.reply(channel, replyTo, correlationId, { ok: false, error: { code: 'bad_request', message: rejection.error } });
      await this.settle(channel, message, { kind: 'dead', reason: rejection.reason, error: new Error(rejection.error) }, 0, 'request');
      return;
    }
    const handler = this.requests.get(parsed.pattern)!;
    try {
      const result = await this.withinMessage(parsed.envelope, () => handler.invoke(parsed.payload, new MessageContext(parsed.envelope, 1)));
      this.reply(channel, replyTo, correlationId, { ok: true, result });
    } catch (error) {
      const code = error instanceof RpcError ? error.code : 'internal_error';
      const text = error instanceof RpcError ? error.message : 'the request could not be handled';
      if (!(error instanceof RpcError)) this.logger.error(`${parsed.envelope.type} request failed: ${describe(error).message}`);
      this.reply(channel, replyTo, correlationId, { ok: false, error: { code, message: text } });
    }
    safely(() => channel.ack(message));
    this.observer.consumed?.(parsed.envelope.type, 'handled');
  }
}

function rejected(rejection: Rejection): Outcome {
  return { kind: 'dead', reason: rejection.reason, error: Object.assign(new Error(rejection.error), { name: 'RejectedMessage' }) };
}

function outcomeName(kind: string): 'handled' | 'duplicate' | 'retried' | 'dead_lettered' {
  return kind === 'ack' ? 'handled' : kind === 'retry' ? 'retried' : kind === 'dead' ? 'dead_lettered' : 'duplicate';
}


/** A channel that closed under us cannot ack; the broker redelivers and the inbox absorbs it. */
function safely(action: () => void): void {
  try {
    action();
  } catch {
    /* channel gone */
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function describe(error: unknown): { message: string; className: string } {
  const err = asError(error);
  return { message: err.message, className: err.name || err.constructor.name };
}
