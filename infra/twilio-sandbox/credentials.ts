import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Sandbox accounts need no registry: a token is the HMAC of its SID under the sandbox's secret, so
 * the tenant CLI mints working credentials offline and they survive sandbox restarts.
 */
export function sandboxToken(secret: string, accountSid: string): string {
  return createHmac('sha256', secret).update(accountSid).digest('hex').slice(0, 32);
}

export function newSandboxAccount(secret: string): { accountSid: string; authToken: string } {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  return { accountSid, authToken: sandboxToken(secret, accountSid) };
}

export function sandboxTokenValid(secret: string, accountSid: string, token: string): boolean {
  const expected = Buffer.from(sandboxToken(secret, accountSid));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
