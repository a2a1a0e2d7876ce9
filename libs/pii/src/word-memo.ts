/** Distinct words kept per memo before it starts over: speech repeats a few thousand words, so this is rarely reached. */
const LIMIT = 50_000;

/**
 * A pure function of one word, memoised per process: lexicon checks that normalise a word
 * (accents, "'s", "mc") cost one map read after the word's first sighting. Only for functions
 * of static lexicons, never of a tenant's policy.
 */
export function memoWord<T>(fn: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined && !memo.has(word)) {
      if (memo.size >= LIMIT) memo.clear();
      memo.set(word, (value = fn(word)));
    }
    return value as T;
  };
}

/** Distinct words' lowercase forms, each one string for the process. */
const WORDS = new Map<string, string>();

/**
 * One string per distinct word for the process, and an internalised one (as V8 keeps property
 * names): a token's lowercase form is looked up in dozens of sets, maps and keyed objects, and a
 * fresh string from each reading costs a string-table probe per object lookup and a character
 * compare per hit; this one costs a pointer compare. Values are unchanged, only their identity.
 */
export function internWord(word: string): string {
  let shared = WORDS.get(word);
  if (shared === undefined) {
    if (WORDS.size >= LIMIT) WORDS.clear();
    shared = Object.keys({ [word]: 0 })[0] ?? word;
    WORDS.set(shared, shared);
  }
  return shared;
}
