import { Analysis, GERMAN_TENS, Token } from '../analysis';
import { Candidate } from '../types';
import { isCapitalised } from './context';
import { ABBREVIATED, COMPOUND, DIRECTIONS, HOUSE_LEAD, HOUSE_WORDS, MEASURES, NUMBER_WORD, NUMBERED_TYPES, PREFIXES, STOPS, SUFFIXES, UNIT_CUES, UNIT_VALUE, UNIT_WORDS, VEHICLES } from './address-words';
import { foreignHouseNumberWord, frenchNumberStart, germanFloorAfter, saidNumberBefore, spokenNumberStart, STANDALONE } from './address-forms';
import { leadingHouseName, namedAddresses } from './address-named';
import { answeredAddresses } from './address-answer';
import { directionAfter, normaliseAddress, placeAfter, stateAt, unitAfter } from './address-places';
import { postcodeAt } from './postal';
import { COMMON_WORDS, NOT_NAME_WORDS } from '../dictionaries/names';
import { flagWord, memoWord } from '../word-memo';
import { startsOf, startWord } from '../starts';

// Kept where callers import it from.
export { normaliseAddress } from './address-places';

/** The last index of a number (written, or said in number words) right after token `k`, or `k`. */
function numberAfter(t: Token[], k: number): number {
  const next = t[k + 1];
  if (next?.kind === 'number' && next.text.length <= 3) return k + 1;
  let last = k;
  while (t[last + 1] && t[last + 1]!.kind === 'word' && NUMBER_WORD(t[last + 1]!.lower) && t[last + 1]!.lower !== 'oh' && last < k + 3) last++;
  return last;
}
/** "Co. Cork", "County Cork": where a rural Irish address's county is read from. */
const countyWord = startWord((w) => w === 'co' || w === 'county');
/** Verbs of sending post, before "to" and the place: "send it to", "the letter can go to", "post them to". */
const MAILING = new Set(['send', 'sent', 'post', 'posted', 'mail', 'mailed', 'go', 'goes', 'forward', 'forwarded', 'deliver', 'delivered', 'address']);
/** Before a street type at `s` with no number: one to three capitalised name words after "to", itself after a verb of sending post. */
function mailedStreet(t: Token[], s: number): number | undefined {
  let k = s - 1;
  while (k >= 0 && k > s - 4 && t[k]!.kind === 'word' && isCapitalised(t[k]!) && !STOPS.has(t[k]!.lower)) k--;
  if (k === s - 1 || t[k]?.lower !== 'to') return undefined;
  return t.slice(Math.max(0, k - 3), k).some((x) => MAILING.has(x.lower)) ? k + 1 : undefined;
}
/** Words before a house number said before a comma and its street: "I'm at forty two a, Chapel Street", "it's 9, Hope Lane". */
// ("PO box nine one four seven": its number said digit by digit, as callers dictate it.)
export const PO_BOX = /\b(?:p\.?\s?o\.?|post office)\s*box\s+(?:[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*|(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\s+){1,7}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)/giu;
const PO_BOX_AT = new RegExp(PO_BOX.source, 'iuy');

/**
 * `[...text.matchAll(PO_BOX)]` (`lower` is the text's lowercase, as long), tried only where a match can start: from 2 to 11
 * characters (its "po" to "post office") before the spaces before a "box". A form added to `PO_BOX` that starts otherwise
 * must change this too (`anchored-scans.spec.ts` reads random texts both ways).
 */
export function poBoxes(text: string, lower: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  // Starts tried already: each "box"'s starts lie after the last one's, or among them.
  let tried = 0;
  for (let box = lower.indexOf('box'); box !== -1; box = lower.indexOf('box', box + 1)) {
    let space = box;
    while (space > 0 && /\s/u.test(text[space - 1]!)) space--;
    for (let start = Math.max(space - 11, from, tried); start <= space - 2; start++) {
      PO_BOX_AT.lastIndex = start;
      const match = PO_BOX_AT.exec(text);
      if (match === null) continue;
      out.push(match);
      from = start + match[0].length;
      break;
    }
    tried = Math.max(tried, space - 1);
  }
  return out;
}

/**
 * Street addresses in English, French, German, Spanish and Dutch layouts: a (written or spoken)
 * house number with street words and a type ("7 Mill Lane", "12 avenue Foch", "Lindenweg 4",
 * "Calle Mayor 12"), with the unit, town, region and postcode said with it; flats and units before
 * it ("Flat 2, 14 Hope Street", "Unit 5/22 Smith St"); PO boxes; an apartment alone ("apartment
 * #2R"). A street named without a house number is no address.
 */
/** Words that say which one or how many, never a street's name: "either way", "the other way", "any road". */
const DETERMINED = new Set(['either', 'neither', 'any', 'no', 'other', 'same', 'that', 'this', 'each', 'every', 'which', 'whichever', 'wrong', 'right']);

export function addresses(a: Analysis, country: string): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const push = (first: number, last: number, rule: string, confidence = 0.9) => {
    let start = first;
    start = unitBefore(t, start);
    // "number six ashgrove lawn": the word "number" said before a house number is how it is said.
    if (start === first && t[start - 1]?.lower === 'number' && (t[start]!.kind === 'number' || NUMBER_WORD(t[start]!.lower))) start--;
    const end = germanFloorAfter(t, placeAfter(t, unitAfter(t, directionAfter(t, last)), country));
    // An address said through its postcode is surer than any number read inside it ("prinsengracht 263-1, 1016 gv" is no phone).
    const sure = end > last && endsWithPostcode(t, last, end, country) ? Math.max(confidence, 0.98) : confidence;
    found.push({ type: 'STREET_ADDRESS', start: t[start]!.start, end: t[end]!.end, rule, confidence: sure, value: normaliseAddress(a.text.slice(t[start]!.start, t[end]!.end)) });
  };
  for (let s = 0; s < t.length; s++) {
    const w = t[s]!;
    // A rule added to this loop that starts at another word must add that word to `startsAStreetRule`.
    if (w.kind !== 'word' || !startsAStreetRule.of(w)) continue;
    // "3 bis boulevard Saint-Germain": a French type before the name, not an English one after it.
    if (SUFFIXES.has(w.lower) && s >= 1 && !(PREFIXES.has(w.lower) && ['bis', 'ter', 'quater'].includes(t[s - 1]!.lower))) {
      // "Dr"/"St" before a capitalised name is a title, not a drive: "at 9 Dr Lee".
      if ((w.lower === 'dr' || w.lower === 'st') && t[s + 1] && t[s + 1]!.kind === 'word' && isCapitalised(t[s + 1]!) && stateAt(t, s + 1) === undefined && !DIRECTIONS.has(t[s + 1]!.lower) && !UNIT_WORDS.has(t[s + 1]!.lower)) continue;
      // "the copay is twenty-five either way", "ten the other way": a lowercase determiner before the type says which one, no street's name ("12 Any Lane" is written).
      if (DETERMINED.has(t[s - 1]!.lower) && !isCapitalised(t[s - 1]!)) continue;
      const number = houseNumber(t, s);
      if (number !== undefined && !t.slice(number + 1, s).some((x) => MEASURES.has(x.lower) || VEHICLES.has(x.lower))) {
        let end = s;
        if (t[end + 1]?.text === '.' && ABBREVIATED.has(w.lower)) end++;
        // "6650 state route thirty seven east", "12 county road 9": a route's own number after its type, and its direction.
        const routeNumber = NUMBERED_TYPES.has(w.lower) ? numberAfter(t, end) : end;
        const routed = routeNumber > end;
        end = routeNumber;
        // "Pennsylvania Avenue NW", "Queen St W"
        if (t[end + 1] && DIRECTIONS.has(t[end + 1]!.lower) && (t[end + 1]!.text.length <= 2 || isCapitalised(t[end + 1]!) || routed)) end++;
        push(number, end, 'address.street');
        continue;
      }
      // "Lot 12, Tallowwood Drive", "Rose Cottage, Station Road": a unit or a house name, then a street with no number.
      const named = number === undefined ? (namedHouseBefore(t, s) ?? leadingHouseName(t, s, country)) : undefined;
      if (named !== undefined) {
        push(named, s, 'address.house_name', 0.88);
        continue;
      }
      // "the letter can go to Main Street, Gort": a street and its town said as where post is sent, with no house number.
      const mailed = number === undefined ? mailedStreet(t, s) : undefined;
      if (mailed !== undefined) {
        const end = placeAfter(t, s, country);
        if (end > s && t[s + 1]?.text === ',') found.push({ type: 'STREET_ADDRESS', start: t[mailed]!.start, end: t[end]!.end, rule: 'address.mailed', confidence: 0.86, value: normaliseAddress(a.text.slice(t[mailed]!.start, t[end]!.end)) });
        continue;
      }
    }
    if (PREFIXES.has(w.lower)) {
      // "12 avenue Foch", "12, rue de la Paix"
      let n = s - 1;
      if (t[n]?.text === ',') n--;
      if (['bis', 'ter', 'quater'].includes(t[n]?.lower ?? '')) n--;
      const name = nameAfter(t, s + 1);
      if (n >= 0 && isHouseNumber(t[n]!) && name !== undefined) {
        push(n, name, 'address.street_prefix');
        continue;
      }
      // "four twenty two rue saint denis": a house number said in two or more number words.
      if (n >= 1 && NUMBER_WORD(t[n]!.lower) && NUMBER_WORD(t[n - 1]!.lower) && name !== undefined) {
        let first = n - 1;
        while (first > 0 && NUMBER_WORD(t[first - 1]!.lower)) first--;
        push(first, name, 'address.street_prefix', 0.88);
        continue;
      }
      const french = name !== undefined ? frenchNumberStart(t, n) : undefined;
      if (french !== undefined) {
        push(french, name!, 'address.street_prefix', 0.88);
        continue;
      }
      // "Calle Mayor 12", "Avenida de la Paz, 5"
      if (name !== undefined) {
        let k = name + 1;
        if (t[k]?.text === ',') k++;
        // In lowercase speech ("carrer de mallorca 220 08008 barcelona") the street needs its postcode after the number, as a compound street does.
        if (t[k] && isHouseNumber(t[k]!) && (isCapitalised(w) || postcodeAfter(t, letterAfter(t, k), country))) push(s, letterAfter(t, k), 'address.street_prefix');
      }
    }
    // "Danziger Str. 58": the type abbreviated as a word of its own.
    if ((w.text.length > 4 || (w.text === 'Str' && t[s + 1]?.text === '.' && t[s - 1]?.kind === 'word' && isCapitalised(t[s - 1]!))) && COMPOUND.test(w.lower)) {
      let k = s + 1;
      if (t[k]?.text === '.') k++;
      // "SPRING2026", "OFFRING20": digits glued to the word make a code, not a house number.
      // "prinsengracht two six three, one oh one six g v": in lowercase speech the number may be said in English words, the postcode after it.
      const spoken = t[k] !== undefined && !isCapitalised(w) && t[k]!.kind === 'word' && NUMBER_WORD(t[k]!.lower) && t[k]!.lower !== 'oh';
      const numbered = t[k] !== undefined && t[k]!.start > t[k - 1]!.end && (isHouseNumber(t[k]!) || GERMAN_NUMBERS.has(t[k]!.lower) || spoken);
      // In lowercase speech ("friedrichstraße 11, 04109 leipzig", "oderberger strasse zwölf") the street needs its postcode after it,
      // a question about the address, or its number said in German.
      let last = numbered ? houseSuffix(t, letterAfter(t, k)) : k;
      if (spoken) while (last < k + 4 && t[last + 1]?.kind === 'word' && NUMBER_WORD(t[last + 1]!.lower)) last++;
      // "schönhauser allee hundert zwanzig": a house number said in several German number words.
      while (numbered && GERMAN_NUMBERS.has(t[last]!.lower) && t[last + 1] && (GERMAN_NUMBERS.has(t[last + 1]!.lower) || t[last + 1]!.lower === 'und') && GERMAN_NUMBERS.has(t[last + (t[last + 1]!.lower === 'und' ? 2 : 1)]?.lower ?? '')) last += t[last + 1]!.lower === 'und' ? 2 : 1;
      // An English word that ends like a street type ("Spring", "during", "bring") is none.
      if (numbered && !COMMON_WORDS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower) && (spoken ? postcodeAfter(t, last, country) : isCapitalised(w) || a.asked.has('address') || GERMAN_NUMBERS.has(t[k]!.lower) || postcodeAfter(t, last, country))) {
        push(germanStreetStart(t, s), last, 'address.compound');
      }
    }
    // "Am Wasserturm 57", "An der Alster 3": a German street named by its preposition.
    if (GERMAN_PREPOSITIONS.has(w.text) && s + 1 < t.length) {
      let k = s + 1;
      if (['der', 'dem', 'den'].includes(t[k]!.lower)) k++;
      if (t[k]?.kind === 'word' && isCapitalised(t[k]!) && t[k + 1] && isHouseNumber(t[k + 1]!) && t[k + 1]!.kind === 'number') push(s, houseSuffix(t, letterAfter(t, k + 1)), 'address.compound');
    }
  }
  // "Knockaphonery, Ballydehob, Co. Cork P81 WK50": a rural Irish address, townland and town before the county and its Eircode.
  for (const k of startsOf(t, countyWord)) {
    if (k < 2) continue;
    const county = stateAt(t, k);
    // "Co. Westmeath, N37 W9T2": a comma may come between the county and its Eircode.
    const code = county !== undefined ? postcodeAt(t, t[county + 1]?.text === ',' ? county + 2 : county + 1, country, true) : undefined;
    if (!code || t[k - 1]!.text !== ',') continue;
    const start = placesBefore(t, k - 1);
    if (start !== undefined && !found.some((f) => f.start <= t[k]!.start && t[k]!.start < f.end)) {
      found.push({ type: 'STREET_ADDRESS', start: t[start]!.start, end: t[code.last]!.end, rule: 'address.townland', confidence: 0.9, value: normaliseAddress(a.text.slice(t[start]!.start, t[code.last]!.end)) });
    }
  }
  for (const match of poBoxes(a.text, a.lower)) {
    const first = t.findIndex((x) => x.start === match.index);
    const last = t.findIndex((x) => x.end === match.index! + match[0].length);
    if (first >= 0 && last >= 0) push(first, last, 'address.po_box', 0.93);
  }
  // "apartment #2R", "unit three": a unit said alone after a cue word is part of the caller's address.
  for (const k of startsOf(t, unitRuleStart)) {
    const cue = startsAUnitRule.of(t[k]!)!;
    if (cue === 'rural') {
      const last = ruralRoute(t, k);
      if (last !== undefined) push(k, last, 'address.rural_route', 0.9);
      continue;
    }
    const end = unitAfter(t, k - 1);
    // "my address is the same, just the unit changed to unit 7": a turn about the address.
    if (end > k && (t[k + 1]?.text === '#' || a.asked.has('address') || /\baddress\b/.test(a.lower.slice(0, t[k]!.start)) || /\d[a-z]|[a-z]\d/i.test(a.text.slice(t[k + 1]!.start, t[end]!.end).replace(/\s/g, '')))) {
      if (t[k - 1]?.lower === 'an' || t[k - 1]?.lower === 'a' || t[k - 1]?.lower === 'the') continue;
      found.push({ type: 'STREET_ADDRESS', start: t[k]!.start, end: t[end]!.end, rule: 'address.unit', confidence: 0.8, value: normaliseAddress(a.text.slice(t[k]!.start, t[end]!.end)) });
    }
  }
  found.push(...namedAddresses(a, country, found));
  if (!found.some((f) => f.rule !== 'address.unit')) found.push(...answeredAddresses(a, country));
  return mergeAdjacent(a.text, found);
}

