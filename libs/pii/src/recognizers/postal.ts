import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { Analysis, GERMAN_TENS, GERMAN_UNITS, TEENS, TENS, Token, UNITS } from '../analysis';
import { FRENCH_NUMBERS } from '../foreign-numbers';
import { wordTable } from '../word-table';
import { Candidate } from '../types';
import { endingsOf, findCueBefore, isCapitalised, namesSomethingElse, phrases, tokenAt } from './context';
import { memoWord } from '../word-memo';
import { dutchPostcodes } from './postal-dutch';
import { codesBeforeTowns, groupedPostcode, letterToldAfter } from './postal-spoken';
import { startsOf, startWord } from '../starts';

const POSTAL_CUES = phrases('zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code', 'eircode', 'area code is', 'postal', 'cp', 'plz', 'postleitzahl', 'code postal', 'código postal', 'codigo postal', 'postcode is',
  // The cue run into "is": "postcode's bee ess ...", "zip's 97209".
  "postcode's", "post code's", "postal code's", "zip's", "zip code's", "eircode's");
/** Letters as English speakers say them, for postcodes spelled aloud ("vee six kay, one en four"). */
const LETTER_NAMES = wordTable({
  ay: 'A', bee: 'B', cee: 'C', dee: 'D', ee: 'E', ef: 'F', eff: 'F', gee: 'G', aitch: 'H', haitch: 'H', jay: 'J', kay: 'K', el: 'L', ell: 'L',
  em: 'M', en: 'N', pee: 'P', cue: 'Q', ar: 'R', ess: 'S', tee: 'T', vee: 'V', ex: 'X', wye: 'Y', zed: 'Z', zee: 'Z',
});
const LETTER_NAME_SET = new Set(Object.keys(LETTER_NAMES));
/** Countries whose postcodes mix letters and digits, the ones spelled aloud. */
const SPELLED_COUNTRIES = ['GB', 'IE', 'CA', 'NL'];
const BRIDGE = new Set(['is', ':', "it's", 'its', 'the', 'my', 'code', 'uh', 'um', 'er', 'erm', 'it', 'that', "that's", 'yeah', 'yes', 'sure', ',', 'sorry',
  'for', 'billing', 'i', 'think', 'should', 'be', 'was', 'just', 'there', 'here', 'there', 'of', 'mine', 'area', '.', 'ok', 'okay', 'so',
  // Read back from the file or put right: "your postcode is showing as ...", "my postal code changed to ...", "the zip we have is still ...".
  'showing', 'shows', 'as', 'changed', 'to', 'now', 'still', 'on', 'file', 'listed', 'down', 'we', 'have', 'new',
  // "meine Postleitzahl ist ...", "mon code postal est ...", "mi código postal es ...".
  'ist', 'est', 'es', 'meine', "c'est", 'mon', 'mi']);
/**
 * German and French number words a postcode is said in (the ones no English word shares but "elf", read only after a cue;
 * "un" is read apart, "six" is English's).
 */
const FOREIGN_NUMBERS = wordTable({
  ...GERMAN_TENS,
  ...Object.fromEntries(Object.entries(FRENCH_NUMBERS).filter(([w]) => w !== 'un' && w !== 'six')),
});
/** The French units a ten is joined to by a hyphen: "dix-sept", "vingt-deux". */
const FRENCH_UNITS = wordTable(Object.fromEntries(Object.entries(FRENCH_NUMBERS).filter(([, n]) => n >= 1 && n <= 9)));
/** A digit said aloud or written alone: the neighbours that make "a" a letter in "one a eight". */
const spokenLetter = (w: Token) => LETTER_NAME_SET.has(w.lower) || (w.kind === 'word' && w.text.length === 1 && w.lower !== 'a' && w.lower !== 'i');
const digitWord = (w: Token) => (w.kind === 'number' && w.text.length === 1) || w.lower in UNITS || w.lower === 'oh';
/** What a record says, after the question that names the code: "the postal code on file? It shows 43123.". */
const READ_BACK = new Set(['shows', 'says', 'reads', 'is', "it's"]);
/** Words after a postcode that ask whether the clinic serves it: "is 3121 close to you?", "is BS16 in your catchment?". */
const NEARBY = new Set(['close', 'near', 'nearby', 'far', 'within', 'in', 'covered', 'part']);
/** Words before a code asked about as served: "is 3121 close to you?", "do you cover 3165?". */
const SERVING = new Set(['is', 'cover', 'covers', 'serve', 'service']);
const servingWord = startWord((w) => SERVING.has(w));
const inWord = startWord((w) => w === 'in');
/** Whether a postcode can start at `k`: digits, letters glued to digits ("BS16"), or a digit said aloud. */
function codeStart(t: Token[], k: number): boolean {
  const w = t[k]!;
  if (w.kind === 'number') return true;
  if (w.kind !== 'word') return false;
  return (t[k + 1]?.kind === 'number' && t[k + 1]!.start === w.end) || w.lower in UNITS || w.lower in TEENS || w.lower in TENS || w.lower === 'oh';
}
function nearnessWithin(t: Token[], from: number, to: number): boolean {
  for (let m = from; m < to && m < t.length; m++) if (NEARBY.has(t[m]!.lower)) return true;
  return false;
}
/** What a clinic serves: "in your area", "within your catchment". */
const SERVED_AREA = new Set(['area', 'catchment', 'patch', 'zone', 'region', 'radius', 'district', 'practice', 'clinic']);
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
  if (!valid) VALIDATORS.set(countries, (valid = memoWord((x) => countries.find((c) => postcodeValidatorExistsForCountry(c) && postcodeValidator(x, c) && !(c === 'NL' && NOT_DUTCH_LETTERS.test(x))))));
  return valid(text);
}

