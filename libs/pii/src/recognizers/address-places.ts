import { TEENS, Token, UNITS } from '../analysis';
import { isCapitalised } from './context';
import { ADDRESSEE, lowercaseTownAfter } from './address-towns';
import { postcodeAt } from './postal';
import { MONTHS } from './dates';
import { COMMON_WORDS, NOT_NAME_WORDS } from '../dictionaries/names';
import { DIRECTIONS, NUMBER_WORD, PREFIXES, STATE_CODES, STATES, STOPS, SUFFIXES, TWO_WORD_STATES, LOWERCASE_CODES, UNIT_VALUE, UNIT_WORDS } from './address-words';


/** What is said after a street: its direction, unit, town, region and postcode. */

/** "Queen Street West", "gerrard street east": a compass direction said after the street type is the street's. */
export function directionAfter(t: Token[], end: number): number {
  const w = t[end + 1];
  return w !== undefined && w.kind === 'word' && w.text.length > 2 && DIRECTIONS.has(w.lower) && SUFFIXES.has(t[end]!.lower) ? end + 1 : end;
}

export function unitAfter(t: Token[], end: number): number {
  let k = end + 1;
  if (t[k]?.text === ',') k++;
  // "boulevard number two twelve": "number" before a unit's value after the street.
  if (!t[k] || !(UNIT_WORDS.has(t[k]!.lower) || t[k]!.text === '#' || (t[k]!.lower === 'number' && UNIT_VALUE(t[k + 1])))) return end;
  if (t[k]!.text !== '#') k++;
  if (t[k]?.text === '.' || t[k]?.text === '#') k++;
  if (t[k]?.lower === 'number' || t[k]?.lower === 'no') k++;
  const value = t[k];
  if (!UNIT_VALUE(value)) return end;
  let last = k;
  while (t[last + 1] && t[last + 1]!.start === t[last]!.end && (t[last + 1]!.kind === 'number' || (t[last + 1]!.kind === 'word' && t[last + 1]!.text.length <= 2))) last++;
  if (NUMBER_WORD(value!.lower)) while (t[last + 1] && NUMBER_WORD(t[last + 1]!.lower)) last++;
  // "apartment five b": a letter said after a spoken unit number.
  if (NUMBER_WORD(value!.lower) && t[last + 1]?.kind === 'word' && /^[a-h]$/i.test(t[last + 1]!.text) && t[last + 1]!.text !== 'a') last++;
  return last;
}

/** Town, region and postcode after the street, when a region or postcode shows there is a place to take, or a capitalised town after a comma. */
export function placeAfter(t: Token[], end: number, country: string): number {
  let last = end;
  let words = 0;
  for (let k = end + 1; k <= end + 9 && k < t.length; k++) {
    const w = t[k]!;
    if (w.text === ',') continue;
    const code = postcodeAt(t, k, country, true);
    if (code) {
      const afterState = last !== end;
      last = code.last;
      // "75016 Paris", "80331 München": a European town after its code (never after a state, never a unit word).
      const town = t[last + 1];
      // (The code's value, so that one said aloud counts too: "one oh one six g v amsterdam".)
      const european = !afterState && /^\d{4,5}$|^\d{4}[A-Z]{2}$/i.test(code.value.slice(code.value.indexOf(':') + 1));
      // In lowercase speech ("04109 leipzig", "1016 gv amsterdam"), a town that is no everyday word.
      const named = town !== undefined && (isCapitalised(town) || (!isCapitalised(t[end]!) && !COMMON_WORDS.has(town.lower) && !NOT_NAME_WORDS.has(town.lower) && !NUMBER_WORD(town.lower)));
      if (european && town && town.kind === 'word' && named && !STOPS.has(town.lower) && !UNIT_WORDS.has(town.lower) && !PREFIXES.has(town.lower) && stateAt(t, last + 1) === undefined) {
        last++;
        // "Aix-en-Provence", "Castrop-Rauxel": a town's hyphenated parts.
        while (t[last + 1]?.text === '-' && t[last + 1]!.start === t[last]!.end && t[last + 2]?.kind === 'word' && t[last + 2]!.start === t[last + 1]!.end) last += 2;
        // "Frankfurt am Main", "Frankfurt an der Oder", "Freiburg im Breisgau": a German town named by its river or region
        // (in lowercase speech, a word after it that is no everyday word: "freiburg im breisgau").
        const on = t[last + 1]?.lower === 'am' || t[last + 1]?.lower === 'im' ? last + 2 : t[last + 1]?.lower === 'an' && t[last + 2]?.lower === 'der' ? last + 3 : -1;
        const river = t[on];
        const lowercaseRiver = river !== undefined && !isCapitalised(t[last]!) && !COMMON_WORDS.has(river.lower) && !NOT_NAME_WORDS.has(river.lower) && !STOPS.has(river.lower) && MONTHS[river.lower] === undefined &&
          // (ASR writes "I'm" as "im": "... 69007 lyon im noor bhattacharya" names the caller, so the region must end the clause.)
          !/(?:ing|ed)$/.test(river.lower) && (t[on + 1] === undefined || t[on + 1]!.kind === 'punct' || STOPS.has(t[on + 1]!.lower));
        if (on > 0 && river?.kind === 'word' && (isCapitalised(river) || lowercaseRiver)) last = on;
      }
      return last;
    }
    const state = stateAt(t, k);
    if (state !== undefined) {
      last = state;
      k = state;
      words = 0;
      continue;
    }
    // "3. OG", "4º B", "3º izquierda": a floor said between the street and the town.
    if (w.kind === 'number' && w.text.length <= 2 && ['.', 'º', '°', 'ª'].includes(t[k + 1]?.text ?? '') && t[k + 1]!.start === w.end) {
      k++;
      words++;
      continue;
    }
    // "..., St Kilda, postcode 3182": a postcode said after its own cue is said on its own.
    // "1800 Cleveland Ave, no sorry, 1880 ...": a correction ends the place; what follows is another address.
    if (w.kind !== 'word' || STOPS.has(w.lower) || words >= 4 || NUMBER_WORD(w.lower) || POSTAL_CUE_WORDS.has(w.lower) || CORRECTING.has(w.lower)) break;
    words++;
  }
  if (last !== end) return last;
  // "7 Mill Lane, York." : a capitalised town after a comma, ending the clause; in lowercase speech ("45 high street, cardiff"), a word that is no everyday one.
  const lowercase = !isCapitalised(t[end]!);
  // "four five two one rue saint-denis montreal but ...": in lowercase speech a town may follow with no comma, one word that is no everyday one, closing the clause.
  if (t[end + 1]?.text !== ',') return lowercase ? lowercaseTownAfter(t, end) : end;
  // (", attention tariq mansour", ", care of ...": whom the post is for is no town.)
  const town = (w: Token) => w.kind === 'word' && !STOPS.has(w.lower) && !ADDRESSEE.has(w.lower) && (isCapitalised(w) || (lowercase && ((!COMMON_WORDS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower)) || PLACE_WORDS.has(w.lower))));
  // "22 Douglas Road, Ballintemple, Cork": up to three places, a comma apart (`last` is still `end` here).
  for (let places = 0, k = end + 1; places < 3 && t[k]?.text === ','; places++) {
    let m = k + 1;
    while (m < t.length && m <= k + 3 && town(t[m]!)) m++;
    // "14 Whiteladies Road, Clifton but we're moving": the town ends where a clause-word or the sentence follows.
    const clauseEnds = !t[m] || ['.', '?', '!', ','].includes(t[m]!.text) || (AFTER_TOWN.has(t[m]!.lower) && !t.slice(k + 1, m).some((x) => NOT_TOWNS.has(x.lower)));
    if (m === k + 1 || !clauseEnds) break;
    last = m - 1;
    k = m;
  }
  return last;
}

