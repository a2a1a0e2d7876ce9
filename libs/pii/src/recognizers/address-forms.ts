import { Token } from '../analysis';
import { FRENCH_NUMBERS } from '../foreign-numbers';
import { NUMBER_WORD } from './address-words';
import { isCapitalised } from './context';

/**
 * House numbers as callers say them aloud, which the street rules of `address.ts` read backwards
 * from the street's type: "two hundred and six", "forty-four", "eighty eight and a half",
 * "quarante-deux".
 */

/** Streets named by their type alone, so a house number may come right before it: "6 Esplanade", "1600 Broadway", "3104 Kingsway". */
export const STANDALONE = new Set(['broadway', 'kingsway', 'esplanade', 'promenade', 'boardwalk']);

const JOINS_HUNDREDS = new Set(['hundred', 'thousand']);

/** The first index of a house number said in words whose last word is at `k`: "two hundred and six", "forty-four", "one two three". */
export function spokenNumberStart(t: Token[], k: number): number {
  let first = k;
  for (;;) {
    const before = t[first - 1];
    if (before === undefined) return first;
    if (NUMBER_WORD(before.lower)) first--;
    else if (['stroke', 'slash'].includes(before.lower) && first > 1 && NUMBER_WORD(t[first - 2]!.lower)) first--;
    // "forty-four": speech-to-text joins the tens to the unit with a hyphen.
    else if (before.text === '-' && before.start === t[first - 2]?.end && NUMBER_WORD(t[first - 2]!.lower)) first -= 2;
    // "double four mill lane": a digit said twice.
    else if ((before.lower === 'double' || before.lower === 'triple') && t[first]!.lower !== 'hundred' && t[first]!.lower !== 'thousand') first--;
    // "two hundred and six": British English says "and" after the hundreds.
    else if (before.lower === 'and' && JOINS_HUNDREDS.has(t[first - 2]?.lower ?? '')) first -= 2;
    else return first;
  }
}

/**
 * Where a house number ending in a half starts, when the word at `k` is the "half" of "eighty eight
 * and a half" (or "12 and a half"); otherwise undefined. The half is part of the number, as "12½" is.
 */
export function saidNumberBefore(t: Token[], k: number): number | undefined {
  if (t[k]!.lower !== 'half' || t[k - 1]?.lower !== 'a' || t[k - 2]?.lower !== 'and') return undefined;
  const n = t[k - 3];
  if (n === undefined) return undefined;
  if (n.kind === 'number' && n.text.length <= 5) return k - 3;
  return NUMBER_WORD(n.lower) ? spokenNumberStart(t, k - 3) : undefined;
}

/** The first index of a house number said in French ending at `n`, before a French street type: "quarante-deux rue des Martyrs", "vingt et un avenue ...". */
export function frenchNumberStart(t: Token[], n: number): number | undefined {
  if (t[n] === undefined || !(t[n]!.lower in FRENCH_NUMBERS)) return undefined;
  let first = n;
  for (;;) {
    const before = t[first - 1];
    if (before === undefined) return first;
    if (before.lower in FRENCH_NUMBERS) first--;
    else if ((before.text === '-' || before.lower === 'et') && (t[first - 2]?.lower ?? '') in FRENCH_NUMBERS) first -= 2;
    else return first;
  }
}

/** Dutch number words a house number is said in after the street: "Herengracht twee honderd", "Damrak vijfenzestig". */
const DUTCH_NUMBERS = new Set(`een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien
twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd`.split(/\s+/));
const GERMAN_UNIT = '(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)';
const GERMAN_TEN = '(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)';
/** German numbers are one word: "einhundertzwanzig", "dreiundvierzig", "zweihundertfünf". */
const GERMAN_COMPOUND = new RegExp(`^(?:${GERMAN_UNIT}?hundert(?:und)?(?:${GERMAN_UNIT}?(?:und)?${GERMAN_TEN}?|zehn|elf|zwölf)?|${GERMAN_UNIT}und${GERMAN_TEN})$`);
const DUTCH_COMPOUND = /^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;

/** A house number said as one German compound or in Dutch words, after a German or Dutch street. */
export function foreignHouseNumberWord(w: string): boolean {
  return DUTCH_NUMBERS.has(w) || (w.length > 6 && (GERMAN_COMPOUND.test(w) || DUTCH_COMPOUND.test(w)));
}

/** Parts of a German building after the house number: "Hinterhaus", "Seitenflügel". */
const BUILDING_PARTS = new Set(['hinterhaus', 'vorderhaus', 'seitenflügel', 'seitenfluegel', 'gartenhaus', 'quergebäude', 'hinterhof']);
const FLOORS = new Set(['og', 'etage', 'stock', 'obergeschoss', 'eg', 'dg', 'ug', 'stockwerk']);
const SIDES = new Set(['links', 'rechts', 'mitte', 'li', 're']);

/**
 * What a German address says after the house number and before (or instead of) the town: the
 * building's part, the floor and side ("Hinterhaus, 3. OG links"), and whose bell to ring ("bei
 * Müller"). The last index of them, or `end`.
 */
export function germanFloorAfter(t: Token[], end: number): number {
  let last = end;
  for (let k = end + 1; k < t.length; ) {
    if (t[k]!.text === ',') k++;
    const w = t[k];
    if (!w) break;
    if (BUILDING_PARTS.has(w.lower)) last = k;
    else if (w.kind === 'number' && w.text.length <= 2 && t[k + 1]?.text === '.' && t[k + 1]!.start === w.end && FLOORS.has(t[k + 2]?.lower ?? '')) {
      last = k + 2;
      if (SIDES.has(t[k + 3]?.lower ?? '')) last = k + 3;
    } else if (w.lower === 'bei' && t[k + 1]?.kind === 'word' && isCapitalised(t[k + 1]!)) last = k + 1;
    else break;
    k = last + 1;
  }
  return last;
}
