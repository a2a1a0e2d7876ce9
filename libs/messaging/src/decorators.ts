import { ContractClass, contractInfo, Rpc, routingKeyOf } from '@mo/contracts';
import { EventPattern, MessagePattern } from '@nestjs/microservices';

/** Subscribes a handler to an event or command contract. The routing key comes from the contract. */
export function OnMessage(contract: ContractClass): MethodDecorator {
  const { kind, type } = contractInfo(contract);
  if (kind !== 'event' && kind !== 'command') throw new TypeError(`${type} is a ${kind}; use @OnRequest`);
  return EventPattern<string>(routingKeyOf(contract));
}

/** Serves a request contract; the handler's return value is the reply. */
export function OnRequest(definition: Rpc<object, object>): MethodDecorator {
  return MessagePattern<string>(routingKeyOf(definition.request));
}