/** Ireland's counties (also its cities' names, "Cork"), said in lowercase speech where some are everyday words. */
export const IRISH_COUNTIES = new Set(`carlow cavan clare cork donegal dublin galway kerry kildare kilkenny laois leitrim limerick longford louth mayo meath monaghan
offaly roscommon sligo tipperary waterford westmeath wexford wicklow antrim armagh derry fermanagh tyrone`.split(/\s+/));
/** Towns whose names are everyday words, read as a town only after a street and a comma, closing the clause. */
const PLACE_WORDS = new Set([...IRISH_COUNTIES, 'bath', 'reading', 'hull', 'wells', 'mallow', 'bray']);

/** Words that put right what was said: no town's. */
export const CORRECTING = new Set(['no', 'sorry', 'actually', 'wait', 'mean', 'scratch', 'rather']);

/** Words that name a postcode: the code said after one is a postcode on its own, not the end of the address before it. */
export const POSTAL_CUE_WORDS = new Set(['postcode', 'zip', 'zipcode', 'eircode', 'postal', 'plz', 'postleitzahl']);

/** Words that can follow a town said after its street: "..., Redland no postcode", "..., clifton near the uni". */
const AFTER_TOWN = new Set([...STOPS, 'no', 'near', 'which', 'where', 'though', 'but', 'since', 'until', 'till', 'because', 'yeah', "that's", 'thats']);
/** Capitalised words after a street and a comma that are no town. */
const NOT_TOWNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'yes', 'no', 'okay', 'ok', 'sorry', 'thanks']);

export function stateAt(t: Token[], k: number): number | undefined {
  const w = t[k];
  if (!w || w.kind !== 'word') return undefined;
  if (STATE_CODES.has(w.text) || LOWERCASE_CODES.has(w.text)) return k;
  // "portland, or 97214", "salem or 97301": Oregon in lowercase speech, only after a town and before its ZIP.
  const before = t[k - 1];
  if (w.lower === 'or' && t[k + 1]?.kind === 'number' && t[k + 1]!.text.length === 5 && before && (before.text === ',' || (before.kind === 'word' && !STOPS.has(before.lower)))) return k;
  if (STATES.has(w.lower)) return k;
  if (t[k + 1] && TWO_WORD_STATES.has(`${w.lower} ${t[k + 1]!.lower}`)) return t[k + 2]?.lower === 'wales' ? k + 2 : k + 1;
  // Dublin's postal districts: "Dublin 4", "Dublin 6W".
  if (w.lower === 'dublin' && t[k + 1]?.kind === 'number' && t[k + 1]!.text.length <= 2) return t[k + 2]?.text === 'W' && t[k + 2]!.start === t[k + 1]!.end ? k + 2 : k + 1;
  if (w.lower === 'dublin' && (t[k + 1]?.lower ?? '') in UNITS || (w.lower === 'dublin' && (t[k + 1]?.lower ?? '') in TEENS)) return k + 1;
  // Irish counties: "Co. Cork", "County Galway".
  if ((w.lower === 'co' || w.lower === 'county') && t[k + 1]) {
    const m = t[k + 1]!.text === '.' ? k + 2 : k + 1;
    if (t[m]?.kind === 'word' && (isCapitalised(t[m]!) || w.lower === 'county' || IRISH_COUNTIES.has(t[m]!.lower))) return m;
  }
  return undefined;
}

export function normaliseAddress(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
