import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { ConsumerHost, HandlerScope, RegisteredHandler } from './consumer-host';
import { MessageContext } from './message-context';

/**
 * The Nest side of the transport: collects the app's `@OnMessage`/`@OnRequest` handlers and hands
 * them to the ConsumerHost, which owns channels, acks, retries and dead letters.
 */
export class AmqpTransport extends Server implements CustomTransportStrategy {
  /** Handlers by pattern, in registration order. */
  private readonly handlers = new Map<string, MessageHandler[]>();

  constructor(private readonly host: ConsumerHost) {
    super();
  }

  /**
   * Nest chains several handlers of one event through `next` and runs them concurrently; here they
   * run one after another, in the message's one transaction, so their order is defined and a
   * failure of any of them rolls back all of them.
   */
  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler = false, extras: Record<string, unknown> = {}): void {
    const key = this.normalizePattern(pattern as string);
    const existing = this.handlers.get(key) ?? [];
    if (existing.length > 0 && !isEventHandler) throw new TypeError(`${key} has more than one request handler`);
    callback.isEventHandler = isEventHandler;
    callback.extras = extras;
    this.handlers.set(key, [...existing, callback]);
    if (existing.length === 0) this.messageHandlers.set(key, callback);
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.host.start([...this.handlers.entries()].map(([pattern, handlers]) => this.register(pattern, handlers)));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  async close(): Promise<void> {
    await this.host.drain();
  }

  on(): void {
    /* the host reports through its own observer */
  }

  unwrap<T>(): T {
    return this.host as T;
  }

  private register(pattern: string, handlers: MessageHandler[]): RegisteredHandler {
    return {
      pattern,
      kind: handlers[0]!.isEventHandler ? 'event' : 'request',
      invoke: async (payload: object, context: MessageContext, scope?: HandlerScope) => {
        let result: unknown;
        for (const [i, handler] of handlers.entries()) {
          const work = async () => lastValueFrom(this.transformToObservable(await handler(payload, context)), { defaultValue: undefined });
          result = scope ? await scope(i === handlers.length - 1, work) : await work();
        }
        return result;
      },
    };
  }
}
