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

/** A change's SMS: what the code confirms is said, so a code read out for something else is noticed. */
export function changeText(code: string, clinicName: string, confirms: string, ttlMinutes: number): string {
  return `${code} is your ${clinicName} code to ${confirms}. It expires in ${ttlMinutes} minutes. Never share it.`;
}

/** The SMS text. The code leads, so phones offer it for autofill; no booking details, no PHI. */
export function otpText(code: string, clinicName: string, ttlMinutes: number): string {
  return `${code} is your ${clinicName} booking code. It expires in ${ttlMinutes} minutes. Never share it.`;
}
