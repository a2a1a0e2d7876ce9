import { Analysis, Token } from '../analysis';
import { NOT_NAME_WORDS } from '../dictionaries/names';
import { Candidate } from '../types';
import { isCapitalised } from './context';
import { normaliseAddress, placeAfter, stateAt } from './address-places';
import { HOUSE_LEAD, HOUSE_WORDS, STOPS, UNIT_VALUE, UNIT_WORDS } from './address-words';
import { postcodeAt } from './postal';

/**
 * Addresses with no "number, street and type" at their head: a house named, not numbered ("Rathmore
 * House, Glounthaune, County Cork", "the Old Vicarage, 3 Church Row, ..."), a street with no type
 * word ("22 Summerhill North, Cork T23 H6F5"), a box with no "PO" ("Box 118, Gimli MB R0C 1B0").
 * Each needs what only an address has after it: its town with a county, region or postcode, or a
 * street already read.
 */

/** Plural house words that name a numbered row of houses, as a street type would ("2 Coastguard Cottages", "7 Albert Mansions"). */
const ROWS = new Set(['cottages', 'buildings', 'mansions', 'villas', 'almshouses']);

/** Words a caller starts an utterance with before saying where they live. */
const FILLERS = new Set(['um', 'uh', 'er', 'erm', 'so', 'well', 'oh', 'yeah', 'yes', 'ok', 'okay', 'and', 'it', 'is', "it's", 'its', 'that', "that's", 'thats']);

/** Whether an address can start at `k`: the turn's start (after fillers), or after "at", "is", "it's", "address", "live". */
function leads(t: Token[], k: number): boolean {
  if (k > 0 && HOUSE_LEAD.has(t[k - 1]!.lower)) return true;
  for (let m = 0; m < k; m++) if (!FILLERS.has(t[m]!.lower) && t[m]!.kind !== 'punct') return false;
  return true;
}

/** Whether a postcode is said among tokens `from`..`to`, ending the place (a town after it allowed). */
function postcodeWithin(t: Token[], from: number, to: number, country: string): boolean {
  for (let k = Math.max(from, to - 7); k <= to; k++) {
    const code = postcodeAt(t, k, country, true);
    if (code && code.last >= to - 1) return true;
  }
  return false;
}

/** Whether a county, state or province said among tokens `from`..`to` ends there: "..., County Cork", "..., Gimli MB". */
function regionEnds(t: Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - 2); k <= to; k++) if (stateAt(t, k) === to) return true;
  return false;
}

const nameWord = (w: Token | undefined, lowercase: boolean) =>
  w !== undefined && w.kind === 'word' && !STOPS.has(w.lower) && (isCapitalised(w) || (lowercase && !NOT_NAME_WORDS.has(w.lower)));

/** The first index of a house's name ending at `h` ("Rathmore House", "the old rectory"), or undefined. */
function houseNameStart(t: Token[], h: number): number | undefined {
  const lowercase = !isCapitalised(t[h]!);
  let n = h;
  while (n > h - 3 && nameWord(t[n - 1], lowercase) && t[n - 1]!.lower !== 'a' && t[n - 1]!.lower !== 'an') n--;
  if (t[n - 1]?.lower === 'the') n--;
  if (t[n - 1]?.lower === 'a' || t[n - 1]?.lower === 'an') return undefined;
  // "the Maltings" is a name; a bare "house" or "farm" is none.
  return n === h && t[h]!.lower !== 'maltings' ? undefined : n;
}

/** The index before a house's name at `n` where a unit said first starts ("apartment 6, the Maltings"), or `n`. */
function unitBeforeName(t: Token[], n: number): number {
  return t[n - 1]?.text === ',' && UNIT_VALUE(t[n - 2]) && UNIT_WORDS.has(t[n - 3]?.lower ?? '') ? n - 3 : n;
}

