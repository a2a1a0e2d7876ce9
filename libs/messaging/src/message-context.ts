import { BaseRpcContext } from '@nestjs/microservices';
import { Envelope } from '@mo/contracts';

/** What a handler may know about the message besides its payload (`@Ctx() ctx: MessageContext`). */
export class MessageContext extends BaseRpcContext<[Envelope, number]> {
  constructor(envelope: Envelope, attempt: number) {
    super([envelope, attempt]);
  }

  get envelope(): Envelope {
    return this.args[0];
  }

  /** 1 on first delivery, 2 on the first retry, and so on. */
  get attempt(): number {
    return this.args[1];
  }
}
