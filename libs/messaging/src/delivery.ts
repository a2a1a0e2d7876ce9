import type { ConsumeMessage } from 'amqplib';
import { ContractClass, Envelope, findContract, jsonNestingDepth, MAX_JSON_DEPTH, routingKeyOf, validateAs } from '@mo/contracts';
import { Headers } from './wire';

/** Why a message went to the dead-letter queue without reaching a handler. */
export type Rejection = { reason: 'malformed_json' | 'body_too_deep' | 'invalid_envelope' | 'unknown_type' | 'no_handler' | 'invalid_payload'; error: string };

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

/**
 * Turns raw bytes into a validated message, or says precisely why it cannot be one. Pure, and it
 * never throws: whatever goes wrong makes a rejection, which the host dead-letters.
 */
export function parseDelivery(message: ConsumeMessage, hasHandler: (pattern: string) => boolean): ParsedDelivery | Rejection {
  try {
    return parse(message, hasHandler);
  } catch (error) {
    return { reason: 'invalid_envelope', error: `cannot read the message: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300) };
  }
}

/** A missing, negative, fractional or non-numeric count is the first attempt: never a retry queue that does not exist. */
function failedAttemptsOf(header: unknown): number {
  const count = typeof header === 'number' ? header : typeof header === 'string' && /^\d{1,6}$/.test(header) ? Number(header) : 0;
  return Number.isSafeInteger(count) && count > 0 ? count : 0;
}

function parse(message: ConsumeMessage, hasHandler: (pattern: string) => boolean): ParsedDelivery | Rejection {
  if (jsonNestingDepth(message.content) > MAX_JSON_DEPTH) return { reason: 'body_too_deep', error: `body nests deeper than ${MAX_JSON_DEPTH} levels` };
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
    failedAttempts: failedAttemptsOf(headers[Headers.attempts]),
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
