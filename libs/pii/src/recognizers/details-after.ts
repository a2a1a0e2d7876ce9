/**
 * What follows a name a caller lists with their details: "aroha eze born feb 9 64", "zhang +61 491 570 847",
 * "Oisín at 209 Victoria Road", "Zofia, member id ...". The details say the words before them are the person's
 * name, where no cue word does.
 */
import { Token } from '../analysis';
import { isWord } from './context';

export type Detail = 'birth' | 'phone' | 'address' | 'id' | 'email';

/** Street words of the layouts our callers give ("Dr" is left out: "at 9 Dr Lee is free" is a slot, not an address). */
const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'court', 'ct', 'way', 'close', 'crescent', 'cres',
  'place', 'pl', 'terrace', 'boulevard', 'blvd', 'parade', 'highway', 'hwy', 'square', 'grove', 'gardens', 'circle', 'row', 'walk', 'hill', 'park',
  'rue', 'avenue', 'straße', 'strasse', 'weg', 'calle', 'straat', 'laan', 'gracht']);
/** Words before "id"/"number" that name a caller's own identifier. */
const ID_CUES = new Set(['member', 'membership', 'policy', 'medicare', 'nhs', 'subscriber', 'insurance', 'medicaid', 'ohip']);
const ID_NOUNS = new Set(['id', 'number', 'no', 'is']);

/** Words that say what a number is, before it: "lot 4471 0923", "extension 2201", "room 12". */
export const NUMBER_NOUNS = new Set(['lot', 'batch', 'ref', 'reference', 'code', 'extension', 'ext', 'room', 'suite', 'unit', 'flat', 'box', 'gate', 'bay', 'ward', 'bed', 'page',
  'line', 'option', 'press', 'dial', 'serial', 'model', 'order', 'invoice', 'ticket', 'case', 'claim', 'booking', 'confirmation', 'pin', 'otp',
  // What names an identifier or its issuer: "NSW licence 1122 0439", "Diners club 3056 ...", "mi número es +34 ...", "Social insurance number".
  'licence', 'license', 'dl', 'card', 'club', 'number', 'numero', 'número', 'numéro', 'nummer', 'id', 'no', 'es', 'est', "c'est", 'ist', 'is', 'social',
  'health', 'dental', 'medical', 'private', 'public', 'account', 'bank', 'visa', 'amex', 'mastercard', 'portable', 'mobile', 'cell', 'phone', 'tel',
  'victoria', 'queensland', 'alberta', 'ontario', 'quebec', 'texas', 'georgia', 'virginia', 'washington', 'tasmania', 'manitoba', 'florida', 'carolina']);

/** How many digits the number tokens from `k` hold, read while they are joined by spaces, dashes or brackets. */
function digitsFrom(t: Token[], k: number): number {
  let digits = 0;
  for (let m = k; m < t.length && m < k + 8; m++) {
    const x = t[m]!;
    if (x.kind === 'number') digits += x.text.length;
    else if (x.text !== '-' && x.text !== '(' && x.text !== ')') break;
    if (t[m + 1] && t[m + 1]!.start - x.end > 1) break;
  }
  return digits;
}

/** The kind of detail the caller starts giving at token `k` (after an optional comma), if any. */
export function detailAt(t: Token[], k: number): Detail | undefined {
  const m = t[k]?.text === ',' ? k + 1 : k;
  const w = t[m];
  if (w === undefined) return undefined;
  // A phone, or a house number and its street: "youssef gill, 21 Coronation Street".
  if (w.kind === 'number') return digitsFrom(t, m) >= 7 ? 'phone' : w.text.length <= 5 && streetWithin(t, m + 1) ? 'address' : undefined;
  if (w.text === '+') return t[m + 1]?.kind === 'number' && t[m + 1]!.start === w.end && digitsFrom(t, m + 1) >= 8 ? 'phone' : undefined;
  if (!isWord(w)) return undefined;
  // "katya.v at protonmail dot com", "olu@...": an e-mail's local part written as one word, then "@" or "at ... dot".
  let e = m + 1;
  while (e < t.length && e < m + 6 && t[e]!.start === t[e - 1]!.end && t[e]!.text !== '@') e++;
  if (t[e]?.text === '@' && t[e]!.start === t[e - 1]!.end) return 'email';
  if (t[e]?.lower === 'at' && isWord(t[e + 1]) && (t[e + 2]?.lower === 'dot' || t[e + 2]?.text === '.')) return 'email';
  const lower = w.lower;
  // "okafor email ada.o@..., phone 555 ...": the detail's own word before it, as on a form read out.
  if ((lower === 'email' || lower === 'phone') && t[m + 1]?.text !== ',' && detailAt(t, m + 1) === lower) return lower;
  if (lower === 'born' || lower === 'dob' || (lower === 'date' && t[m + 1]?.lower === 'of' && t[m + 2]?.lower === 'birth')) return 'birth';
  if (ID_CUES.has(lower) && ID_NOUNS.has(t[m + 1]?.lower ?? '')) return 'id';
  // "at 209 Victoria Road": a house number, then a street word within three words.
  if (lower === 'at' && t[m + 1]?.kind === 'number' && t[m + 1]!.text.length <= 5 && streetWithin(t, m + 2)) return 'address';
  // "Pham Thi Lan PO Box 512".
  if ((lower === 'po' || lower === 'p') && (t[m + 1]?.lower === 'box' || (t[m + 1]?.text === '.' && t[m + 2]?.lower === 'o'))) return 'address';
  return undefined;
}

/** Whether a street word is said within three words from `k`. */
function streetWithin(t: Token[], k: number): boolean {
  for (let s = k; s < k + 4 && s < t.length; s++) {
    if (!isWord(t[s])) return false;
    if (STREET_WORDS.has(t[s]!.lower)) return true;
  }
  return false;
}
