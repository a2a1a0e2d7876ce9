import { Analysis, TEENS, TENS, Token, UNITS } from '../analysis';
import { Candidate } from '../types';
import { findCueBefore, isCapitalised, phrases } from './context';

const SUFFIXES = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'way', 'place', 'pl',
  'terrace', 'ter', 'circle', 'cir', 'parkway', 'pkwy', 'highway', 'hwy', 'square', 'sq', 'trail', 'trl', 'crescent', 'alley', 'plaza',
  'route', 'loop', 'row', 'close', 'grove', 'gardens', 'heights', 'point', 'pike', 'run', 'walk',
]);
const ABBREVIATED = new Set(['st', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'pl', 'ter', 'cir', 'pkwy', 'hwy', 'sq', 'trl']);
const UNITS_OF_ADDRESS = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', '#', 'flat', 'floor', 'building', 'bldg']);
const STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas
kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming`.split(/\s+/),
);
const TWO_WORD_STATES = new Set(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia', 'district of']);
const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT
VT VA WA WV WI WY DC`.split(/\s+/),
);
const POSTAL_CUES = phrases('zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code');
const NUMBER_WORD = (w: string) => w in UNITS || w in TEENS || w in TENS || w === 'hundred' || w === 'oh';

/**
 * Street addresses: a house number, one to four street words and a street suffix, with the unit,
 * city, state and ZIP that follow. Postal codes alone only after "zip" or "postal code".
 */
export function addresses(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  for (let s = 1; s < t.length; s++) {
    if (!SUFFIXES.has(t[s]!.lower) || t[s]!.kind !== 'word') continue;
    // "Dr" before a capitalised name is a title, not a drive.
    if ((t[s]!.lower === 'dr' || t[s]!.lower === 'st') && t[s + 1] && isCapitalised(t[s + 1]!) && t[s + 1]!.kind === 'word' && !isStateAt(t, s + 1)) continue;
    const number = houseNumber(t, s);
    if (number === undefined) continue;
    let end = s;
    // "St." keeps its period; "Baker Street." ends a sentence.
    if (t[end + 1]?.text === '.' && ABBREVIATED.has(t[s]!.lower)) end++;
    end = unitAfter(t, end);
    end = placeAfter(t, end);
    found.push({
      type: 'STREET_ADDRESS',
      start: t[number]!.start,
      end: t[end]!.end,
      rule: 'address.street',
      confidence: 0.9,
      value: normaliseAddress(a.text.slice(t[number]!.start, t[end]!.end)),
    });
  }
  for (let i = 0; i < t.length; i++) {
    if (findCueBefore(a, i, POSTAL_CUES, 1) === undefined) continue;
    let k = i;
    while (k < t.length && ['is', ':', "it's", 'the', 'my', 'code'].includes(t[k]!.lower)) k++;
    const zip = postalCode(t, k);
    if (zip) found.push({ type: 'POSTAL_CODE', start: t[k]!.start, end: t[zip.last]!.end, rule: 'postal.cued', confidence: 0.95, value: zip.value });
  }
  return found;
}

/** The token index of the house number before street words ending at the suffix at `s`. */
function houseNumber(t: Token[], s: number): number | undefined {
  for (let k = s - 1; k >= Math.max(0, s - 5); k--) {
    const w = t[k]!;
    // A written house number is one token ("742"); "route 66" has no street name and is no address.
    if (w.kind === 'number') return k === s - 1 ? undefined : k;
    // A spoken one may be several words: "one two three main street", "twenty two baker street".
    if (NUMBER_WORD(w.lower)) {
      if (k === s - 1) return undefined;
      let first = k;
      while (first > 0 && NUMBER_WORD(t[first - 1]!.lower)) first--;
      return first;
    }
    if (w.kind !== 'word' && w.text !== '.') return undefined;
  }
  return undefined;
}

function unitAfter(t: Token[], end: number): number {
  let k = end + 1;
  if (t[k]?.text === ',') k++;
  if (!t[k] || !UNITS_OF_ADDRESS.has(t[k]!.lower)) return end;
  k++;
  if (t[k]?.text === '.' || t[k]?.text === '#') k++;
  const value = t[k];
  return value && (value.kind === 'number' || /^[a-z]?\d+[a-z]?$|^[a-z]$/i.test(value.text)) ? (t[k + 1]?.kind === 'word' && t[k + 1]!.text.length === 1 && t[k + 1]!.start === value.end ? k + 1 : k) : end;
}

/** City, state and ZIP after the street, when a state shows there is a place to take. */
function placeAfter(t: Token[], end: number): number {
  for (let k = end + 1; k <= end + 6 && k < t.length; k++) {
    const stateEnd = stateAt(t, k);
    if (stateEnd !== undefined) {
      const between = t.slice(end + 1, k).every((x) => x.text === ',' || (x.kind === 'word' && !['in', 'at', 'and', 'or', 'near', 'by', 'for'].includes(x.lower)));
      if (!between) return end;
      let last = stateEnd;
      const zip = postalCode(t, last + 1);
      if (zip) last = zip.last;
      return last;
    }
  }
  const zip = postalCode(t, t[end + 1]?.text === ',' ? end + 2 : end + 1);
  return zip ? zip.last : end;
}

function isStateAt(t: Token[], k: number): boolean {
  return stateAt(t, k) !== undefined;
}

function stateAt(t: Token[], k: number): number | undefined {
  const w = t[k];
  if (!w || w.kind !== 'word') return undefined;
  if (STATE_CODES.has(w.text)) return k;
  if (STATES.has(w.lower)) return k;
  if (t[k + 1] && TWO_WORD_STATES.has(`${w.lower} ${t[k + 1]!.lower}`)) return k + 1;
  return undefined;
}

function postalCode(t: Token[], k: number): { last: number; value: string } | undefined {
  const w = t[k];
  if (!w) return undefined;
  if (w.kind === 'number' && w.text.length === 5) {
    if (t[k + 1]?.text === '-' && t[k + 2]?.kind === 'number' && t[k + 2]!.text.length === 4) return { last: k + 2, value: `${w.text}-${t[k + 2]!.text}` };
    return { last: k, value: w.text };
  }
  // Spoken: five digits said one by one.
  let digits = '';
  let m = k;
  while (m < t.length && digits.length < 5 && (t[m]!.lower in UNITS || t[m]!.lower === 'oh' || t[m]!.lower === 'zero')) {
    digits += t[m]!.lower in UNITS ? String(UNITS[t[m]!.lower]) : '0';
    m++;
  }
  if (digits.length === 5) return { last: m - 1, value: digits };
  // Canadian and British postcodes after a cue: "K1A 0B1", "SW1A 1AA".
  const text = t.slice(k, k + 6).map((x) => x.text).join('');
  const ca = /^[A-Za-z]\d[A-Za-z]\d[A-Za-z]\d/.exec(text);
  if (ca) return { last: k + lastTokenFor(t, k, 6), value: ca[0].toUpperCase() };
  return undefined;
}

function lastTokenFor(t: Token[], k: number, chars: number): number {
  let n = 0;
  for (let m = k; m < t.length; m++) {
    n += t[m]!.text.length;
    if (n >= chars) return m - k;
  }
  return 0;
}

export function normaliseAddress(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
