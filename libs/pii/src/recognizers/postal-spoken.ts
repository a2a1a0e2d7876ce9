import { Analysis, Token } from '../analysis';
import { Candidate } from '../types';
import { isCapitalised } from './context';
import type { Postcode } from './postal';

/**
 * Postcodes as callers say them that `postal.ts`'s readings miss: letters told by a word ("V as in
 * Victor", "B for boy"), digits written in the groups they were said in ("98 4 66" after "my zip
 * is"), and a code said before its town ("1071 XX in Amsterdam", "75011, Paris").
 */

/** "V as in Victor", "K for kilo": the index after the word that tells the letter at `m`, or `m + 1`. */
export function letterToldAfter(t: Token[], m: number): number {
  const letter = t[m]!.lower;
  let k = m + 1;
  if (t[k]?.lower === 'as' && t[k + 1]?.lower === 'in') k += 2;
  else if (t[k]?.lower === 'for') k += 1;
  else return m + 1;
  const w = t[k];
  return w !== undefined && w.kind === 'word' && w.text.length > 1 && w.lower.startsWith(letter) ? k + 1 : m + 1;
}

/**
 * Four or five digits written in two or three groups as they were said ("98 4 66", "10 4 37"), from
 * token `k`, valid for the clinic's own country: read only after a postcode's cue or question,
 * where a date said the same way cannot be meant.
 */
export function groupedPostcode(t: Token[], k: number, country: string, valid: (country: string, digits: string) => boolean): Postcode | undefined {
  let digits = '';
  let m = k;
  while (t[m]?.kind === 'number' && /^\d{1,3}$/.test(t[m]!.text) && (m === k || t[m]!.start === t[m - 1]!.end + 1) && digits.length < 5) digits += t[m++]!.text;
  const groups = m - k;
  if (groups < 2 || groups > 3 || digits.length < 4 || digits.length > 5 || t[m]?.kind === 'number') return undefined;
  return valid(country, digits) ? { last: m - 1, value: `${country}:${digits}`, country } : undefined;
}

/** Words said before a code that opens an answer: "er 75011, Paris", "it's 1071 XX in Amsterdam". */
const OPENERS = new Set(['er', 'erm', 'um', 'uh', 'so', 'yeah', 'yes', 'oh', "it's", 'its', 'and']);
const NOT_TOWNS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', "i'm", 'dr', 'doctor', 'mr', 'mrs', 'ms']);

/**
 * A European code opening the turn and followed by its town ("75011, Paris", "1071 XX in Amsterdam",
 * "04109 Leipzig"): five digits, or four and two letters, which no year or count is with a town after it.
 */
export function codesBeforeTowns(a: Analysis, at: (k: number) => Postcode | undefined): Candidate[] {
  const t = a.tokens;
  let k = 0;
  while (k < t.length && (OPENERS.has(t[k]!.lower) || t[k]!.text === ',')) k++;
  if (t[k]?.kind !== 'number') return [];
  const code = at(k);
  // (Not a ZIP: Americans say the town first; "30000, Tom said" opens with an amount.)
  if (!code || code.country === 'US' || !/^\d{5}$|^\d{4}[A-Z]{2}$/.test(code.value.slice(code.value.indexOf(':') + 1))) return [];
  let n = code.last + 1;
  if (t[n]?.text === ',' || t[n]?.lower === 'in') n++;
  const town = t[n];
  if (!town || town.kind !== 'word' || !isCapitalised(town) || town.text.length < 3 || NOT_TOWNS.has(town.lower)) return [];
  return [{ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.before_town', confidence: 0.88, value: code.value }];
}
