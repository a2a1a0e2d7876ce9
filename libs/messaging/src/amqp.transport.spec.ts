import type { MessageHandler } from '@nestjs/microservices';
import { of } from 'rxjs';
import { AmqpTransport } from './amqp.transport';
import { ConsumerHost, HandlerScope, RegisteredHandler } from './consumer-host';
import { MessageContext } from './message-context';

const envelope = { messageId: 'm-1', type: 'Thing', version: 1, orgId: 'o', correlationId: 'c', occurredAt: '2026-12-03T10:00:00.000Z', payload: {} };

/** The handlers the transport hands the host, without a broker. */
async function registered(setup: (transport: AmqpTransport) => void): Promise<RegisteredHandler[]> {
  const host: ConsumerHost = Object.create(ConsumerHost.prototype);
  let handed: readonly RegisteredHandler[] = [];
  host.start = async (handlers) => {
    handed = handlers;
  };
  const transport = new AmqpTransport(host);
  setup(transport);
  await new Promise<void>((resolve, reject) => void transport.listen((error) => (error ? reject(error) : resolve())));
  return [...handed];
}

function handler(name: string, log: string[], within: () => string): MessageHandler {
  return async () => {
    log.push(`${name} in ${within()}`);
    return of(name);
  };
}

describe('AmqpTransport: the scope each handler runs in', () => {
  it("runs an event's handlers in order, only the last one as the transaction's last", async () => {
    const log: string[] = [];
    let current = 'no scope';
    const [event] = await registered((t) => {
      for (const name of ['first', 'second', 'third']) t.addHandler('thing.happened', handler(name, log, () => current), true);
    });
    const scope: HandlerScope = async (last, work) => {
      current = last ? 'last' : 'kept open';
      try {
        return await work();
      } finally {
        current = 'no scope';
      }
    };
    const result = await event!.invoke({}, new MessageContext(envelope, 1), scope);
    expect(log).toEqual(['first in kept open', 'second in kept open', 'third in last']);
    expect(result).toBe('third');
  });

  it('gives a lone handler the last place', async () => {
    const lasts: boolean[] = [];
    const [event] = await registered((t) => t.addHandler('thing.happened', handler('only', [], () => ''), true));
    await event!.invoke({}, new MessageContext(envelope, 1), (last, work) => (lasts.push(last), work()));
    expect(lasts).toEqual([true]);
  });

  it('runs a handler given no scope (a request) as it is', async () => {
    const log: string[] = [];
    const [request] = await registered((t) => t.addHandler('thing.asked', handler('answer', log, () => 'none'), false));
    await expect(request!.invoke({}, new MessageContext(envelope, 1))).resolves.toBe('answer');
    expect(log).toEqual(['answer in none']);
  });
});
