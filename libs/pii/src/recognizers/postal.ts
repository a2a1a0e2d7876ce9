import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { Analysis, Token, UNITS } from '../analysis';
import { Candidate } from '../types';
import { findCueBefore, namesSomethingElse, phrases, tokenAt } from './context';

const POSTAL_CUES = phrases('zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code', 'eircode', 'area code is', 'postal', 'cp', 'plz');
const BRIDGE = new Set(['is', ':', "it's", 'its', 'the', 'my', 'code', 'uh', 'um', 'er', 'erm', 'it', 'that', "that's", 'yeah', 'yes', 'sure', ',', 'sorry',
  'for', 'billing', 'i', 'think', 'should', 'be', 'was', 'just', 'there', 'here', 'there', 'of', 'mine', 'area', '.', 'ok', 'okay', 'so']);
/** Countries whose postcodes are read when a clinic of another country hears them after a cue. */
const ABROAD = ['US', 'GB', 'IE', 'CA', 'AU', 'FR', 'DE', 'ES', 'NL', 'BE', 'AT', 'CH', 'IT', 'PT', 'NZ'];

/** The countries whose postcodes are tried, the clinic's first; one list per clinic country, made once. */
const COUNTRY_LISTS = new Map<string, readonly string[]>();
function countriesFor(country: string, abroad: boolean): readonly string[] {
  const key = `${country}|${abroad}`;
  let list = COUNTRY_LISTS.get(key);
  if (!list) COUNTRY_LISTS.set(key, (list = abroad ? [country, ...ABROAD.filter((c) => c !== country)] : [country]));
  return list;
}

export interface Postcode {
  last: number;
  value: string;
  country: string;
}

/**
 * A postcode starting at token `k`, valid for `country` (by postcode-validator's per-country
 * rules) or, when `abroad`, for another common country: "YO1 7HH", "D02 X285", "75016", "K1A 0B1",
 * "1017 AB", spoken "six two seven oh four".
 */
export function postcodeAt(t: Token[], k: number, country: string, abroad: boolean): Postcode | undefined {
  const first = t[k];
  if (!first || first.kind === 'punct') return undefined;
  // A postcode starts with digits, one or two letters ("SW1A", "D02", "K1A"), or a spoken digit.
  if (first.kind === 'word' && first.text.length > 2 && !(first.lower in UNITS) && first.lower !== 'oh') return undefined;
  const countries = countriesFor(country, abroad);
  // Written: one or two tokens, or three when letters and digits are split ("SW1A 1AA" is "SW1A", "1AA").
  let text = '';
  let best: Postcode | undefined;
  for (let m = k; m < Math.min(t.length, k + 6); m++) {
    const part = t[m]!;
    if (m > k && part.start - t[m - 1]!.end > 1) break;
    if (part.kind === 'punct' && part.text !== '-') break;
    text += (m > k && part.start > t[m - 1]!.end ? ' ' : '') + part.text;
    if (!/\d/.test(text)) continue;
    for (const c of countries) {
      if (!postcodeValidatorExistsForCountry(c) || !postcodeValidator(text, c)) continue;
      best = { last: m, value: `${c}:${text.replace(/[\s-]/g, '').toUpperCase()}`, country: c };
      break;
    }
  }
  if (best) return best;
  // Spoken: four or five digits said one by one.
  let digits = '';
  let m = k;
  while (m < t.length && digits.length < 5 && (t[m]!.lower in UNITS || t[m]!.lower === 'oh' || t[m]!.lower === 'o')) {
    digits += t[m]!.lower in UNITS ? String(UNITS[t[m]!.lower]) : '0';
    m++;
  }
  if (digits.length >= 4 && !(t[m] && (t[m]!.lower in UNITS || t[m]!.kind === 'number'))) {
    for (const c of countries) if (postcodeValidatorExistsForCountry(c) && postcodeValidator(digits, c)) return { last: m - 1, value: `${c}:${digits}`, country: c };
  }
  return undefined;
}

/** Distinctive alphanumeric postcodes (British, Irish, Canadian, Dutch) need no cue. */
const DISTINCT = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\p{N}])/giu;

/** Postcodes said on their own: after "zip"/"postcode"/"eircode", in answer to one, or distinctive alphanumeric ones anywhere. */
export function postalCodes(a: Analysis, country: string): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const starts = new Set<number>();
  for (let i = 0; i < t.length; i++) if (findCueBefore(a, i, POSTAL_CUES, 1) !== undefined) starts.add(i);
  for (const i of starts) {
    let k = i;
    while (k < t.length && BRIDGE.has(t[k]!.lower) && k - i < 6) k++;
    const code = postcodeAt(t, k, country, true);
    if (code && !(a.asked.has('address') && i === 0 && !a.asked.has('postal') && !/[a-z]/i.test(code.value.slice(3)))) {
      found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: i === 0 && !findCueBefore(a, i, POSTAL_CUES, 1) ? 'postal.answer' : 'postal.cued', confidence: 0.95, value: code.value });
    }
  }
  // The answer to "and your postcode?": the first postcode in its first words ("Preston, 3072").
  if (a.asked.has('postal')) {
    for (let k = 0; k < Math.min(t.length, 8); k++) {
      const code = postcodeAt(t, k, country, true);
      if (code) {
        found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.answer', confidence: 0.95, value: code.value });
        break;
      }
    }
  }
  for (const match of a.text.matchAll(DISTINCT)) {
    const k = tokenAt(a, match.index!);
    if (!/\d/.test(match[0]) || namesSomethingElse(a, k, k)) continue;
    const code = postcodeAt(t, k, country, true);
    if (code && t[code.last]!.end === match.index! + match[0].length) {
      found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.shape', confidence: 0.8, value: code.value });
    }
  }
  return found;
}
