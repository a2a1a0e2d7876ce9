import { findContract, sensitiveFields } from '@mo/contracts';
import { scrub } from '@mo/logging';
import { Redactor } from '@mo/pii';
import { DeadLetter } from './dead-letter';

const redactor = new Redactor();

/**
 * A dead letter fit for a terminal: fields a contract marks sensitive are withheld whole, and every
 * other string goes through the redaction engine, as logs do.
 */
export function masked(letter: DeadLetter): DeadLetter {
  if (!letter.envelope) return { ...letter, body: String(scrub(letter.body, redactor)) };
  const contract = typeof letter.envelope.version === 'number' ? findContract(letter.type, letter.envelope.version) : undefined;
  const payload = (letter.envelope.payload ?? {}) as Record<string, unknown>;
  const withheld = Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, contract && sensitiveFields(contract).includes(key) ? `[withheld: ${String(value).length} characters]` : value]),
  );
  const envelope = scrub({ ...letter.envelope, payload: withheld }, redactor) as Record<string, unknown>;
  return { ...letter, envelope, body: JSON.stringify(envelope), error: letter.error && String(scrub(letter.error, redactor)) };
}
