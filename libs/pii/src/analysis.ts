/**
 * One pass over the text that every recognizer shares: word/number/punctuation tokens with their
 * offsets, and digit runs, which read written and spoken numbers alike ("(312) 555-0147",
 * "five five five two oh one", "twenty one", "double seven").
 */
import type { Ask } from './context/dialogue';
import type { Said } from './context/names-said';
import { flagWord, Word, wordOf } from './word-memo';
import { MASK_PATTERN } from './types';
import { FOREIGN_NUMBER_STARTS, readForeignNumber } from './foreign-numbers';
import { wordTable } from './word-table';

export interface Token {
  text: string;
  lower: string;
  /** The record of `lower` for the process, with the per-word memos' answers for it. */
  word: Word;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Which line of the text the token is on: a name, a date or an address never runs over a line break. */
  line: number;
}

export interface DigitGroup {
  digits: string;
  start: number;
  end: number;
  /** Token index of the group's first and last token. */
  first: number;
  last: number;
  spoken: boolean;
}

export interface DigitRun {
  groups: DigitGroup[];
}

export interface Analysis {
  text: string;
  lower: string;
  tokens: Token[];
  runs: DigitRun[];
  /** What the turn before asked for: its answer needs no cue of its own. */
  asked: ReadonlySet<Ask>;
  /** Spoken by the clinic's agent: what it says about the clinic is the clinic's. */
  agent: boolean;
  /** The caller's clock, for the rules that need the current year; without it no rule looks at the date. */
  now?: Date;
  /** What the turns before said of names (context/names-said.ts): said again, they are names again. */
  said?: Said;
}

/** A mask tag we wrote ("[PHONE]", "[PHONE_3fa9c2e81b07]") is one token, so redacting twice changes nothing. */
const TOKEN = new RegExp(String.raw`${MASK_PATTERN}|\p{L}[\p{L}\p{M}'’]*|\d+|[^\s\p{L}\p{M}\d]`, 'uy');

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The ASCII characters of `\s`. */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * The hand-read tokens seen last, by a hash of their text, with their words: a table of fixed size
 * (bounded however much is read), each text tried at `SEEN_PROBES` slots from its hash's, the first
 * of them overwritten when none is free or its own. Small enough to stay in cache: a table of 65,536
 * slots read twice as slowly, most reads missing the cache, and one of 4,096 slots without probing
 * re-read a quarter of the words it held.
 */
const SEEN_SLOTS = 8192;
const SEEN_PROBES = 4;
const FREE: Word = { lower: '', memo: [], bits: 0, known: 0, starts: 0, startsKnown: 0 };
/**
 * Slot `s`'s length (0: free), hash and first eight characters (a byte each: every hand-read token is ASCII) at `4s`
 * to `4s + 3`, so a probe never reads a word's string, and a token of eight characters or fewer is compared without
 * it; its text, lowercase and word at `3s` to `3s + 2`. Each slot's fields side by side, not in four arrays: in the
 * engine (whose recognizers keep the cache busy) most of the tokenizer's time was these reads missing it.
 */
const seenKey = new Int32Array(4 * (SEEN_SLOTS + SEEN_PROBES));
/** A token's characters at `index` packed as `seenKey` holds them: the first four in one number, the next four in another. */
const packed = (index: number, code: number) => code << (8 * (index & 3));
const seenRef: Array<string | Word> = [];
for (let k = 0; k < SEEN_SLOTS + SEEN_PROBES; k++) seenRef.push('', '', FREE);

