import { createHash } from 'node:crypto';
import type { GetMessage } from 'amqplib';
import { contractInfo, findContract } from '@mo/contracts';
import { Headers } from '@mo/messaging';

/** One message in an app's dead-letter queue, as an operator sees it. */
export interface DeadLetter {
  /** The envelope's messageId; for a body that is not an envelope, the AMQP message id or a content hash. */
  id: string;
  app: string;
  reason: string;
  type: string;
  version: number | null;
  routingKey: string;
  orgId: string | null;
  correlationId: string | null;
  attempts: number;
  firstFailureAt: string | null;
  lastFailureAt: string | null;
  error: string | null;
  errorClass: string | null;
  /** Set when this message is itself a replay: the id of the message first dead-lettered. */
  replayedFrom: string | null;
  /** Requests are not replayed: whoever asked stopped waiting long ago. */
  replayable: boolean;
  envelope: Record<string, unknown> | null;
  body: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** Reads a dead-lettered delivery. Pure: it only looks at the bytes and headers. */
export function readDeadLetter(app: string, message: Pick<GetMessage, 'content' | 'properties' | 'fields'>): DeadLetter {
  const headers = (message.properties.headers ?? {}) as Record<string, unknown>;
  const body = message.content.toString('utf8');
  let envelope: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) envelope = parsed as Record<string, unknown>;
  } catch {
    envelope = null;
  }
  const type = text(envelope?.type) ?? text(message.properties.type) ?? 'unknown';
  const version = typeof envelope?.version === 'number' ? envelope.version : null;
  const contract = version === null ? undefined : findContract(type, version);
  return {
    id: text(envelope?.messageId) ?? text(message.properties.messageId) ?? createHash('sha256').update(message.content).digest('hex').slice(0, 32),
    app,
    reason: text(headers[Headers.reason]) ?? 'unknown',
    type,
    version,
    routingKey: text(headers[Headers.originalRoutingKey]) ?? message.fields.routingKey,
    orgId: text(envelope?.orgId) ?? text(headers['x-mo-org-id']),
    correlationId: text(envelope?.correlationId) ?? text(message.properties.correlationId),
    attempts: Number(headers[Headers.attempts] ?? 0) || 0,
    firstFailureAt: text(headers[Headers.firstFailureAt]),
    lastFailureAt: text(headers[Headers.lastFailureAt]),
    error: text(headers[Headers.error]),
    errorClass: text(headers[Headers.errorClass]),
    replayedFrom: text(headers[Headers.replayedFrom]),
    replayable: !contract || contractInfo(contract).kind !== 'request',
    envelope,
    body,
  };
}
