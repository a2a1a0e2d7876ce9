import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import { ConsumerHost, RegisteredHandler } from './consumer-host';
import { MessageContext } from './message-context';

/**
 * The Nest side of the transport: collects the app's `@OnMessage`/`@OnRequest` handlers and hands
 * them to the ConsumerHost, which owns channels, acks, retries and dead letters.
 */
export class AmqpTransport extends Server implements CustomTransportStrategy {
  constructor(private readonly host: ConsumerHost) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.host.start([...this.messageHandlers.entries()].map(([pattern, handler]) => this.register(pattern, handler)));
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

  private register(pattern: string, handler: MessageHandler): RegisteredHandler {
    return {
      pattern,
      kind: handler.isEventHandler ? 'event' : 'request',
      invoke: async (payload: object, context: MessageContext) => {
        const result = await handler(payload, context);
        return lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
      },
    };
  }
}
