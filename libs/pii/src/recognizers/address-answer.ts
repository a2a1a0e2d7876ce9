import { Analysis, Token } from '../analysis';
import { COMMON_WORDS, NOT_NAME_WORDS } from '../dictionaries/names';
import { Candidate } from '../types';
import { isCapitalised } from './context';
import { IRISH_COUNTIES, normaliseAddress, placeAfter, unitAfter } from './address-places';
import { spokenNumberStart } from './address-forms';
import { DIRECTIONS, MEASURES, NUMBER_WORD, STOPS, UNIT_WORDS } from './address-words';

/** Words an answer starts with before the address itself. */
const OPENERS = new Set(['um', 'uh', 'er', 'erm', 'so', 'yeah', 'yes', 'oh', 'ok', 'okay', "it's", 'its', 'it', 'is', "that's", 'sure', 'number']);

/** A word of a street's name: capitalised, or in lowercase speech no everyday word. */
const streetWord = (w: Token | undefined) =>
  w !== undefined && w.kind === 'word' && w.text.length > 1 && !STOPS.has(w.lower) && !NUMBER_WORD(w.lower) && !UNIT_WORDS.has(w.lower) && !MEASURES.has(w.lower) &&
  (isCapitalised(w) || (!COMMON_WORDS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower)));

/**
 * The answer to "what's your address?" / "first line of the address?": a house number and a street
 * named without a type ("14 Glenbrook", "forty one Cranmore, Sligo"), opening the turn and ending the
 * clause. Without the question such a pair is as likely a count and a thing.
 */
export function answeredAddresses(a: Analysis, country: string): Candidate[] {
  if (a.asked.has('address')) return addressAt(a, 0, country, false);
  const county = beforeCounty(a);
  if (county.length > 0) return county;
  // "the address on file is old, it's 93 bohermore galway now": the cue said in the turn, the address a few words on.
  if (!a.lower.includes('address')) return [];
  const t = a.tokens;
  const at = t.findIndex((w) => w.lower === 'address');
  if (at < 0) return [];
  // (An email's, an IP's or a website's address is no street's.)
  if (['email', 'e-mail', 'ip', 'web', 'mac', 'website'].includes(t[at - 1]?.lower ?? '')) return [];
  for (let k = at + 1; k < Math.min(t.length, at + 9); k++) {
    if (['.', '?', '!'].includes(t[k]!.text)) break;
    if (t[k]!.kind === 'number' || NUMBER_WORD(t[k]!.lower)) return ['is', "it's", 'its', ','].includes(t[k - 1]!.lower) ? addressAt(a, k, country, true) : [];
  }
  return [];
}

/** Words that end the clause after a street named without a type: "... galway now and the cell is ...". */
const CLAUSE_ENDS = new Set(['now', 'and', 'but', 'so', 'though']);

function addressAt(a: Analysis, from: number, country: string, cued: boolean): Candidate[] {
  const t = a.tokens;
  let k = from;
  while (k < t.length && (OPENERS.has(t[k]!.lower) || t[k]!.text === ',')) k++;
  const first = t[k];
  if (!first) return [];
  let last: number;
  if (first.kind === 'number' && first.text.length <= 5) last = t[k + 1]?.kind === 'word' && t[k + 1]!.text.length === 1 && t[k + 1]!.start === first.end ? k + 1 : k;
  else if (first.kind === 'word' && NUMBER_WORD(first.lower) && first.lower !== 'oh') {
    last = k;
    while (t[last + 1]?.kind === 'word' && NUMBER_WORD(t[last + 1]!.lower)) last++;
    if (spokenNumberStart(t, last) !== k) return [];
  } else {
    const county = cued ? undefined : countyClosed(t, k);
    return county === undefined ? [] : [{ type: 'STREET_ADDRESS', start: first.start, end: t[county]!.end, rule: 'address.answer_townland', confidence: 0.88, value: normaliseAddress(a.text.slice(first.start, t[county]!.end)) }];
  }
  let name = last;
  // "four fifteen east hastings": a compass point said before the street's name is part of it.
  if (DIRECTIONS.has(t[name + 1]?.lower ?? '') && t[name + 1]!.text.length > 2 && streetWord(t[name + 2])) name++;
  const named = name;
  while (name < named + 3 && streetWord(t[name + 1])) name++;
  // ("two north, i think": a compass point alone names no street.)
  if (name === named || (name === named + 1 && DIRECTIONS.has(t[name]!.lower))) return [];
  const next = t[name + 1];
  if (next !== undefined && !['.', ',', '?', '!'].includes(next.text) && !(cued && CLAUSE_ENDS.has(next.lower))) return [];
  // "..., unit nine, vancouver": the unit said after the street, then the town.
  const end = placeAfter(t, unitAfter(t, name), country);
  return [{ type: 'STREET_ADDRESS', start: first.start, end: t[end]!.end, rule: 'address.answer', confidence: 0.88, value: normaliseAddress(a.text.slice(first.start, t[end]!.end)) }];
}