export function namedAddresses(a: Analysis, country: string, found: readonly Candidate[]): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  const push = (first: number, last: number, rule: string, confidence: number) =>
    out.push({ type: 'STREET_ADDRESS', start: t[first]!.start, end: t[last]!.end, rule, confidence, value: normaliseAddress(a.text.slice(t[first]!.start, t[last]!.end)) });
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    // "Rathmore House, Glounthaune, County Cork": a named house, then its places.
    if (w.kind === 'word' && HOUSE_WORDS.has(w.lower) && t[k + 1]?.text === ',') {
      const name = houseNameStart(t, k);
      const first = name === undefined ? undefined : unitBeforeName(t, name);
      if (first === undefined || !leads(t, first)) continue;
      const end = placeAfter(t, k, country);
      // "the Old Vicarage, 3 Church Row, ...": the house's name before a street already read joins it.
      if (found.some((f) => f.start === t[k + 2]?.start)) push(first, k, 'address.named_house', 0.9);
      // A town alone after the name must end the clause: "the Old Mill, Kilkenny is lovely" speaks of a place, not where one lives.
      else if (end > k && (regionEnds(t, k + 2, end) || postcodeWithin(t, k + 2, end, country))) push(first, end, 'address.named_house', 0.9);
      // With a town alone, only as an answer or after a home's cue: "we're meeting at the Old Mill, Kilkenny." is a place to meet.
      else if (end > k && (t[end + 1] === undefined || ['.', '?', '!', ','].includes(t[end + 1]!.text)) && (first < name! || homeLead(t, first) || !HOUSE_LEAD.has(t[first - 1]?.lower ?? ''))) push(first, end, 'address.named_house', 0.9);
      continue;
    }
    // "22 Summerhill North, Cork T23 H6F5", "Box 118, Gimli MB R0C 1B0": a number and a name, then a place through its postcode.
    const number = w.kind === 'number' && w.text.length <= 5;
    if (!number) continue;
    const box = t[k - 1]?.lower === 'box';
    // "Flat 8, 76 Deansgate, ...", "flat 10 3 deansgate ...": a unit said before the house number starts the address.
    const first = box ? k - 1 : unitBeforeNumber(t, k);
    if (!leads(t, first) && !(box && t[k - 2]?.lower === 'to')) continue;
    let last = k;
    if (!box) while (last < k + 3 && t[last + 1]?.kind === 'word' && isCapitalised(t[last + 1]!) && !STOPS.has(t[last + 1]!.lower)) last++;
    // In lowercase speech with no commas ("3 deansgate leeds ls6 2as"): two or three name words, then a full postcode.
    const spoken = !box && last === k ? lowercaseThroughPostcode(t, k, country) : undefined;
    if (spoken !== undefined) {
      push(first, spoken, 'address.numbered_name', 0.92);
      continue;
    }
    // "3 Wharf Cottages, Skipton", "12 Victoria Buildings": a numbered row of houses, its town after it with no postcode needed.
    if (!box && last > k + 1 && ROWS.has(t[last]!.lower) && (t[last + 1] === undefined || [',', '.'].includes(t[last + 1]!.text))) {
      push(first, placeAfter(t, last, country), 'address.row', 0.9);
      continue;
    }
    if ((last === k && !box) || t[last + 1]?.text !== ',') continue;
    const end = placeAfter(t, last, country);
    if (end > last + 1 && postcodeWithin(t, last + 2, end, country)) push(first, end, box ? 'address.box' : 'address.numbered_name', 0.93);
  }
  return out;
}

/** The index where a unit said before the house number at `k` starts ("Flat 8, 76 ...", "apartment 2 14 ..."), or `k`. */
function unitBeforeNumber(t: Token[], k: number): number {
  const v = t[k - 1]?.text === ',' ? k - 2 : k - 1;
  return v >= 1 && UNIT_VALUE(t[v]) && UNIT_WORDS.has(t[v - 1]!.lower) ? v - 1 : k;
}

/** After a house number at `k` in lowercase speech: two or three name words and then a full postcode; the postcode's last index. */
function lowercaseThroughPostcode(t: Token[], k: number, country: string): number | undefined {
  for (let j = k + 1; j <= k + 3 && nameWord(t[j], true) && !isCapitalised(t[j]!) && !UNIT_WORDS.has(t[j]!.lower); j++) {
    if (j === k + 1) continue;
    const code = postcodeAt(t, j + 1, country, true);
    // (A full code has its inward part: "ls6 2as", not "ls6" alone.)
    if (code && code.last > j + 1) return code.last;
  }
  return undefined;
}

/** Words before "at" that say it is where one lives: "I'm at Starbucks, Market Street" is where one is now. */
const HOME = new Set(['live', 'lives', 'living', 'lived', 'reside', 'resides', 'stay', 'staying', 'address', 'moved', 'move']);

/** Whether what is said before `n` makes it the start of a home's address: "I live at", "address is", an answer opening with "it's". */
function homeLead(t: Token[], n: number): boolean {
  const before = t[n - 1]?.lower;
  if (before === 'at' || before === 'to') return HOME.has(t[n - 2]?.lower ?? '') || (t[n - 2]?.lower === 'still' && HOME.has(t[n - 3]?.lower ?? ''));
  if (before === 'is') return t[n - 2]?.lower === 'address';
  if (before === 'address') return true;
  return (before === "it's" || before === 'its') && leads(t, n - 1);
}

/**
 * Before a street named without a number at `s` ("Ballyvolane Road"): a house's name of one or two
 * capitalised words and a comma, said where an address starts ("I live at Rosebank, ...", "it's Cois
 * Abhainn, ..."), when a town follows the street. The index where the name starts, or undefined.
 */
export function leadingHouseName(t: Token[], s: number, country: string): number | undefined {
  let k = s - 1;
  while (k >= 0 && k > s - 4 && t[k]!.kind === 'word' && isCapitalised(t[k]!) && !STOPS.has(t[k]!.lower)) k--;
  if (k === s - 1 || t[k]?.text !== ',') return undefined;
  let n = k;
  while (n > k - 3 && t[n - 1]?.kind === 'word' && isCapitalised(t[n - 1]!) && !STOPS.has(t[n - 1]!.lower)) n--;
  if (n === k || !homeLead(t, n)) return undefined;
  return placeAfter(t, s, country) > s ? n : undefined;
}
