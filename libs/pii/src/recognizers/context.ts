import { Analysis, Token } from '../analysis';
import { flagWord, WordMemo } from '../word-memo';

/** Index of the first token starting at or after `offset`. */
export function tokenAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lowercase words in the `count` tokens before token `index` (punctuation kept as is). */
export function wordsBefore(a: Analysis, index: number, count: number): string[] {
  return a.tokens.slice(Math.max(0, index - count), index).map((t) => t.lower);
}

export function wordsAfter(a: Analysis, index: number, count: number): string[] {
  return a.tokens.slice(index + 1, index + 1 + count).map((t) => t.lower);
}

/** Whether one of `phrases` (each a list of lowercase tokens) ends within `within` tokens before `index`. */
export function cueBefore(a: Analysis, index: number, phrases: readonly (readonly string[])[], within: number): boolean {
  return findCueBefore(a, index, phrases, within) !== undefined;
}

/**
 * A cue speaks of the next thing after it: looking back from `index`, another number or a mask tag
 * in between ends the search. So "SSN 123-45-6789 ... 555 0147" cues only the first number, and
 * the answer is the same before and after the first number is masked.
 */
export function findCueBefore(a: Analysis, index: number, phrases: readonly (readonly string[])[], within: number): number | undefined {
  const byLastWord = indexOf(phrases);
  const mayEnd = endingsOf(phrases);
  for (let end = index - 1; end >= Math.max(0, index - within); end--) {
    const token = a.tokens[end]!;
    if (token.kind === 'number' || (token.kind === 'punct' && token.text.length > 1)) return undefined;
    // Most words end no phrase of the list, with or without "'s": one slot read says so.
    if (!mayEnd.of(token)) continue;
    if (endsHere(a, end, byLastWord.get(token.lower))) return end;
    // "postcode's", "dob's": a cue word with "is" glued on.
    if (token.lower.endsWith("'s") && endsHere(a, end, byLastWord.get(token.lower.slice(0, -2)), token.lower.slice(0, -2))) return end;
  }
  return undefined;
}

/** Words a caller says while finding a number, between its cue and the number: "my social is uh, hang on, it's on the card... 4 1 7 ...". */
const HOLD_WORDS = new Set(['is', "it's", 'its', 'uh', 'um', 'er', 'erm', 'hang', 'hold', 'on', 'one', 'sec', 'second', 'moment', 'let', 'me', 'check', 'find', 'get',
  'grab', 'look', 'it', 'the', 'my', 'card', 'here', 'wait', 'ok', 'okay', 'so', 'right', 'yeah', 'got', 'just', 'a', 'bit', 'where', 'that', ',', '.', '…']);

/**
 * A cue of `phrases` said before a hold ("hang on", "let me check", "it's on the card..."): only hold words between its end and
 * token `index`, at most 16, with at least one that is no bridge ("hang", "check", "card") so a plain cue keeps its own reach.
 */
export function cueAcrossHold(a: Analysis, index: number, phrases: readonly (readonly string[])[]): boolean {
  const k = holdBefore(a, index);
  return k > 0 && findCueBefore(a, k, phrases, 1) !== undefined;
}

/** Where the hold said right before token `index` starts ("..., hold on, 2 0 1 9"), or -1 when only fillers or nothing come before it. */
export function holdBefore(a: Analysis, index: number): number {
  let k = index - 1;
  let held = false;
  while (k >= 0 && index - k <= 16 && HOLD_WORDS.has(a.tokens[k]!.lower)) {
    held ||= !['is', "it's", 'its', 'uh', 'um', 'er', 'erm', ','].includes(a.tokens[k]!.lower);
    k--;
  }
  return held ? k + 1 : -1;
}

/** Whether one of `candidates` (phrases ending with token `end`'s word) ends exactly at `end`. */
export function endsHere(a: Analysis, end: number, candidates: readonly (readonly string[])[] | undefined, last?: string): boolean {
  if (!candidates) return false;
  for (const phrase of candidates) {
    const start = end - phrase.length + 1;
    if (start < 0) continue;
    let match = last === undefined || phrase[phrase.length - 1] === last;
    for (let k = 0; k < phrase.length - 1 && match; k++) match = a.tokens[start + k]!.lower === phrase[k];
    if (match) return true;
  }
  return false;
}

/** Phrases by their last word, built once per phrase list: a cue lookup is one map read per token. */
const indexes = new WeakMap<readonly (readonly string[])[], Map<string, Array<readonly string[]>>>();
/** The last list asked for: recognizers ask for the same list once per token, in a row. */
let recent: { phrases: readonly (readonly string[])[]; index: Map<string, Array<readonly string[]>> } | undefined;
export function indexOf(phrases: readonly (readonly string[])[]): Map<string, Array<readonly string[]>> {
  if (recent?.phrases === phrases) return recent.index;
  let index = indexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const last = phrase[phrase.length - 1]!;
      index.set(last, [...(index.get(last) ?? []), phrase]);
    }
    indexes.set(phrases, index);
  }
  recent = { phrases, index };
  return index;
}

/**
 * Per phrase list, whether a word is the last word of one of its phrases, or is one with "'s"
 * glued on (without it no cue of the list ends there: a loop over every token tests it before
 * calling `findCueBefore`): memoised per word, for the module-level cue lists (one memo slot each, kept for the
 * process: a list built per call would add a slot to every word's record each time).
 */
