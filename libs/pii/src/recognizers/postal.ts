import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { Analysis, TEENS, TENS, Token, UNITS, wordTable } from '../analysis';
import { Candidate } from '../types';
import { endingsOf, findCueBefore, namesSomethingElse, phrases, tokenAt } from './context';
import { memoWord } from '../word-memo';

const POSTAL_CUES = phrases('zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code', 'eircode', 'area code is', 'postal', 'cp', 'plz', 'postleitzahl', 'code postal', 'código postal', 'codigo postal', 'postcode is');
/** Letters as English speakers say them, for postcodes spelled aloud ("vee six kay, one en four"). */
const LETTER_NAMES = wordTable({
  ay: 'A', bee: 'B', cee: 'C', dee: 'D', ee: 'E', ef: 'F', eff: 'F', gee: 'G', aitch: 'H', haitch: 'H', jay: 'J', kay: 'K', el: 'L', ell: 'L',
  em: 'M', en: 'N', pee: 'P', cue: 'Q', ar: 'R', ess: 'S', tee: 'T', vee: 'V', ex: 'X', wye: 'Y', zed: 'Z', zee: 'Z',
});
const LETTER_NAME_SET = new Set(Object.keys(LETTER_NAMES));
/** Countries whose postcodes mix letters and digits, the ones spelled aloud. */
const SPELLED_COUNTRIES = ['GB', 'IE', 'CA', 'NL'];
const BRIDGE = new Set(['is', ':', 'still', "it's", 'its', 'the', 'my', 'code', 'uh', 'um', 'er', 'erm', 'it', 'that', "that's", 'yeah', 'yes', 'sure', ',', 'sorry',
  'for', 'billing', 'i', 'think', 'should', 'be', 'was', 'just', 'there', 'here', 'there', 'of', 'mine', 'area', '.', 'ok', 'okay', 'so']);
/** Things whose postcode is someone else's: the sender's, the shop's. */
const DOCUMENTS = new Set(['invoice', 'receipt', 'letter', 'envelope', 'website', 'sign', 'leaflet', 'parcel', 'package', 'statement', 'flyer', 'ad', 'advert', 'bill']);
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

/**
 * The first of `countries` whose postcodes `text` is one of, memoised per list and text: a reading
 * tries the same few digits at several tokens (after each street, after each cue), and the second
 * reading of a turn tries them all again, each time against fifteen countries' patterns.
 */
const VALIDATORS = new Map<readonly string[], (text: string) => string | undefined>();
function firstValid(countries: readonly string[], text: string): string | undefined {
  let valid = VALIDATORS.get(countries);
  if (!valid) VALIDATORS.set(countries, (valid = memoWord((x) => countries.find((c) => postcodeValidatorExistsForCountry(c) && postcodeValidator(x, c)))));
  return valid(text);
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
  if (first.kind === 'word' && first.text.length > 2 && !(first.lower in UNITS) && !(first.lower in TEENS) && !(first.lower in TENS) && first.lower !== 'oh' && !LETTER_NAME_SET.has(first.lower)) return undefined;
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
    // Validated in capitals: speech-to-text writes "p31 hr22" for the Eircode P31 HR22.
    const c = firstValid(countries, text.toUpperCase());
    if (c !== undefined) best = { last: m, value: `${c}:${text.replace(/[\s-]/g, '').toUpperCase()}`, country: c };
  }
  if (best) return best;
  const spelled = spelledPostcode(t, k, countries);
  if (spelled) return spelled;
  // Spoken: four or five digits said one by one, in pairs, or as a round thousand; a ZIP+4 after "dash".
  const head = spokenDigits(t, k);
  if (!head || head.digits.length < 4) return undefined;
  let { digits, next: m } = head;
  const dash = t[m]?.lower === 'dash' || t[m]?.text === '-' ? spokenDigits(t, m + 1) : undefined;
  if (digits.length === 5 && dash?.digits.length === 4) {
    digits += `-${dash.digits}`;
    m = dash.next;
  }
  if (t[m] && (t[m]!.lower in UNITS || t[m]!.lower in TEENS || t[m]!.lower in TENS || t[m]!.kind === 'number')) return undefined;
  // Pairs are how a date or a time is said too ("ten twelve eighty"): only a four-digit postcode of the clinic's own country is read
  // from them, or a ZIP said as one pair and three digits ("ninety seven oh oh six"), which no date or time is.
  const zip = head.pairs === 1 && digits.length === 5 && /^\d{2}$/.test(head.first);
  if (head.paired && digits.length !== 4 && !zip) return undefined;
  const c = firstValid(head.paired ? countriesFor(country, false) : countries, digits);
  return c === undefined ? undefined : { last: m - 1, value: `${c}:${digits.replace('-', '')}`, country: c };
}