const ownCountry = (country: string, digits: string) => firstValid(countriesFor(country, false), digits) !== undefined;

/** PostNL never uses F, I, O, Q, U or Y in a postcode's letters, nor SA, SD, SS: "3070 in", "1234 OF" are no Dutch codes. */
const NOT_DUTCH_LETTERS = /^\d{4}\s?(?:[A-Z]*[FIOQUY]|S[ADS])/;

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
  if (first.kind === 'word' && first.text.length > 2 && !(first.lower in UNITS) && !(first.lower in TEENS) && !(first.lower in TENS) && first.lower !== 'oh' && !LETTER_NAME_SET.has(first.lower) && !(first.lower in GERMAN_UNITS) && !(first.lower in FOREIGN_NUMBERS) && first.lower !== 'null') return undefined;
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
  // "h two t one a eight": "a" and "i" are letters only between two digits said aloud.
  const betweenDigits = (w.lower === 'a' || w.lower === 'i') && m > 0 && digitWord(t[m - 1]!) && t[m + 1] !== undefined && digitWord(t[m + 1]!);
  if (w.text.length === 1 && /\p{L}/u.test(w.text) && ((w.text !== 'a' && w.text !== 'i') || betweenDigits)) return { text: w.text.toUpperCase(), next: letterToldAfter(t, m) };
  // "LS twelve three AB": two letters written as one word.
  if (/^[A-Z]{2}$/.test(w.text)) return { text: w.text, next: m + 1 };
  if (LETTER_NAME_SET.has(w.lower)) return { text: LETTER_NAMES[w.lower]!, next: m + 1 };
  // "three four are wye": "are" is the letter R only between a digit and another letter said aloud.
  if (w.lower === 'are' && m > 0 && digitWord(t[m - 1]!) && t[m + 1] !== undefined && spokenLetter(t[m + 1]!)) return { text: 'R', next: m + 1 };
  if (w.lower in UNITS) return { text: String(UNITS[w.lower]), next: m + 1 };
  if (w.lower === 'oh' || w.lower === 'zero') return { text: '0', next: m + 1 };
  // "eins null vier drei fünf": German digits ("null" only before another digit, where it cannot be the English word).
  if (w.lower in GERMAN_UNITS) return { text: String(GERMAN_UNITS[w.lower]), next: m + 1 };
  if (w.lower === 'null' && t[m + 1] !== undefined && (t[m + 1]!.lower in GERMAN_UNITS || t[m + 1]!.lower === 'null')) return { text: '0', next: m + 1 };
  // "zehn vier drei fünf", "dix-sept zéro zéro zéro": German and French number words up to ninety-nine, as postcodes are said in pairs.
  if (w.lower in FOREIGN_NUMBERS) {
    const n = FOREIGN_NUMBERS[w.lower]!;
    // "dix-sept", "soixante-neuf", "vingt-deux": French tens joined to their unit by a hyphen.
    const unit = t[m + 1]?.text === '-' ? FRENCH_UNITS[t[m + 2]?.lower ?? ''] : undefined;
    if (unit !== undefined && (n === 10 ? unit >= 7 : n >= 20)) return { text: String(n + unit), next: m + 3 };
    return { text: String(n), next: m + 1 };
  }
  // "treize zéro zéro un": the French "un" is a digit only after another digit said aloud.
  if (w.lower === 'un' && m > 0 && (t[m - 1]!.lower in FOREIGN_NUMBERS || t[m - 1]!.kind === 'number')) return { text: '1', next: m + 1 };
  if (w.lower in TEENS) return { text: String(TEENS[w.lower]), next: m + 1 };
  if (w.lower in TENS) {
    let k = m + 1;
    if (t[k]?.text === '-') k++;
    const unit = UNITS[t[k]?.lower ?? ''];
    return unit ? { text: String(TENS[w.lower]! + unit), next: k + 1 } : { text: String(TENS[w.lower]), next: m + 1 };
  }
  return undefined;
}