const endings = new WeakMap<readonly (readonly string[])[], WordMemo<boolean>>();
let recentEndings: { phrases: readonly (readonly string[])[]; memo: WordMemo<boolean> } | undefined;
export function endingsOf(phrases: readonly (readonly string[])[]): WordMemo<boolean> {
  if (recentEndings?.phrases === phrases) return recentEndings.memo;
  let memo = endings.get(phrases);
  if (!memo) {
    const last = new Set(phrases.map((phrase) => phrase[phrase.length - 1]!));
    memo = flagWord((w) => last.has(w) || (w.endsWith("'s") && last.has(w.slice(0, -2))));
    endings.set(phrases, memo);
  }
  recentEndings = { phrases, memo };
  return memo;
}

/** The spelling alphabet's words: "K as in kilo", "alpha bravo seven" spell a code's letters (some are given names too). */
export const NATO = new Set(['alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'whisky', 'xray', 'x-ray', 'yankee', 'zulu']);

/** Phrases as token lists: "driver's license" → ["driver's", "license"]. */
export const phrases = (...list: string[]): string[][] => list.map((p) => p.split(' '));

/** Numbers that name something else: references, codes, rooms, versions, money and measures. */
const NOT_PERSONAL_BEFORE = new Set([
  'reference', 'ref', 'confirmation', 'booking', 'invoice', 'order', 'code', 'ticket', 'case', 'room', 'suite', 'version', 'v',
  'model', 'tracking', 'receipt', 'transaction', 'pin', 'otp', 'passcode', 'extension', 'ext', 'floor', 'gate', 'bus', 'flight',
  '$', '€', '£', 'usd', 'verification', 'lot', 'batch', 'serial', 'reference', 'doctolib', 'claim',
  // The same in the languages of the clinics abroad: an appointment's or a booking's number, a product's batch ("Ch.-B.", "lote").
  'termin', 'terminnummer', 'buchungsnummer', 'vorgangsnummer', 'auftragsnummer', 'charge', 'chargennummer', 'lote', 'réservation', 'reserva', 'cita',
]);
const NOT_PERSONAL_AFTER = new Set([
  'dollars', 'dollar', 'cents', 'bucks', 'usd', 'mg', 'milligrams', 'ml', 'mcg', 'units', 'minutes', 'minute', 'hours', 'hour', 'days',
  'weeks', 'months', 'years', 'year', 'pounds', 'lbs', 'kg', '%', 'percent', 'am', 'pm', 'a.m', 'p.m', 'times',
]);

/** True when the words around a number say it is a reference, an amount or a measure, not personal data. */
export function namesSomethingElse(a: Analysis, first: number, last: number): boolean {
  // Only the words of the same clause: "we need an appointment, call 030 5381734" is a phone.
  const before = wordsBefore(a, first, 3);
  const clause = before.slice(Math.max(0, before.findLastIndex((w) => w === ',' || w === '.' || w === ';' || w === '?' || w === '!') + 1));
  // "area code four one four ...": the code of a phone number, not a reference code.
  if (clause.some((w, n) => NOT_PERSONAL_BEFORE.has(w) && !(w === 'code' && clause[n - 1] === 'area'))) return true;
  if (codeGluedBefore(a, first) || BATCH_ABBREVIATION.test(a.lower.slice(Math.max(0, a.tokens[first]!.start - 12), a.tokens[first]!.start))) return true;
  if (referenceNamedEarlier(clauseBefore(a, first, 9))) return true;
  const next = a.tokens[last + 1];
  return next !== undefined && NOT_PERSONAL_AFTER.has(next.lower);
}

/** "Ch.-B. 4471 0923": the German batch mark (Chargenbezeichnung) printed on a medicine's box. */
const BATCH_ABBREVIATION = /\bch\.?\s?-?\s?b\.?:?\s*$/;

/** "KA-2026-1187", "REF-4471": letters glued by a dash to the digits make a code, not a phone or an account. */
function codeGluedBefore(a: Analysis, first: number): boolean {
  const dash = a.tokens[first - 1];
  const letters = a.tokens[first - 2];
  return dash?.text === '-' && dash.end === a.tokens[first]!.start && letters?.kind === 'word' && letters.end === dash.start && /^\p{L}{1,4}$/u.test(letters.text);
}

/** Things whose numbers are read out at length: "the serial on the x-ray unit is SN 7782 0011 93". */
const REFERENCE_NOUNS = new Set([
  'reference', 'confirmation', 'invoice', 'order', 'ticket', 'tracking', 'receipt', 'transaction', 'model', 'serial', 'lot', 'batch', 'sn', 'imei', 'claim',
  'parcel', 'package', 'shipment', 'voucher', 'coupon', 'charge', 'chargennummer', 'lote', 'rechnung', 'rechnungsnummer', 'bestellung', 'bestellnummer', 'facture', 'commande', 'référence',
]);
/** Words that bring the clause back to the caller's own details: "about my booking, my number is 07700 900777". */
const PERSONAL_TURNS = new Set(['my', 'me', 'mine', 'call', 'ring', 'reach', 'text', 'phone', 'mobile', 'cell', 'contact', 'landline', 'whatsapp', 'meine', 'mein', 'mon', 'ma', 'mi']);

/** The words of the clause before `index`, at most `count` of them. */
function clauseBefore(a: Analysis, index: number, count: number): string[] {
  const before = wordsBefore(a, index, count);
  return before.slice(before.findLastIndex((w) => w === ',' || w === '.' || w === ';' || w === '?' || w === '!' || w === ':') + 1);
}

/** A reference noun earlier in the clause, with nothing personal said after it: the number is the reference's, however far. */
function referenceNamedEarlier(clause: string[]): boolean {
  const at = clause.findLastIndex((w) => REFERENCE_NOUNS.has(w));
  return at >= 0 && !clause.slice(at + 1).some((w) => PERSONAL_TURNS.has(w));
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}
