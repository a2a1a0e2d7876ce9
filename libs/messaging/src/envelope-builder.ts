import { ContractClass, contractInfo, Envelope } from '@mo/contracts';
import { CorrelationContext } from '@mo/context';

/**
 * The envelope of a message this process sends, continuing the current correlation (a message that
 * starts a flow is its own correlation). Outbox rows and RPC requests are both built here.
 */
export function buildEnvelope(contract: ContractClass, payload: object, at: { messageId: string; orgId: string; now: Date }): Envelope {
  const info = contractInfo(contract);
  const correlation = CorrelationContext.current();
  return {
    messageId: at.messageId,
    type: info.type,
    version: info.version,
    orgId: at.orgId,
    correlationId: correlation?.correlationId ?? at.messageId,
    ...(correlation?.causationId ? { causationId: correlation.causationId } : {}),
    occurredAt: at.now.toISOString(),
    payload: { ...(payload as Record<string, unknown>) },
  };
}