/** Words a unit rule starts at: a unit's cue, or a Canadian rural route ("RR 2", "rural route 3"). */
const startsAUnitRule = memoWord((w): 'unit' | 'rural' | undefined => (UNIT_CUES.has(w) ? 'unit' : w === 'rr' || w === 'rural' ? 'rural' : undefined));
const unitRuleStart = startWord((w) => startsAUnitRule(w) !== undefined);
/** What a rural route's number is followed by: "RR 2 Site 14 Comp 6", "R.R. 1, Box 22". */
const ROUTE_PARTS = new Set(['site', 'comp', 'compartment', 'box', 'lot', 'concession', 'con']);

/** "rr 2 site 14 comp 6": a rural route with its number and the site, compartment or box after it; the last index. */
function ruralRoute(t: Token[], k: number): number | undefined {
  let m = t[k]!.lower === 'rural' ? (t[k + 1]?.lower === 'route' ? k + 2 : -1) : k + 1;
  if (m < 0 || !t[m] || !UNIT_VALUE(t[m])) return undefined;
  let last = m;
  for (m = last + 1; ROUTE_PARTS.has(t[m]?.lower ?? '') && t[m + 1] && UNIT_VALUE(t[m + 1]); m = last + 1) last = m + 1;
  return last;
}

/** Whether a postcode is said right after token `k` (a comma between): "friedrichstraße 11, 04109 leipzig". */
function postcodeAfter(t: Token[], k: number, country: string): boolean {
  const m = t[k + 1]?.text === ',' ? k + 2 : k + 1;
  return postcodeAt(t, m, country, true) !== undefined;
}