/**
 * Up to five digits said aloud from token `k`: one by one ("six two seven oh four", "2 0 3 7"), in
 * pairs ("thirty one twenty one") or as a round thousand ("four thousand", Brisbane's postcode).
 */
function spokenDigits(t: Token[], k: number): { digits: string; next: number; paired: boolean; pairs: number; first: string } | undefined {
  let digits = '';
  let paired = false;
  let pairs = 0;
  let first = '';
  let m = k;
  while (m < t.length && digits.length < 5) {
    const w = t[m]!;
    if (w.kind === 'number' && w.text.length === 1 && (m === k || w.start > t[m - 1]!.end)) {
      digits += w.text;
      m++;
      continue;
    }
    if (w.kind !== 'word') break;
    const part = spelledPart(t, m);
    if (!part || !/^\d+$/.test(part.text)) break;
    if (part.text.length === 1 && t[part.next]?.lower === 'thousand') {
      digits += `${part.text}000`;
      m = part.next + 1;
      continue;
    }
    paired ||= part.text.length > 1;
    if (part.text.length > 1) pairs++;
    if (digits === '') first = part.text;
    digits += part.text;
    m = part.next;
  }
  return digits.length > 5 || digits === '' ? undefined : { digits, next: m, paired, pairs, first };
}

/** One letter or digits of a postcode said aloud at token `m`: "G", "vee", "eleven", "ninety-eight", "oh". */
function spelledPart(t: Token[], m: number): { text: string; next: number } | undefined {
  const w = t[m]!;
  if (w.kind === 'number' && w.text.length <= 2) return { text: w.text, next: m + 1 };
  if (w.kind !== 'word') return undefined;
  if (w.text.length === 1 && /\p{L}/u.test(w.text) && w.text !== 'a' && w.text !== 'i') return { text: w.text.toUpperCase(), next: m + 1 };
  if (LETTER_NAME_SET.has(w.lower)) return { text: LETTER_NAMES[w.lower]!, next: m + 1 };
  if (w.lower in UNITS) return { text: String(UNITS[w.lower]), next: m + 1 };
  if (w.lower === 'oh' || w.lower === 'zero') return { text: '0', next: m + 1 };
  if (w.lower in TEENS) return { text: String(TEENS[w.lower]), next: m + 1 };
  if (w.lower in TENS) {
    let k = m + 1;
    if (t[k]?.text === '-') k++;
    const unit = UNITS[t[k]?.lower ?? ''];
    return unit ? { text: String(TENS[w.lower]! + unit), next: k + 1 } : { text: String(TENS[w.lower]), next: m + 1 };
  }
  return undefined;
}

/** A British, Irish, Canadian or Dutch postcode spelled aloud: "G eleven, six P Z", "T twelve, Y eight K four", "L S sixteen nine B A". */
function spelledPostcode(t: Token[], k: number, countries: readonly string[]): Postcode | undefined {
  let text = '';
  let best: Postcode | undefined;
  let parts = 0;
  for (let m = k; m < t.length && parts < 9; ) {
    if (t[m]!.text === ',' && parts > 0) {
      m++;
      continue;
    }
    const part = spelledPart(t, m);
    if (!part) break;
    text += part.text;
    parts++;
    m = part.next;
    if (parts < 3 || !/\d/.test(text) || !/[A-Z]/.test(text)) continue;
    const c = countries.find((x) => SPELLED_COUNTRIES.includes(x) && postcodeValidator(text, x));
    if (c) best = { last: m - 1, value: `${c}:${text}`, country: c };
  }
  return best;
}