/** Little words inside a place's name: "Cnoc na Gréine", "Baile an Mhuilinn", "Newtown of Fintray". */
const PARTICLES = new Set(['na', 'an', 'of', 'the', 'de', 'la', 'le', 'du', 'y', 'on', 'upon']);

/**
 * "Cnoc na Gréine, Ballyvaughan, County Clare": where houses have no number (Irish townlands, farms), the answer names the
 * house or townland, the town and the county that closes it, a comma apart. The last index of the county's name, or undefined.
 */
function countyClosed(t: Token[], k: number): number | undefined {
  let m = k;
  for (let places = 0; places < 4; places++) {
    if (!t[m] || !isCapitalised(t[m]!) || t[m]!.kind !== 'word') return undefined;
    const county = t[m]!.lower === 'county' || t[m]!.lower === 'co' ? (t[m + 1]?.text === '.' ? m + 2 : m + 1) : -1;
    if (county > 0 && places >= 2 && t[county] && isCapitalised(t[county]!)) return county;
    let end = m;
    while (end < m + 4 && t[end + 1] && (isCapitalised(t[end + 1]!) || (PARTICLES.has(t[end + 1]!.lower) && t[end + 2] && isCapitalised(t[end + 2]!)))) end++;
    if (t[end + 1]?.text !== ',') return undefined;
    m = end + 2;
  }
  return undefined;
}

/** Words a house number said among the caller's details follows: "Tao Guo from 4 Bohermore, Galway", "we're at 12 Rahoon, Galway". */
const PLACE_LEADS = new Set(['from', 'at', 'in', 'is', "it's", ',']);

/**
 * "from 4 Bohermore, Galway": an Irish street is often named without a type (Bohermore, Rahoon, Ballymun); a house number, one
 * or two capitalised words that are no everyday words, and a county or city after a comma closing the clause make it an address.
 */
function beforeCounty(a: Analysis): Candidate[] {
  const t = a.tokens;
  for (let k = 1; k + 3 < t.length; k++) {
    if (t[k]!.kind !== 'number' || t[k]!.text.length > 4 || !PLACE_LEADS.has(t[k - 1]!.lower)) continue;
    let name = k;
    // (No everyday word nor a plural, capitalised or not: "3 Kids, Cork", "from 4 Courts, Dublin" count things.)
    while (name < k + 2 && t[name + 1]?.kind === 'word' && isCapitalised(t[name + 1]!) && streetWord(t[name + 1]) && !COMMON_WORDS.has(t[name + 1]!.lower) && !t[name + 1]!.lower.endsWith('s')) name++;
    const county = t[name + 2];
    if (name === k || t[name + 1]?.text !== ',' || !county || !isCapitalised(county) || !IRISH_COUNTIES.has(county.lower)) continue;
    if (t[name + 3] !== undefined && !['.', ',', '?', '!'].includes(t[name + 3]!.text)) continue;
    return [{ type: 'STREET_ADDRESS', start: t[k]!.start, end: county.end, rule: 'address.before_county', confidence: 0.86, value: normaliseAddress(a.text.slice(t[k]!.start, county.end)) }];
  }
  return [];
}
