import { constantTimeEqual, hmacSha256, sha256 } from '@mo/crypto';
import type { ConnectionSecrets, SignedRequest, Verdict } from './voice';

/** Every comparison here is constant time; a missing credential is told apart only to say which header to send. */

export const header = (request: SignedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined;
};

const bearer = (request: SignedRequest): string | undefined => {
  const value = header(request, 'authorization');
  return value?.startsWith('Bearer ') ? value.slice(7).trim() : undefined;
};

/** The secret we issued, sent as-is (a header or a bearer token), against its stored SHA-256. */
export function checkIssuedSecret(presented: string | undefined, secrets: ConnectionSecrets): Verdict {
  if (!presented || !secrets.secretSha256) return 'missing';
  return constantTimeEqual(sha256(presented), secrets.secretSha256) ? 'valid' : 'mismatch';
}

export const bearerSecret = (request: SignedRequest, secrets: ConnectionSecrets): Verdict => checkIssuedSecret(bearer(request), secrets);

const hexEqual = (expected: Buffer, presented: string): boolean => /^[0-9a-f]+$/i.test(presented) && constantTimeEqual(expected, Buffer.from(presented, 'hex'));

/** Vapi: `X-Vapi-Secret` or `Authorization: Bearer`, and `x-vapi-signature` (hex HMAC of the raw body) when a webhook secret is set. */
export function verifyVapi(request: SignedRequest, secrets: ConnectionSecrets): Verdict {
  const secret = checkIssuedSecret(header(request, 'x-vapi-secret') ?? bearer(request), secrets);
  if (secret !== 'valid' || !secrets.signingKey) return secret;
  const signature = header(request, 'x-vapi-signature');
  if (!signature) return 'missing';
  return hexEqual(hmacSha256(secrets.signingKey, request.rawBody), signature.replace(/^sha256=/, '')) ? 'valid' : 'mismatch';
}

export const RETELL_TOLERANCE_MS = 5 * 60_000;

/** Retell: `X-Retell-Signature: v=<unix ms>,d=<hex HMAC-SHA256(API key, rawBody + timestamp)>`, at most 5 minutes old. */
export function verifyRetell(request: SignedRequest, secrets: ConnectionSecrets): Verdict {
  const match = /^v=(\d{1,15}),d=([0-9a-fA-F]{64})$/.exec(header(request, 'x-retell-signature') ?? '');
  if (!match || !secrets.signingKey) return 'missing';
  const [, timestamp, digest] = match;
  if (Math.abs(request.now.getTime() - Number(timestamp)) > RETELL_TOLERANCE_MS) return 'stale';
  return hexEqual(hmacSha256(secrets.signingKey, Buffer.concat([request.rawBody, Buffer.from(timestamp!)])), digest!) ? 'valid' : 'mismatch';
}

export function signRetell(apiKey: string, rawBody: string | Buffer, nowMs: number): string {
  return `v=${nowMs},d=${hmacSha256(apiKey, Buffer.concat([Buffer.from(rawBody), Buffer.from(String(nowMs))])).toString('hex')}`;
}

export const ELEVENLABS_TOLERANCE_S = 30 * 60;

/** ElevenLabs post-call webhooks: `ElevenLabs-Signature: t=<unix s>,v0=<hex HMAC-SHA256(secret, "<t>.<rawBody>")>`, at most 30 minutes old. */
export function verifyElevenLabsWebhook(request: SignedRequest, secrets: ConnectionSecrets): Verdict {
  const parts = new Map((header(request, 'elevenlabs-signature') ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = parts.get('t');
  const v0 = parts.get('v0');
  if (!t || !/^\d{1,12}$/.test(t) || !v0 || !secrets.signingKey) return 'missing';
  if (request.now.getTime() / 1000 - Number(t) > ELEVENLABS_TOLERANCE_S) return 'stale';
  return hexEqual(hmacSha256(secrets.signingKey, Buffer.concat([Buffer.from(`${t}.`), request.rawBody])), v0) ? 'valid' : 'mismatch';
}

export function signElevenLabs(secret: string, rawBody: string | Buffer, nowS: number): string {
  return `t=${nowS},v0=${hmacSha256(secret, Buffer.concat([Buffer.from(`${nowS}.`), Buffer.from(rawBody)])).toString('hex')}`;
}

export const signVapi = (secret: string, rawBody: string | Buffer): string => hmacSha256(secret, Buffer.from(rawBody)).toString('hex');
