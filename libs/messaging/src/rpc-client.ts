import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';
import { assertValid, contractInfo, PayloadOf, Rpc, RpcReply, routingKeyOf, validateAs } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { AmqpConnection } from './amqp-connection';
import { buildEnvelope } from './envelope-builder';
import { BrokerUnavailableError } from './confirm-publisher';
import { RpcError, RpcTimeoutError } from './errors';
import { Topology } from './topology';

interface Pending {
  resolve(body: unknown): void;
  reject(error: Error): void;
}

/**
 * Request/reply through the rpc exchange both ways. Replies come to an exclusive, server-named queue
 * of this connection (only it can consume it; it vanishes with it), bound by its name. Not RabbitMQ's
 * direct reply-to: replying to that needs write on the default exchange, which would let every app
 * put a message into any queue by name. Requests expire with their timeout, so a late server never
 * acts on a question nobody is waiting for; `mandatory` turns "nobody serves this" into an
 * immediate error instead of a timeout.
 */
export class RpcClient {
  private channel?: Channel;
  private replyQueue = '';
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly connection: AmqpConnection,
    private readonly topology: Topology,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async start(): Promise<void> {
    await this.connection.onConnect((model) => this.open(model));
  }

  async request<Req extends object, Rep extends object>(
    definition: Rpc<Req, Rep>,
    orgId: string,
    payload: PayloadOf<new () => Req>,
    timeoutMs: number,
  ): Promise<Rep> {
    const channel = this.channel;
    if (!channel) throw new BrokerUnavailableError('no open channel');
    const info = contractInfo(definition.request);
    assertValid(definition.request, payload);
    const messageId = this.ids.next();
    const envelope = buildEnvelope(definition.request, payload, { messageId, orgId, now: this.clock.now() });
    const body = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(messageId);
        reject(new RpcTimeoutError(info.type, timeoutMs));
      }, timeoutMs);
      this.pending.set(messageId, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      channel.publish(this.topology.rpcExchange, routingKeyOf(definition.request), Buffer.from(JSON.stringify(envelope)), {
        replyTo: this.replyQueue,
        correlationId: messageId,
        messageId,
        type: info.type,
        contentType: 'application/json',
        expiration: String(timeoutMs),
        mandatory: true,
        persistent: false,
      });
    });
    return this.unwrap(definition, body as RpcReply<unknown>);
  }

  private unwrap<Rep extends object>(definition: Rpc<object, Rep>, body: RpcReply<unknown>): Rep {
    if (!body || typeof body !== 'object') throw new RpcError('bad_reply', 'reply is not an object');
    if (!body.ok) throw new RpcError(body.error?.code ?? 'unknown', body.error?.message ?? 'request failed');
    const result = validateAs(definition.reply, body.result, false);
    if (!result.ok) throw new RpcError('bad_reply', result.message);
    return result.value;
  }

  private async open(model: ChannelModel): Promise<void> {
    const channel = await model.createChannel();
    channel.on('error', () => undefined);
    channel.on('close', () => {
      if (this.channel === channel) this.channel = undefined;
      this.failAll(new BrokerUnavailableError('channel closed while waiting for a reply'));
      void this.connection.reset(model);
    });
    channel.on('return', (message: ConsumeMessage) => {
      const id = message.properties.correlationId;
      this.settle(id, (p) => p.reject(new RpcError('unroutable', `nobody serves ${message.properties.type ?? 'this request'}`)));
    });
    await this.topology.declareExchanges(model);
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
    await channel.bindQueue(queue, this.topology.rpcExchange, queue);
    await channel.consume(queue, (message) => message && this.onReply(message), { noAck: true });
    this.replyQueue = queue;
    this.channel = channel;
  }

  private onReply(message: ConsumeMessage): void {
    let body: unknown;
    try {
      body = JSON.parse(message.content.toString('utf8'));
    } catch {
      body = { ok: false, error: { code: 'bad_reply', message: 'reply is not JSON' } };
    }
    this.settle(message.properties.correlationId, (p) => p.resolve(body));
  }

  private settle(id: string | undefined, action: (pending: Pending) => void): void {
    const pending = id ? this.pending.get(id) : undefined;
    if (!pending || !id) return;
    this.pending.delete(id);
    action(pending);
  }

  private failAll(error: Error): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(error);
    }
  }
}