const LIVING = new Set(["we're", "i'm", 'im', 'live', 'living', 'lives', 'based', "she's", "he's", "they're"]);
const isYear = (text: string, now?: Date) => text.length === 4 && Number(text) >= 1900 && Number(text) <= (now ? now.getUTCFullYear() + 1 : 2030);

/** Distinctive alphanumeric postcodes (British, Irish, Canadian, Dutch) need no cue. */
const DISTINCT = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\p{N}])/giu;

const postalCueEnd = endingsOf(POSTAL_CUES);

/** Postcodes said on their own: after "zip"/"postcode"/"eircode", in answer to one, or distinctive alphanumeric ones anywhere. */
export function postalCodes(a: Analysis, country: string): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const starts = new Set<number>();
  for (let i = 1; i < t.length; i++) if (postalCueEnd.of(t[i - 1]!) && findCueBefore(a, i, POSTAL_CUES, 1) !== undefined) starts.add(i);
  // "we're in 74174 now": a postcode where the caller lives, never a year ("we're in 2024").
  for (let i = 2; i < t.length; i++) if (t[i - 1]!.lower === 'in' && LIVING.has(t[i - 2]!.lower) && t[i]!.kind === 'number' && !isYear(t[i]!.text, a.now)) starts.add(i);
  for (const i of starts) {
    let k = i;
    while (k < t.length && BRIDGE.has(t[k]!.lower) && k - i < 6) k++;
    let code = postcodeAt(t, k, country, true);
    // "the postcode in Utrecht is 3512 JE", "the zip on the card is ...": a few words say where, then "is" and the code.
    if (!code && i > 0 && findCueBefore(a, i, POSTAL_CUES, 1) !== undefined) {
      for (let m = i; m < Math.min(t.length, i + 6) && t[m]!.kind !== 'number' && !['.', '?', '!'].includes(t[m]!.text); m++) {
        // "the zip on the invoice is ...": a document's postcode is the sender's, not the caller's.
        if (DOCUMENTS.has(t[m]!.lower)) break;
        if (t[m]!.lower !== 'is' && t[m]!.lower !== "it's") continue;
        k = m + 1;
        while (k < t.length && BRIDGE.has(t[k]!.lower) && k - m < 4) k++;
        code = postcodeAt(t, k, country, true);
        break;
      }
    }
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
  // "vee six kay, one en four": a postcode spelled aloud in six or more parts is distinctive enough on its own.
  const spelledCountries = SPELLED_COUNTRIES.includes(country) ? [country, ...SPELLED_COUNTRIES] : SPELLED_COUNTRIES;
  for (let k = 0; k + 5 < t.length; k++) {
    // Six parts said one by one: the next token must be a part too before the whole is read.
    const w = t[k]!;
    if (w.kind !== 'word' || (w.text.length !== 1 && !LETTER_NAME_SET.has(w.lower)) || !spelledPart(t, k + 1)) continue;
    const part = spelledPostcode(t, k, spelledCountries);
    // Said aloud: letters and digits apart, not a written code ("H4K 7L2" after "the reference is").
    const glued = t.slice(k + 1, part ? part.last + 1 : k + 1).some((x, n) => x.start === t[k + n]!.end && x.kind !== 'punct' && t[k + n]!.kind !== 'punct');
    if (!part || part.last - k < 5 || glued || namesSomethingElse(a, k, part.last)) continue;
    found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[part.last]!.end, rule: 'postal.spelled', confidence: 0.8, value: part.value });
    k = part.last;
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
