/** Distinct words kept per memo before it starts over: speech repeats a few thousand words, so this is rarely reached. */
const LIMIT = 50_000;

/**
 * One distinct word (a token's lowercase form) for the process: its text, and the answers of the
 * per-word memos (`memoWord`) for it, each in its own slot, so a token's lexicon test after the
 * word's first sighting is one array read instead of a map read hashing the word again.
 */
export interface Word {
  readonly lower: string;
  readonly memo: unknown[];
  /** The answers of the yes/no memos (`flagWord`), one bit each, and which of them are in. */
  bits: number;
  known: number;
  /** Which declared rule starts (`startWord`, starts.ts) the word is, one bit each, and which of them are answered. */
  starts: number;
  startsKnown: number;
}

/** A memo's answer `undefined`, told apart from a slot not filled yet. */
const NONE = Symbol('none');
let slots = 0;

export interface WordMemo<T> {
  (word: string): T;
  /** The same answer for a token's word, read from the word's own slot. */
  of(token: { word: Word }): T;
}

/**
 * A pure function of one word, memoised per process: lexicon checks that normalise a word
 * (accents, "'s", "mc") cost one map read after the word's first sighting, or one slot read when
 * asked for a token (`of`). Only for functions of static lexicons, never of a tenant's policy.
 */
export function memoWord<T>(fn: (word: string) => T): WordMemo<T> {
  const memo = new Map<string, T>();
  const slot = slots++;
  const memoised = ((word: string) => {
    let value = memo.get(word);
    if (value === undefined && !memo.has(word)) {
      if (memo.size >= LIMIT) memo.clear();
      memo.set(word, (value = fn(word)));
    }
    return value as T;
  }) as WordMemo<T>;
  memoised.of = ({ word }) => {
    const value = word.memo[slot];
    if (value !== undefined) return (value === NONE ? undefined : value) as T;
    const computed = fn(word.lower);
    word.memo[slot] = computed === undefined ? NONE : computed;
    return computed;
  };
  return memoised;
}

/** Flags made so far: each takes the next bit of a record's `bits`. */
let flags = 0;
/** Bits 0 to 28: a record's bits stay a small integer, kept in the record itself. */
const MAX_FLAGS = 29;

/**
 * `memoWord` for a yes/no test: the answer for a token's word is a bit of the word's record, read
 * with the record, not from a slot array beside it (a second object per word, which a loop over
 * every token reads out of cache). Each flag answers a record on its first asking, never when the
 * record is made: a new word costs nothing for the flags no loop asks of it, and a flag is never run
 * before its own module's lexicons exist (a record can be made while modules still load).
 * Past `MAX_FLAGS`, a flag is a plain `memoWord`.
 */
export function flagWord(fn: (word: string) => boolean): WordMemo<boolean> {
  if (flags >= MAX_FLAGS) return memoWord(fn);
  const bit = 1 << flags++;
  const memo = new Map<string, boolean>();
  const flag = ((word: string) => {
    let value = memo.get(word);
    if (value === undefined) {
      if (memo.size >= LIMIT) memo.clear();
      memo.set(word, (value = fn(word)));
    }
    return value;
  }) as WordMemo<boolean>;
  flag.of = ({ word }) => {
    if ((word.known & bit) === 0) {
      if (fn(word.lower)) word.bits |= bit;
      word.known |= bit;
    }
    return (word.bits & bit) !== 0;
  };
  return flag;
}

/** Distinct words' lowercase forms, each one record for the process. */
const WORDS = new Map<string, Word>();

/**
 * One record per distinct word for the process, with an internalised string (as V8 keeps property
 * names): a token's lowercase form is looked up in dozens of sets, maps and keyed objects, and a
 * fresh string from each reading costs a string-table probe per object lookup and a character
 * compare per hit; this one costs a pointer compare. Values are unchanged, only their identity.
 */
export function wordOf(lower: string): Word {
  let shared = WORDS.get(lower);
  if (shared === undefined) {
    if (WORDS.size >= LIMIT) WORDS.clear();
    const text = Object.keys({ [lower]: 0 })[0] ?? lower;
    const record: Word = (shared = { lower: text, memo: [], bits: 0, known: 0, starts: 0, startsKnown: 0 });
    WORDS.set(text, record);
  }
  return shared;
}