/**
 * An Eircode as it is said: a routing key and four letters or digits. Said aloud, its letters are heard
 * loosely ("ay bee three four"), so the letters the validator's table leaves out are taken too; the whole
 * seven are needed, longer than any British code, so a British reading of its first five gives way.
 */
const EIRCODE_SAID = /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[A-Z\d]{4}$/;

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
    const c = countries.find((x) => SPELLED_COUNTRIES.includes(x) && postcodeValidator(text, x)) ?? (countries.includes('IE') && EIRCODE_SAID.test(text) ? 'IE' : undefined);
    if (c) best = { last: m - 1, value: `${c}:${text}`, country: c };
  }
  return best;
}

/** Words that put a value right: "sorry", "no, I mean", "actually". */
/** Words that join a second postcode to the first: "and the other one is", "or the second". */
const ANOTHER = new Set(['and', 'the', 'other', 'one', "one's", 'is', 'second', 'also', 'was', "it's"]);
// "one" only after "other" or "second": elsewhere it is the code's first digit ("sorry, one two zero").
const joins = (t: Token[], k: number) => ANOTHER.has(t[k]!.lower) && (!t[k]!.lower.startsWith('one') || ['other', 'second'].includes(t[k - 1]?.lower ?? ''));
const CORRECTED = new Set(['sorry', 'no', 'i', 'mean', 'actually', 'wait', 'rather', 'or', 'non', 'nein', 'pardon', 'désolé', 'désolée', 'perdón', 'entschuldigung']);
/** Capitalised words after "in" that are no town: months, days, "in English". */
const NOT_TOWN = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'english', 'french', 'german', 'spanish', 'total', 'summer', 'winter', 'spring', 'autumn']);
/**
 * A British outward code alone ("BS16", "SW1A", "M4") for a clinic in Britain: one of the 121 postcode areas
 * (Royal Mail's list), so that roads ("A1", "B4009") are not read; or an Irish routing key ("D02", "H91").
 */
const GB_AREAS = new Set(`AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA
HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL
SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE`.split(/\s+/));
const OUTWARD = { GB: /^([A-Z]{1,2})\d[A-Z\d]?$/, IE: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)$/ } as const;
function outwardCodeAt(t: Token[], k: number, country: string): Postcode | undefined {
  const shape = country === 'GB' || country === 'IE' ? OUTWARD[country] : undefined;
  if (!shape || t[k]?.kind !== 'word') return undefined;
  let text = t[k]!.text;
  let last = k;
  while (t[last + 1] && t[last + 1]!.start === t[last]!.end && t[last + 1]!.kind !== 'punct' && last < k + 3) text += t[++last]!.text;
  // Validated in capitals, as the full codes are: speech-to-text writes "bs16".
  const match = shape.exec(text.toUpperCase());
  if (!match || (country === 'GB' && !GB_AREAS.has(match[1]!))) return undefined;
  return { last, value: `${country}:${text.toUpperCase()}`, country };
}

const LIVING = new Set(["we're", "i'm", 'im', 'live', 'living', 'lives', 'based', "she's", "he's", "they're"]);
const isYear = (text: string, now?: Date) => text.length === 4 && Number(text) >= 1900 && Number(text) <= (now ? now.getUTCFullYear() + 1 : 2030);

/** Distinctive alphanumeric postcodes (British, Irish, Canadian, Dutch) need no cue. */
export const DISTINCT = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\p{N}])/giu;
/**
 * `DISTINCT` tried only where it can start: each form holds a letter with a digit right after it (as the same flags read
 * them) at its first or second character. A form added to `DISTINCT` that starts otherwise must change this too
 * (`anchored-scans.spec.ts` reads random texts both ways).
 */
