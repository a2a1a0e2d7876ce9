/**
 * Checks for JSON that parses but that nothing downstream can take: nesting deep enough to overflow
 * a recursive walker (class-transformer, class-validator), and text PostgreSQL cannot store.
 */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of objects and arrays in raw JSON text, found in one pass without parsing or
 * recursion; stops counting once past `limit`. UTF-8 continuation bytes never equal these ASCII bytes.
 */
export function jsonNestingDepth(raw: Buffer | string, limit = MAX_JSON_DEPTH): number {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return deepest;
}

/**
 * The dotted path of the first string (or key) holding an unpaired UTF-16 surrogate, which no UTF-8
 * text, and so no PostgreSQL json or text value, can hold; undefined when every string is well formed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

export function loneSurrogateAt(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return wellFormed(value) ? undefined : path || '(root)';
  if (value === null || typeof value !== 'object' || depth > MAX_JSON_DEPTH) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!wellFormed(key)) return at;
    const found = loneSurrogateAt(item, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

export const loneSurrogateMessage = (field: string): string => `${field} must be valid Unicode text (it holds an unpaired surrogate)`;
