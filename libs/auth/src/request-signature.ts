import { constantTimeEqual, hmacSha256 } from '@mo/crypto';

export const SIGNATURE_HEADER = 'x-mo-signature';
export const TIMESTAMP_HEADER = 'x-mo-timestamp';
export const NONCE_HEADER = 'x-mo-nonce';
/** A signature is good this long either side of our clock; its nonce is remembered as long. */
export const TOLERANCE_SECONDS = 300;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

export type SignatureCheck = 'valid' | 'missing' | 'stale' | 'mismatch';

/** What a signature covers: the whole request as the client sent it. */
export interface SignedRequest {
  method: string;
  /** The path with its query string, exactly as sent (`request.url`). */
  pathWithQuery: string;
  /** Unix seconds. */
  timestamp: number;
  nonce: string;
  body: Buffer | string;
}

/**
 * `v2=` + hex HMAC-SHA256(secret, "v2\n" METHOD "\n" path?query "\n" timestamp "\n" nonce "\n" body).
 * Worked example: docs/runbook.md, "Request signatures".
 */
export function signRequest(secret: string, request: SignedRequest): string {
  const head = `v2\n${request.method.toUpperCase()}\n${request.pathWithQuery}\n${request.timestamp}\n${request.nonce}\n`;
  return `v2=${hmacSha256(secret, Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(request.body)])).toString('hex')}`;
}

/** Checks the headers against the request: present, within ±5 minutes of `now`, equal in constant time. */
export function checkRequestSignature(
  secret: string,
  request: Omit<SignedRequest, 'timestamp' | 'nonce'>,
  headers: { signature: unknown; timestamp: unknown; nonce: unknown },
  now: Date,
): SignatureCheck {
  const { signature, timestamp, nonce } = headers;
  if (typeof signature !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return 'missing';
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) return 'missing';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return 'stale';
  const expected = Buffer.from(signRequest(secret, { ...request, timestamp: Number(timestamp), nonce }));
  return constantTimeEqual(expected, Buffer.from(signature)) ? 'valid' : 'mismatch';
}