/** The record of a token's text read from the text itself (its lowercase, curly apostrophes straight). */
function wordOfText(value: string): Word {
  const lower = value.toLowerCase();
  return wordOf(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}

/**
 * The tokens of `TOKEN`, as `matchAll` would find them: ASCII words, digit runs, spaces and
 * punctuation are read by hand (most of any transcript), and the regex reads the rest (mask tags,
 * any token with a character past ASCII), at the position the scan reached.
 */
export function tokenize(text: string): Token[] {
  return tokenizeRange(text, 0, text.length, 0, []);
}

/**
 * `tokenize`'s tokens from `from` up to `to` (a position no token runs over: an ASCII space, or the end), pushed onto
 * `tokens`; `line` is the line `from` is on.
 */
function tokenizeRange(text: string, from: number, to: number, line: number, tokens: Token[]): Token[] {
  const n = text.length;
  let newline = text.indexOf('\n', from);
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    let q = p + 1;
    if (isAsciiSpace(c)) {
      p = q;
      continue;
    }
    // The table's hash of the token's characters, taken as the scan reads them (one pass over them, not two).
    let hash = c;
    let head = c;
    let tail = 0;
    if (isDigit(c)) {
      let d = text.charCodeAt(q);
      while (q < n && isDigit(d)) {
        hash = (Math.imul(hash, 31) + d) | 0;
        if (q - p < 4) head |= packed(q - p, d);
        else if (q - p < 8) tail |= packed(q - p, d);
        d = text.charCodeAt(++q);
      }
    } else if (isAsciiLetter(c)) {
      let d = text.charCodeAt(q);
      while (q < n && (isAsciiLetter(d) || d === 39)) {
        hash = (Math.imul(hash, 31) + d) | 0;
        if (q - p < 4) head |= packed(q - p, d);
        else if (q - p < 8) tail |= packed(q - p, d);
        d = text.charCodeAt(++q);
      }
      if (q < n && d >= 128) q = p;
    } else if (c >= 128 || c === 91) q = p;
    let value: string;
    let word: Word;
    let lower: string;
    let kind: Token['kind'];
    if (q > p) {
      // A token read by hand before (most are) is taken from the table of those seen: no new string, no lowercasing, no map read.
      const home = hash & (SEEN_SLOTS - 1);
      const length = q - p;
      let slot = -1;
      for (let s = home; s < home + SEEN_PROBES; s++) {
        const held = seenKey[4 * s]!;
        if (held === 0) break;
        if (held !== length || seenKey[4 * s + 1] !== hash || seenKey[4 * s + 2] !== head || seenKey[4 * s + 3] !== tail) continue;
        let k = 8;
        if (length > 8) {
          const seen = seenRef[3 * s] as string;
          while (k < length && seen.charCodeAt(k) === text.charCodeAt(p + k)) k++;
        }
        if (k >= length) {
          slot = s;
          break;
        }
      }
      if (slot >= 0) {
        value = seenRef[3 * slot] as string;
        lower = seenRef[3 * slot + 1] as string;
        word = seenRef[3 * slot + 2] as Word;
      } else {
        value = text.slice(p, q);
        word = wordOfText(value);
        lower = word.lower;
        let free = home;
        while (free < home + SEEN_PROBES - 1 && seenKey[4 * free] !== 0) free++;
        if (seenKey[4 * free] !== 0) free = home;
        seenKey[4 * free] = length;
        seenKey[4 * free + 1] = hash;
        seenKey[4 * free + 2] = head;
        seenKey[4 * free + 3] = tail;
        seenRef[3 * free] = value;
        seenRef[3 * free + 1] = lower;
        seenRef[3 * free + 2] = word;
      }
      kind = isDigit(c) ? 'number' : isAsciiLetter(c) ? 'word' : 'punct';
    } else {
      TOKEN.lastIndex = p;
      const match = TOKEN.exec(text);
      if (!match) {
        p += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      value = match[0];
      q = p + value.length;
      word = wordOfText(value);
      lower = word.lower;
      const code = value.charCodeAt(0);
      kind = isDigit(code) ? 'number' : isAsciiLetter(code) || (code >= 128 && /\p{L}/u.test(value[0]!)) ? 'word' : 'punct';
    }
    while (newline !== -1 && newline < p) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    tokens.push({ text: value, lower, word, start: p, end: q, kind, line });
    p = q;
  }
  return tokens;
}

/** A stretch `[start, end)` of a text replaced by `length` characters. */
export interface Edit {
  start: number;
  end: number;
  length: number;
}

const isSpaceAt = (text: string, i: number) => isAsciiSpace(text.charCodeAt(i));

/**
 * `tokenize(text)` for a `text` made from `old` (whose tokens are `oldTokens`) by `edits` (sorted, apart): only the
 * stretch around each edit is read again, out to an ASCII space on either side (no token, and no look-ahead of the
 * scan, runs over one, and the scan from a space on depends on nothing before it); every other token is the old one
 * moved by the edits before it. What the second reading of a turn, on its masked text, costs less by.
 */
export function tokenizeEdited(old: string, oldTokens: readonly Token[], text: string, edits: readonly Edit[]): Token[] {
  const tokens: Token[] = [];
  let k = 0;
  let shift = 0;
  // The new line of an old token is its old line minus the line breaks the edits before it took out (or plus those put in).
  let lines = 0;
  const oldLines = lineCounter(old);
  const newLines = lineCounter(text);
  // A token before the first edit is where it was: the old one itself (no rule changes a token).
  const move = (t: Token) => tokens.push(shift === 0 && lines === 0 ? t : { text: t.text, lower: t.lower, word: t.word, start: t.start + shift, end: t.end + shift, kind: t.kind, line: t.line + lines });
  for (let e = 0; e < edits.length; ) {
    let from = edits[e]!.start;
    while (from > 0 && !isSpaceAt(old, from - 1)) from--;
    let to = edits[e]!.end;
    while (to < old.length && !isSpaceAt(old, to)) to++;
    let last = e;
    while (last + 1 < edits.length && edits[last + 1]!.start <= to) {
      last++;
      to = Math.max(to, edits[last]!.end);
      while (to < old.length && !isSpaceAt(old, to)) to++;
    }
    while (k < oldTokens.length && oldTokens[k]!.start < from) move(oldTokens[k++]!);
    while (k < oldTokens.length && oldTokens[k]!.start < to) k++;
    let grown = 0;
    for (let x = e; x <= last; x++) grown += edits[x]!.length - (edits[x]!.end - edits[x]!.start);
    tokenizeRange(text, from + shift, to + shift + grown, oldLines.before(from) + lines, tokens);
    lines = newLines.before(to + shift + grown) - oldLines.before(to);
    shift += grown;
    e = last + 1;
  }
  while (k < oldTokens.length) move(oldTokens[k++]!);
  return tokens;
}

/** The line breaks before a position of `text`, asked at positions that never go back. */
function lineCounter(text: string): { before: (end: number) => number } {
  let count = 0;
  let next = text.indexOf('\n');
  return {
    before: (end) => {
      while (next !== -1 && next < end) {
        count++;
        next = text.indexOf('\n', next + 1);
      }
      return count;
    },
  };
}


export const UNITS = wordTable({ zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
export const TEENS = wordTable({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const TENS = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/**
 * German digits, as callers at a German clinic (or abroad) say a number digit by digit: "null eins sieben zwei ...". Only the
 * single digits ("ein" is an article, "elf" an English word); "null" is a zero only inside a number or before a digit, as "oh" is.
 */
export const GERMAN_UNITS = wordTable({ eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 });
/** German tens and teens, as a house number or a postcode is said in pairs: "zwölf", "achtundvierzig" read apart as "vierzig". */
export const GERMAN_TENS = wordTable({
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
});

/** Said between the digits of a number without breaking it. */
const JOINERS = new Set(['-', '(', ')', '.', ',', '/']);
const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'ah', 'hmm']);
/** Said between the groups of a number as a joiner is written: "five four one dash seven seven". */
const SPOKEN_JOINERS = new Set(['dash', 'hyphen']);
const ZERO_WORDS = new Set(['oh', 'o', 'nought', 'null']);
/** Every word that can start or continue a spoken number. */
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(GERMAN_UNITS), ...ZERO_WORDS, 'double', 'triple', 'hundred', ...FOREIGN_NUMBER_STARTS]);
const numberWord = flagWord((w) => NUMBER_WORDS.has(w));
const DOTS = new Set(['dot', 'point']);

/** Reads one spoken or written number item at token i: its digits and how many tokens it took. */
function readItem(tokens: Token[], i: number): { digits: string; next: number; spoken: boolean } | undefined {
  const t = tokens[i]!;
  if (t.kind === 'number') return { digits: t.text, next: i + 1, spoken: false };
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  const after = (k: number) => tokens[k]?.lower;
  if (w === 'double' || w === 'triple') {
    const unit = UNITS[after(i + 1) ?? ''] ?? (ZERO_WORDS.has(after(i + 1) ?? '') ? 0 : undefined);
    return unit === undefined ? undefined : { digits: String(unit).repeat(w === 'double' ? 2 : 3), next: i + 2, spoken: true };
  }
  if (w in UNITS) {
    if (after(i + 1) === 'hundred') {
      const rest = readTwoDigits(tokens, i + 2);
      return { digits: `${UNITS[w]}${rest ? rest.digits.padStart(2, '0') : '00'}`, next: rest ? rest.next : i + 2, spoken: true };
    }
    return { digits: String(UNITS[w]), next: i + 1, spoken: true };
  }
  if (w in GERMAN_UNITS) return { digits: String(GERMAN_UNITS[w]), next: i + 1, spoken: true };
  const two = readTwoDigits(tokens, i) ?? readForeignNumber(tokens, i);
  return two && { ...two, spoken: true };
}

/** "fourteen", "twenty", "twenty one", "twenty-one": one or two digits said as one number. */
function readTwoDigits(tokens: Token[], i: number): { digits: string; next: number } | undefined {
  const w = tokens[i]?.lower ?? '';
  if (w in TEENS) return { digits: String(TEENS[w]), next: i + 1 };
  if (!(w in TENS)) return undefined;
  let k = i + 1;
  if (tokens[k]?.text === '-' && tokens[k]!.start === tokens[i]!.end) k++;
  const unit = UNITS[tokens[k]?.lower ?? ''];
  return unit !== undefined && unit !== 0 ? { digits: String(TENS[w]! + unit), next: k + 1 } : { digits: String(TENS[w]), next: i + 1 };
}

/** Groups of digits said or written together, joined by spaces, dashes, dots, commas and fillers. */
export function digitRuns(tokens: Token[]): DigitRun[] {
  const runs: DigitRun[] = [];
  let groups: DigitGroup[] = [];
  const close = () => {
    if (groups.length > 0) runs.push({ groups });
    groups = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Most tokens are words that no number can start with: decide those with one set lookup.
    if (t.kind === 'word' && !numberWord.of(t)) {
      if (groups.length === 0 || (!FILLERS.has(t.lower) && !SPOKEN_JOINERS.has(t.lower))) close();
      i++;
      continue;
    }
    // "oh" is a zero inside a number, before a digit, or after a spoken "dot" ("ten dot oh dot oh dot one").
    const zero = ZERO_WORDS.has(t.lower) && (groups.length > 0 || isDigitStart(tokens, i + 1) || DOTS.has(tokens[i - 1]?.lower ?? ''));
    const item = zero ? { digits: '0', next: i + 1, spoken: true } : readItem(tokens, i);
    if (item) {
      groups.push({ digits: item.digits, start: t.start, end: tokens[item.next - 1]!.end, first: i, last: item.next - 1, spoken: item.spoken });
      i = item.next;
      continue;
    }
    if (groups.length > 0 && (JOINERS.has(t.text) || FILLERS.has(t.lower))) {
      i++;
      continue;
    }
    close();
    i++;
  }
  close();
  return runs;
}

function isDigitStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // "oh double seven ...": a zero before "double" or "triple" starts the number as before a digit.
  return !!t && (t.kind === 'number' || t.lower in UNITS || t.lower in TEENS || t.lower in TENS || t.lower in GERMAN_UNITS || ZERO_WORDS.has(t.lower) || t.lower === 'double' || t.lower === 'triple');
}

