import { findContract, personalFields, sensitiveFields } from '@mo/contracts';
import { scrub } from '@mo/logging';
import { Redactor } from '@mo/pii';
import { DeadLetter } from './dead-letter';

const redactor = new Redactor();

/** Payload keys that name a person, for envelopes whose contract this build does not know. */
const NAME_KEY = /name$/i;

/**
 * A dead letter fit for a terminal: fields a contract marks sensitive are withheld whole, fields that
 * name a person are masked (the engine cannot tell a lone "Sam" from any other word), and every other
 * string goes through the redaction engine, as logs do.
 */
export function masked(letter: DeadLetter): DeadLetter {
  if (!letter.envelope) return { ...letter, body: String(scrub(letter.body, redactor)) };
  const contract = typeof letter.envelope.version === 'number' ? findContract(letter.type, letter.envelope.version) : undefined;
  const sensitive = contract ? sensitiveFields(contract) : [];
  const personal = (key: string) => (contract ? personalFields(contract).includes(key) : NAME_KEY.test(key));
  const payload = (letter.envelope.payload ?? {}) as Record<string, unknown>;
  const withheld = Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [
      key,
      sensitive.includes(key) ? `[withheld: ${String(value).length} characters]` : personal(key) && typeof value === 'string' ? '[PERSON]' : value,
    ]),
  );
  const envelope = scrub({ ...letter.envelope, payload: withheld }, redactor) as Record<string, unknown>;
  return { ...letter, envelope, body: JSON.stringify(envelope), error: letter.error && String(scrub(letter.error, redactor)) };
}
