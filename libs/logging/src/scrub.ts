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
  if (!UUID.test(text)) return redactor.redact(text).text;
  return text
    .split(UUID)
    .map((part, i) => (i % 2 === 1 || part.length === 0 ? part : redactor.redact(part).text))
    .join('');
}
