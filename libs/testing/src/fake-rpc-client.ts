import { contractInfo, type Rpc } from '@mo/contracts';

export interface RecordedRequest {
  type: string;
  orgId: string;
  payload: object;
}

/**
 * The RPC client port, in memory, for the service tier: each request type is answered by the
 * handler a test gave it, and every request is recorded. A request nobody answers fails, as one to
 * an app that is not running would.
 */
export class FakeRpcClient {
  readonly requests: RecordedRequest[] = [];
  private readonly handlers = new Map<string, (payload: object) => object>();

  answer<Req extends object, Rep extends object>(definition: Rpc<Req, Rep>, handler: (payload: Req) => Rep): void {
    this.handlers.set(contractInfo(definition.request).type, (payload) => handler(payload as Req));
  }

  /** The real client opens its channel here; the fake has none to open. */
  async start(): Promise<void> {}

  async request<Req extends object, Rep extends object>(definition: Rpc<Req, Rep>, orgId: string, payload: Req, _timeoutMs: number): Promise<Rep> {
    const type = contractInfo(definition.request).type;
    this.requests.push({ type, orgId, payload });
    const handler = this.handlers.get(type);
    if (!handler) throw new Error(`nothing answers ${type} in this test`);
    return handler(payload) as Rep;
  }
}