const DISTINCT_AT = new RegExp(DISTINCT.source, 'iuy');
const LETTER_DIGIT = /[A-Z]\d/giu;

/** `[...text.matchAll(DISTINCT)]`, without trying the lookbehind at every character of the turn. */
export function distinctShapes(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  LETTER_DIGIT.lastIndex = 0;
  for (let pair = LETTER_DIGIT.exec(text); pair !== null; pair = LETTER_DIGIT.exec(text)) {
    // A letter-digit pair never overlaps the next one, so the starts tried rise: the first match is the leftmost.
    for (let start = Math.max(from, pair.index - 1); start <= pair.index; start++) {
      DISTINCT_AT.lastIndex = start;
      const match = DISTINCT_AT.exec(text);
      if (match === null) continue;
      out.push(match);
      from = start + match[0].length;
      if (LETTER_DIGIT.lastIndex < from) LETTER_DIGIT.lastIndex = from;
      break;
    }
  }
  return out;
}

const postalCueEnd = endingsOf(POSTAL_CUES);

/** Postcodes said on their own: after "zip"/"postcode"/"eircode", in answer to one, or distinctive alphanumeric ones anywhere. */
export function postalCodes(a: Analysis, country: string): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const starts = new Set<number>();
  for (let i = 1; i < t.length; i++) if (postalCueEnd.of(t[i - 1]!) && findCueBefore(a, i, POSTAL_CUES, 1) !== undefined) starts.add(i);
  // "we're in 74174 now": a postcode where the caller lives, never a year ("we're in 2024").
  for (const i of startsOf(t, inWord).map((p) => p + 1)) if (i >= 2 && i < t.length && LIVING.has(t[i - 2]!.lower) && t[i]!.kind === 'number' && !isYear(t[i]!.text, a.now)) starts.add(i);
  for (const i of starts) {
    let k = i;
    while (k < t.length && BRIDGE.has(t[k]!.lower) && k - i < 6) k++;
    // "Can you confirm the postal code on file? It shows 43123.": the record's answer in the next sentence of the same turn.
    if (t[k]?.text === '?' && ['it', 'that'].includes(t[k + 1]?.lower ?? '') && READ_BACK.has(t[k + 2]?.lower ?? '')) k += 3;
    else if (t[k]?.text === '?' && ["it's", "that's"].includes(t[k + 1]?.lower ?? '')) k += 2;
    let code = postcodeAt(t, k, country, true) ?? groupedPostcode(t, k, country, ownCountry);
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
    // "code postal c'est trente et... non, 31000": a code broken off and said again after a correction.
    for (let m = k + 1; !code && m < Math.min(t.length, k + 8) && !['?', '!'].includes(t[m]!.text); m++) {
      if (!CORRECTED.has(t[m]!.lower) || t[m]!.lower === 'i' || t[m]!.lower === 'or') continue;
      let n = m;
      while (n < t.length && n < m + 4 && (t[n]!.kind === 'punct' || CORRECTED.has(t[n]!.lower))) n++;
      code = postcodeAt(t, n, country, true);
      if (code) k = n;
    }
    if (code && !(a.asked.has('address') && i === 0 && !a.asked.has('postal') && !/[a-z]/i.test(code.value.slice(3)))) {
      found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: i === 0 && !findCueBefore(a, i, POSTAL_CUES, 1) ? 'postal.answer' : 'postal.cued', confidence: 0.95, value: code.value });
    }
  }
  // The answer to "and your postcode?": the first postcode in its first words ("Preston, 3072").
  if (a.asked.has('postal')) {
    for (let k = 0; k < Math.min(t.length, 8); k++) {
      const code = postcodeAt(t, k, country, true) ?? groupedPostcode(t, k, country, ownCountry);
      if (code) {
        found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.answer', confidence: 0.95, value: code.value });
        break;
      }
    }
  }
  found.push(...codesBeforeTowns(a, (k) => postcodeAt(t, k, country, true)));
  // "is 3121 close to you?", "is BS16 in your catchment?", "do you cover 2040?": a code asked about as a place the clinic serves.
  for (const i of startsOf(t, servingWord)) {
    const w = t[i]!.lower;
    if (i + 2 >= t.length || !codeStart(t, i + 1)) continue;
    // Most "is" ask nothing of the kind: a word of nearness must follow within the few tokens a code takes before one is read.
    if (w === 'is' && !nearnessWithin(t, i + 2, i + 8)) continue;
    const code = postcodeAt(t, i + 1, country, true) ?? outwardCodeAt(t, i + 1, country);
    if (!code || isYear(t.slice(i + 1, code.last + 1).map((x) => x.text).join(''), a.now)) continue;
    const after = t.slice(code.last + 1, code.last + 5).map((x) => x.lower);
    // "close to you", "in your catchment", "near you": the clinic itself, or its area, after the word of nearness.
    const served = after.findIndex((x, n) => n > 0 && (x === 'you' || x === 'catchment' || (x === 'your' && SERVED_AREA.has(after[n + 1] ?? ''))));
    const asked = w === 'is' ? NEARBY.has(after[0] ?? '') && served > 0 && after.slice(1, served).every((x) => x === 'to' || x === 'by' || x === 'from' || x === 'your' || x === 'the') : after[0] === undefined || after[0] === '?' || after[0] === 'or';
    if (asked) found.push({ type: 'POSTAL_CODE', start: t[i + 1]!.start, end: t[code.last]!.end, rule: 'postal.nearby', confidence: 0.9, value: code.value });
  }
  // "in Paris it's 75011", "in Leeds it's LS6 2AB", "the Madrid one is 28004": a code said with its town, closing the clause.
  const itIs = a.lower.includes('it') || a.lower.includes('one');
  for (let i = 0; itIs && i + 3 < t.length; i++) {
    if ((t[i]!.lower !== 'in' && t[i]!.lower !== 'the') || !isCapitalised(t[i + 1]!) || t[i + 1]!.kind !== 'word' || NOT_TOWN.has(t[i + 1]!.lower)) continue;
    let k = i + 2;
    if (t[k]?.kind === 'word' && isCapitalised(t[k]!) && !["It's", 'It'].includes(t[k]!.text)) k++;
    if (t[i]!.lower === 'the') {
      // ("the Madrid one is", "the Leeds one's": the town's code among the caller's several.)
      if (t[k]?.lower === "one's") k++;
      else if (t[k]?.lower === 'one' && t[k + 1]?.lower === 'is') k += 2;
      else continue;
    } else if (t[k]?.lower !== "it's" && !(t[k]?.lower === 'it' && t[k + 1]?.lower === 'is')) continue;
    else k += t[k]!.lower === 'it' ? 2 : 1;
    const code = postcodeAt(t, k, country, true);
    const next = t[code ? code.last + 1 : k];
    if (code && t[code.last]!.kind === 'number' && !isYear(code.value.slice(3), a.now) && (next === undefined || ['.', '?', '!', ','].includes(next.text))) {
      found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.town', confidence: 0.88, value: code.value });
    }
  }
  // "eins null vier drei fünf... sorry, ten four three five": a postcode put right is a postcode again.
  for (let n = 0; n < found.length; n++) {
    const f = found[n]!;
    const end = tokenAt(a, f.end) - 1;
    if (t[end]?.end !== f.end) continue;
    let k = end + 1;
    let corrected = false;
    let another = false;
    while (k < t.length && k <= end + 6 && (t[k]!.kind === 'punct' || CORRECTED.has(t[k]!.lower) || joins(t, k))) {
      corrected ||= CORRECTED.has(t[k]!.lower);
      another ||= t[k]!.lower === 'other' || t[k]!.lower === 'second' || t[k]!.lower === 'also';
      k++;
    }
    // "83669 and the other one is 59801": a second code said as the first one's fellow is a postcode too (not a year).
    const code = corrected || (another && !isYear(t[k]?.text ?? '', a.now)) ? postcodeAt(t, k, country, true) : undefined;
    if (code && !found.some((x) => x.start === t[k]!.start)) found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.corrected', confidence: 0.9, value: code.value });
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
    found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[part.last]!.end, rule: 'postal.spelled', confidence: part.last - k >= 6 ? 0.9 : 0.8, value: part.value });
    k = part.last;
  }
  for (const match of [...distinctShapes(a.text), ...dutchPostcodes(a.text, (d) => isYear(d, a.now))]) {
    const k = tokenAt(a, match.index!);
    if (!/\d/.test(match[0]) || namesSomethingElse(a, k, k)) continue;
    const code = postcodeAt(t, k, country, true);
    if (code && t[code.last]!.end === match.index! + match[0].length) {
      found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[code.last]!.end, rule: 'postal.shape', confidence: 0.8, value: code.value });
    }
  }
  return found;
}