/** Whether the place said from `last` through `end` closes with a postcode (a town after it allowed). */
function endsWithPostcode(t: Token[], last: number, end: number, country: string): boolean {
  // A split code ("T23 H6F5" is six tokens) starts up to seven before the end.
  for (let k = Math.max(last + 1, end - 7); k <= end; k++) {
    const code = postcodeAt(t, k, country, true);
    if (code && (code.last === end || code.last === end - 1)) return true;
  }
  return false;
}

/** "Flat 5, Albert Court, 12 Prince Consort Road, ...": parts of one address said one after another, a comma apart, are one span. */
function mergeAdjacent(text: string, found: Candidate[]): Candidate[] {
  if (found.length < 2) return found;
  const sorted = [...found].sort((x, y) => x.start - y.start);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const previous = out[out.length - 1];
    // Two readings of one address that overlap ("RR 2, 4471 Concession" and "4471 Concession Road 6, Uxbridge ON") are one too.
    if (previous && (c.start < previous.end || /^\s*,\s*$/.test(text.slice(previous.end, c.start)))) {
      out[out.length - 1] = { ...previous, end: Math.max(previous.end, c.end), value: normaliseAddress(text.slice(previous.start, Math.max(previous.end, c.end))) };
    } else out.push(c);
  }
  return out;
}

