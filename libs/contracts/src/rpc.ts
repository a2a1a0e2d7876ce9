import { ContractClass, contractInfo } from './contract';

/** A request contract paired with its reply contract, so callers and handlers are typed end to end. */
export interface Rpc<Req extends object, Rep extends object> {
  readonly request: ContractClass<Req>;
  readonly reply: ContractClass<Rep>;
}

export function rpc<Req extends object, Rep extends object>(request: ContractClass<Req>, reply: ContractClass<Rep>): Rpc<Req, Rep> {
  if (contractInfo(request).kind !== 'request') throw new TypeError(`${request.name} is not a request contract`);
  if (contractInfo(reply).kind !== 'reply') throw new TypeError(`${reply.name} is not a reply contract`);
  return { request, reply };
}

export type RpcReply<R> = { ok: true; result: R } | { ok: false; error: { code: string; message: string } };
