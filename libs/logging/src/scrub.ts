import { Redactor } from '@mo/pii';

/**
 * Passes every string in a log argument through the redaction engine: messages, object fields,
 * error messages and stacks. Whatever a developer logs, a phone number leaves as [PHONE].
 */
export function scrub(value: unknown, redactor: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return value.length === 0 ? value : scrubText(value, redactor);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message, redactor, depth + 1), stack: scrub(value.stack ?? '', redactor, depth + 1) };
  }
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return value.map((v) => scrub(v, redactor, depth + 1));
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrub(v, redactor, depth + 1)]));
}

/** A UUID's digit groups can look like a phone number; ids are kept whole and only the text between them is scrubbed. */
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

function scrubText(text: string, redactor: Redactor): string {
  if (!UUID.test(text)) return redactPart(text, redactor);
  return text
    .split(UUID)
    .map((part, i) => (i % 2 === 1 || part.length === 0 ? part : redactPart(part, redactor)))
    .join('');
}

/**
 * Most of what is logged is the same few texts again and again (a route and its status, "is
 * delivered", the saga's transitions between ids), and the engine costs tens of microseconds a
 * line. A text the engine left unchanged is remembered, per engine, so the next copy of it skips
 * the engine: the answer is the same, since the engine's reading depends on the text alone. Only
 * texts with nothing found are kept, so the cache never holds a value the engine would mask.
 */
const clean = new WeakMap<Redactor, Set<string>>();
const CLEAN_TEXTS = 2_048;
const CLEAN_TEXT_LENGTH = 200;

function redactPart(text: string, redactor: Redactor): string {
  let known = clean.get(redactor);
  if (known?.has(text)) return text;
  const redacted = redactor.redact(text).text;
  if (redacted === text && text.length <= CLEAN_TEXT_LENGTH) {
    if (!known) clean.set(redactor, (known = new Set()));
    // Full: start again rather than track use; the texts that recur come back within a few lines.
    if (known.size >= CLEAN_TEXTS) known.clear();
    known.add(text);
  }
  return redacted;
}