/**
 * Before a street named without a number ("Station Road" at `s`): a comma, and before it a unit
 * with its number ("Lot 12", "Apartment 22, Lancaster Quay", "number nine") or a house's name
 * ("Rose Cottage", "the old vicarage"). The index where that starts.
 */
function namedHouseBefore(t: Token[], s: number): number | undefined {
  let k = s - 1;
  for (let words = 0; k >= 0 && words < 3 && t[k]!.kind === 'word' && !STOPS.has(t[k]!.lower); words++) k--;
  if (k === s - 1 && t[k]?.lower !== 'the') return undefined;
  // "it's a farm, no street number": "no street" names no street.
  if (t.slice(k + 1, s).some((x) => x.lower === 'no' || x.lower === 'any')) return undefined;
  if (t[k]?.lower === 'the') k--;
  if (t[k]?.text !== ',') return undefined;
  let m = k - 1;
  // "Apartment 22, Lancaster Quay, Western Road": a named block between the unit and the street.
  if (t[m]?.kind === 'word' && SUFFIXES.has(t[m]!.lower)) {
    let n = m - 1;
    while (n >= 0 && n > m - 3 && t[n]!.kind === 'word' && isCapitalised(t[n]!)) n--;
    if (t[n]?.text === ',') m = n - 1;
  }
  if (UNIT_VALUE(t[m]) && t[m - 1] && (UNIT_WORDS.has(t[m - 1]!.lower) || t[m - 1]!.lower === 'number')) return m - 1;
  if (t[m]?.kind === 'word' && HOUSE_WORDS.has(t[m]!.lower)) {
    let n = m;
    while (n > 0 && n > m - 3 && t[n - 1]!.kind === 'word' && !STOPS.has(t[n - 1]!.lower)) n--;
    if (t[n - 1]?.lower === 'the') n--;
    // "it's a farm": a house named is "the Old Rectory", never "a farm".
    if (t[n]!.lower === 'a' || t[n]!.lower === 'an' || t.slice(n, m).some((x) => x.lower === 'a' || x.lower === 'an')) return undefined;
    return n;
  }
  return undefined;
}