/** Lowercase with the same length as the input, so offsets in it are offsets in the text. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export type ReadingContext = { asked?: ReadonlySet<Ask>; agent?: boolean; now?: Date; said?: Said };

export function analyse(text: string, context: ReadingContext = {}): Analysis {
  return analysisOf(text, tokenize(text), context);
}

/** `analyse(text, context)` for a text made from the text `before` read by `edits`: its tokens moved, where the edits left them. */
export function analyseEdited(before: Analysis, text: string, edits: readonly Edit[], context: ReadingContext = {}): Analysis {
  return analysisOf(text, tokenizeEdited(before.text, before.tokens, text, edits), context);
}

function analysisOf(text: string, tokens: Token[], context: ReadingContext): Analysis {
  return { text, lower: lowerSameLength(text), tokens, runs: digitRuns(tokens), asked: context.asked ?? new Set(), agent: context.agent ?? false, now: context.now, said: context.said };
}

/** Windows of consecutive groups of a run, with their joined digits, `minDigits` to `maxDigits` long. */
export function windows(run: DigitRun, maxDigits: number, minDigits = 1): Array<{ groups: DigitGroup[]; digits: string; start: number; end: number }> {
  const out: Array<{ groups: DigitGroup[]; digits: string; start: number; end: number }> = [];
  for (let i = 0; i < run.groups.length; i++) {
    let digits = '';
    for (let j = i; j < run.groups.length; j++) {
      digits += run.groups[j]!.digits;
      if (digits.length > maxDigits) break;
      if (digits.length < minDigits) continue;
      out.push({ groups: run.groups.slice(i, j + 1), digits, start: run.groups[i]!.start, end: run.groups[j]!.end });
    }
  }
  return out;
}
