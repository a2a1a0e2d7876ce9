import type { ConsumeMessage } from 'amqplib';
import { ContractClass, Envelope, findContract, routingKeyOf, validateAs } from '@mo/contracts';
import { Headers } from './wire';

/** Why a message went to the dead-letter queue without reaching a handler. */
export type Rejection = { reason: 'malformed_json' | 'invalid_envelope' | 'unknown_type' | 'no_handler' | 'invalid_payload'; error: string };

export interface ParsedDelivery {
  envelope: Envelope;
  contract: ContractClass;
  pattern: string;
  payload: object;
  /** Deliveries that failed before this one. */
  failedAttempts: number;
  /** The inbox key: the original id survives a dead-letter replay, so a replay cannot apply twice. */
  dedupeKey: string;
}

/** Turns raw bytes into a validated message, or says precisely why it cannot be one. Pure. */
export function parseDelivery(message: ConsumeMessage, hasHandler: (pattern: string) => boolean): ParsedDelivery | Rejection {
  let raw: unknown;
  try {
    raw = JSON.parse(message.content.toString('utf8'));
  } catch {
    return { reason: 'malformed_json', error: 'body is not valid JSON' };
  }
  const envelope = validateAs(Envelope, raw, false);
  if (!envelope.ok) return { reason: 'invalid_envelope', error: envelope.message };
  const { type, version } = envelope.value;
  const contract = findContract(type, version);
  if (!contract) return { reason: 'unknown_type', error: `no contract ${type} v${version}` };
  const pattern = routingKeyOf(contract);
  if (!hasHandler(pattern)) return { reason: 'no_handler', error: `no handler for ${pattern}` };
  const payload = validateAs(contract, envelope.value.payload, false);
  if (!payload.ok) return { reason: 'invalid_payload', error: payload.message };
  const headers = message.properties.headers ?? {};
  const replayedFrom = headers[Headers.replayedFrom];
  return {
    envelope: envelope.value,
    contract,
    pattern,
    payload: payload.value,
    failedAttempts: Number(headers[Headers.attempts] ?? 0) || 0,
    dedupeKey: typeof replayedFrom === 'string' && replayedFrom.length > 0 ? replayedFrom : envelope.value.messageId,
  };
}

export function isRejection(value: ParsedDelivery | Rejection): value is Rejection {
  return 'reason' in value;
}

/** Headers for a copy sent to a retry or dead-letter queue. Keeps the first failure time across hops. */
export function failureHeaders(
  message: ConsumeMessage,
  failedAttempts: number,
  error: { message: string; className: string },
  now: Date,
): Record<string, unknown> {
  const headers = message.properties.headers ?? {};
  return {
    ...headers,
    [Headers.attempts]: failedAttempts,
    [Headers.originalRoutingKey]: headers[Headers.originalRoutingKey] ?? message.fields.routingKey,
    [Headers.firstFailureAt]: headers[Headers.firstFailureAt] ?? now.toISOString(),
    [Headers.lastFailureAt]: now.toISOString(),
    [Headers.error]: error.message.slice(0, 1_000),
    [Headers.errorClass]: error.className,
  };
}