/** Up to four comma-separated places (one to three capitalised words each, or a unit and its number) ending at the comma `k`. */
function placesBefore(t: Token[], k: number): number | undefined {
  const lowercase = t[k + 1] !== undefined && !isCapitalised(t[k + 1]!);
  let start: number | undefined;
  let m = k - 1;
  for (let groups = 0; groups < 4 && m >= 0; groups++) {
    let n = m;
    if (UNIT_VALUE(t[n]) && t[n - 1] && UNIT_WORDS.has(t[n - 1]!.lower)) n -= 1;
    else {
      // In lowercase speech ("ballynoe, mallow, co. cork p51 rd80"), words that are no clause words; the county and Eircode anchor them.
      // "Cnoc na Gréine", "Baile an Chaisleáin": an Irish article between a townland's capitalised words.
      const article = (x: number) => IRISH_ARTICLES.has(t[x]!.lower) && t[x - 1] !== undefined && isCapitalised(t[x - 1]!) && isCapitalised(t[x + 1]!);
      while (n >= 0 && n > m - 3 && t[n]!.kind === 'word' && (isCapitalised(t[n]!) || t[n]!.lower === 'the' || (lowercase && !NOT_NAME_WORDS.has(t[n]!.lower))) && !STOPS.has(t[n]!.lower) || (n >= 0 && t[n]!.lower === 'the' && n > m - 4) || (n > 0 && n > m - 3 && article(n))) n--;
      n++;
      if (n > m) break;
    }
    start = n;
    if (t[n - 1]?.text !== ',') break;
    m = n - 2;
  }
  return start;
}

