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
