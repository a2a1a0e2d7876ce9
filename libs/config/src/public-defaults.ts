import { createHash } from 'node:crypto';

/**
 * Values that are published with the source (development keys, the sandbox secret, the local
 * database password). They make a fresh clone run; under NODE_ENV=production none may be used.
 */
const published = new Set<string>();

/** Marks `value` as public: fine for development, refused in production. */
export function publicDefault(value: string): string {
  published.add(value);
  return value;
}

/** A fixed, public key for local development; production must set its own (see docs/runbook). */
export const DEV_KEY = (purpose: string): string => publicDefault(createHash('sha256').update(`master-orchestrator-dev-only:${purpose}`).digest('base64'));

/** True for a public value, or a URL whose password is one. */
export function isPublicDefault(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  if (published.has(value)) return true;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return false;
  try {
    const { password } = new URL(value);
    return password !== '' && published.has(decodeURIComponent(password));
  } catch {
    return false;
  }
}
