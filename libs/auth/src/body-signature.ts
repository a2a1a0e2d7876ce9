import { constantTimeEqual, hmacSha256 } from '@mo/crypto';

export const SIGNATURE_HEADER = 'x-mo-signature';
export const TIMESTAMP_HEADER = 'x-mo-timestamp';
const TOLERANCE_SECONDS = 300;

export type SignatureCheck = 'valid' | 'missing' | 'stale' | 'mismatch';

/** `v1=` + hex HMAC-SHA256(secret, `${timestamp}.${rawBody}`), with the timestamp in Unix seconds. */
export function signBody(secret: string, timestamp: number, rawBody: Buffer | string): string {
  return `v1=${hmacSha256(secret, Buffer.concat([Buffer.from(`${timestamp}.`), Buffer.from(rawBody)])).toString('hex')}`;
}

/** Checks a signed body: present, within ±5 minutes of `now`, and equal in constant time. */
export function checkBodySignature(secret: string, header: unknown, timestamp: unknown, rawBody: Buffer, now: Date): SignatureCheck {
  if (typeof header !== 'string' || typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return 'missing';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return 'stale';
  const expected = Buffer.from(signBody(secret, Number(timestamp), rawBody));
  return constantTimeEqual(expected, Buffer.from(header)) ? 'valid' : 'mismatch';
}