/** The articles of Irish place names: "Cnoc na Gréine", "Baile an Mhuilinn", "Gort an Choirce". */
const IRISH_ARTICLES = new Set(['na', 'an']);

/** House numbers said in German: "oderberger strasse zwölf". */
const GERMAN_NUMBER_WORDS = new Set(['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', ...Object.keys(GERMAN_TENS), 'hundert']);
/** (Dutch ones too: "Herengracht twee honderd".) */
const GERMAN_NUMBERS = { has: (w: string) => GERMAN_NUMBER_WORDS.has(w) || foreignHouseNumberWord(w) };

const GERMAN_PREPOSITIONS = new Set(['Am', 'An', 'Im', 'Auf', 'Zum', 'Zur', 'Unter', 'Hinter', 'Vor', 'In']);
/** A word one of the street rules of `addresses` can start at (a type after or before the name, a compound, a German preposition in any case): most words are none. */
const startsAStreetRule = flagWord((w) => SUFFIXES.has(w) || PREFIXES.has(w) || COMPOUND.test(w) || [...GERMAN_PREPOSITIONS].some((p) => p.toLowerCase() === w));

/** German street types said as a word of their own, after the street's name: "Schönhauser Allee", "Unter den Linden". */
const GERMAN_TYPE_WORDS = new Set(['allee', 'straße', 'strasse', 'str', 'platz', 'weg', 'ring', 'damm', 'ufer', 'chaussee', 'gasse', 'markt', 'steig', 'pfad']);

/** "Schönhauser Allee", "Wilhelm-Leuschner-Platz": the words joined to, or said before, a German street type belong to it. */
function germanStreetStart(t: Token[], s: number): number {
  let k = s;
  while (t[k - 1]?.text === '-' && t[k - 1]!.end === t[k]!.start && t[k - 2]?.kind === 'word' && t[k - 2]!.end === t[k - 1]!.start) k -= 2;
  const before = t[k - 1];
  const named = (w: Token) => isCapitalised(w) || (!isCapitalised(t[s]!) && !COMMON_WORDS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower));
  if (k === s && GERMAN_TYPE_WORDS.has(t[s]!.lower) && before?.kind === 'word' && named(before) && !STOPS.has(before.lower)) k -= 1;
  return k;
}

