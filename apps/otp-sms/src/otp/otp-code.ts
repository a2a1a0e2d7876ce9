import { randomInt } from 'node:crypto';
import { constantTimeEqual, hmacSha256 } from '@mo/crypto';

/** Six digits from the CSPRNG, leading zeros kept. */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/**
 * What we store instead of the code. Binding the tenant and hold means a code can only ever confirm
 * the hold it was sent for, in the tenant it was sent in.
 */
export function codeHmac(pepper: Buffer, orgId: string, holdId: string, code: string): Buffer {
  return hmacSha256(pepper, `${orgId}|${holdId}|${code}`);
}

export function codeMatches(pepper: Buffer, orgId: string, holdId: string, code: string, stored: Buffer): boolean {
  return constantTimeEqual(codeHmac(pepper, orgId, holdId, code), stored);
}

/** Seconds a text may take to reach the phone: the time stated may be generous by this much, never more. */
const DELIVERY_SLACK_SECONDS = 15;

/** The time a code has left, as the text says it: whole minutes, rounded down once the slack is allowed. */
export function expiresInWords(secondsLeft: number): string {
  const minutes = Math.floor((secondsLeft + DELIVERY_SLACK_SECONDS) / 60);
  return minutes < 1 ? 'under a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** A change's SMS: what the code confirms is said, so a code read out for something else is noticed. */
export function changeText(code: string, clinicName: string, confirms: string, expiresIn: string): string {
  return `${code} is your ${clinicName} code to ${confirms}. It expires in ${expiresIn}. Never share it.`;
}

/** The SMS text. The code leads, so phones offer it for autofill; no booking details, no PHI. */
export function otpText(code: string, clinicName: string, expiresIn: string): string {
  return `${code} is your ${clinicName} booking code. It expires in ${expiresIn}. Never share it.`;
}