/** "263-1", "44-II": a house number's suffix after a dash (Dutch floors). */
function houseSuffix(t: Token[], k: number): number {
  const dash = t[k + 1];
  const next = t[k + 2];
  return dash?.text === '-' && dash.start === t[k]!.end && next && next.start === dash.end && (next.kind === 'number' || /^(?:[IVX]{1,4}|bis|ter|hs|[a-z])$/i.test(next.text)) ? k + 2 : k;
}

function isHouseNumber(w: Token): boolean {
  return (w.kind === 'number' && w.text.length <= 5) || /^\d{1,5}[a-z]?$/i.test(w.text);
}

/** "4a", "12 b": a letter glued to the house number. */
function letterAfter(t: Token[], k: number): number {
  const next = t[k + 1];
  return next && next.kind === 'word' && next.text.length === 1 && next.start === t[k]!.end ? k + 1 : k;
}

/** One to four name words after a prefix type ("de la Paix", "Foch", "Mayor"); the last index. */
function nameAfter(t: Token[], k: number): number | undefined {
  let last: number | undefined;
  for (let m = k; m < Math.min(t.length, k + 4); m++) {
    const w = t[m]!;
    if (w.kind !== 'word' || (m > k && UNIT_WORDS.has(w.lower)) || (STOPS.has(w.lower) && !['de', 'la', 'du', 'des', 'del', 'le', 'di'].includes(w.lower))) break;
    if (['de', 'la', 'du', 'des', 'del', 'le', 'di', 'do', 'da', "d'"].includes(w.lower)) continue;
    last = m;
    // "rue Saint-Paul", "boulevard Saint-Germain": a hyphen joins the name's next part.
    while (t[last + 1]?.text === '-' && t[last + 1]!.start === t[last]!.end && t[last + 2]?.kind === 'word' && t[last + 2]!.start === t[last + 1]!.end) last += 2;
    m = last;
    if (!isCapitalised(w) && m > k) break;
  }
  return last;
}

/** The token index of the house number before street words ending at the suffix at `s`. */
function houseNumber(t: Token[], s: number): number | undefined {
  for (let k = s - 1; k >= Math.max(0, s - 5); k--) {
    const w = t[k]!;
    // A written house number is one token ("742", "22b", "5/22"); "route 66" has no street name and is no address.
    if (w.kind === 'number') {
      if (k === s - 1) return STANDALONE.has(t[s]!.lower) && w.text.length <= 5 ? k : undefined;
      // "12th Avenue": an ordinal is the street's name; the house number is before it.
      if (['st', 'nd', 'rd', 'th'].includes(t[k + 1]?.lower ?? '') && t[k + 1]!.start === w.end) continue;
      let first = k;
      if (t[k - 1]?.text === '/' && t[k - 2]?.kind === 'number') first = k - 2;
      if (t[k - 1]?.text === '-' && t[k - 2]?.kind === 'number' && t[k - 1]!.start === t[k - 2]!.end) first = k - 2;
      return first;
    }
    // A spoken one may be several words: "one two three main street", "two oh nine west elm avenue".
    if (NUMBER_WORD(w.lower)) {
      if (k === s - 1 && !STANDALONE.has(t[s]!.lower)) return undefined;
      return spokenNumberStart(t, k);
    }
    // "ninety two, Wells Road", "forty two a, Chapel Street": a house number said first, a pause, then the street.
    if (w.text === ',' && k < s - 1) return t.slice(k + 1, s).some((x) => STOPS.has(x.lower)) ? undefined : numberBeforeComma(t, k);
    if (w.kind !== 'word' && w.text !== '.' && w.text !== "'") return undefined;
    if (STOPS.has(w.lower) && w.lower !== 'the') return undefined;
    // "eighty eight and a half cedar street", "forty-four a illawarra road": a half, or a letter, after a number said aloud.
    const said = saidNumberBefore(t, k);
    if (said !== undefined) return said;
    // A glued letter after the number: "22b Baker Street".
    if (w.text.length === 1 && t[k - 1]?.kind === 'number' && t[k - 1]!.end === w.start) return k - 1 === s - 2 ? undefined : k - 1;
  }
  return undefined;
}

/** The first index of a house number ending before the comma at `k`, opening the turn or after "at"/"is"/"address"; or undefined. */
function numberBeforeComma(t: Token[], k: number): number | undefined {
  let m = k - 1;
  // "forty two a": a letter said after the number (never the article: one follows a number here).
  if (t[m]?.kind === 'word' && /^[a-h]$/i.test(t[m]!.text) && t[m - 1] && (NUMBER_WORD(t[m - 1]!.lower) || t[m - 1]!.kind === 'number')) m--;
  const w = t[m];
  if (!w || !((w.kind === 'number' && w.text.length <= 4) || (w.kind === 'word' && NUMBER_WORD(w.lower) && w.lower !== 'oh'))) return undefined;
  let first = m;
  if (w.kind === 'word') while (first > 0 && NUMBER_WORD(t[first - 1]!.lower)) first--;
  const before = t[first - 1];
  // "12.08.1971, the German way": digits glued to what is before them are a date's or a code's.
  if (before !== undefined && before.end === t[first]!.start && before.kind === 'punct') return undefined;
  return before === undefined || (before.kind === 'punct' && before.text !== '-') || HOUSE_LEAD.has(before.lower) ? first : undefined;
}


/** "Flat 2, 14 Hope Street", "Unit 5/22 Smith St" (the unit said first). */
function unitBefore(t: Token[], first: number): number {
  // "Unit 4/18 Smith St": the unit's number is already the house number's first part.
  if (t[first - 1] && UNIT_WORDS.has(t[first - 1]!.lower)) return first - 1;
  if (t[first - 1]?.text === '#' && t[first - 2] && UNIT_WORDS.has(t[first - 2]!.lower)) return first - 2;
  let k = first - 1;
  if (t[k]?.text === ',') k--;
  if (t[k]?.text === '/' && t[k - 1]?.kind === 'number') k -= 1;
  // "apartment 3, the Bakery, 12 Grand Canal Street": a unit, then a building's name, before the house number.
  // In lowercase speech, any words but clause words: "apartment 9, the tannery, 91 kirkstall road".
  const building = (w: Token | undefined) => w?.kind === 'word' && (isCapitalised(w) || w.lower === 'the' || (!isCapitalised(t[first]!) && !STOPS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower)));
  if (t[k]?.kind === 'word' && building(t[k]) && t[k]!.lower !== 'the') {
    let n = k;
    while (n > k - 3 && building(t[n - 1])) n--;
    if (t[n - 1]?.text === ',' && UNIT_VALUE(t[n - 2]) && t[n - 3] && UNIT_WORDS.has(t[n - 3]!.lower)) return n - 3;
    // "Flat 5B, Harbour Court, 3 ...": the unit's letter glued to its number.
    if (t[n - 1]?.text === ',' && t[n - 2]?.kind === 'word' && t[n - 2]!.text.length === 1 && t[n - 3]?.kind === 'number' && t[n - 3]!.end === t[n - 2]!.start && t[n - 4] && UNIT_WORDS.has(t[n - 4]!.lower)) return n - 4;
  }
  if (!UNIT_VALUE(t[k])) return first;
  let v = k;
  if (t[v - 1]?.text === '#') v--;
  // "Flat 1/2", "0/2": a Glasgow flat's floor and position.
  const position = t[v - 1]?.text === '/' && t[v - 2]?.kind === 'number' && t[v - 2]!.text.length === 1 && t[v]!.kind === 'number' && t[v]!.text.length === 1;
  if (position) v -= 2;
  if (t[v - 1] && UNIT_WORDS.has(t[v - 1]!.lower)) return v - 1;
  return position && t[k + 1]?.text === ',' ? v : first;
}

