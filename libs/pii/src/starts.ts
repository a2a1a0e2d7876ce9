import type { Token } from './analysis';
import type { Word } from './word-memo';

/**
 * Where a rule can start, by its first word: a rule whose loop over every token first asks a lexicon question of the
 * token's word ("is it 'at'?", "a house's word?") declares that question once (`startWord`), and its loop reads only the
 * positions whose word answers yes (`startsOf`), ascending. The positions of every declared start are gathered in one pass
 * over a reading's tokens, each token's answers one bit field of its word's record (answered on the word's first sighting
 * by such a pass), so thirty loops cost one pass instead of thirty, and a token no rule starts at costs one read.
 *
 * The test must be a pure function of the word's lowercase form (static lexicons only, never a tenant's policy); a loop
 * moved onto it must keep every other test of its first token after it, and change nothing between the positions it visits.
 */
export interface StartWord {
  readonly id: number;
}

/** Bits 0 to 29 of a record's `starts`: more and the rest are answered by a loop of their own. */
const MAX_STARTS = 30;
const tests: Array<(lower: string) => boolean> = [];

export function startWord(test: (lower: string) => boolean): StartWord {
  tests.push(test);
  return { id: tests.length - 1 };
}

// A small integer (a shift, not `**`, whose double result would widen every record's field from a small integer).
const known = () => (1 << Math.min(tests.length, MAX_STARTS)) - 1;

function learn(word: Word, all: number): void {
  for (let id = 0; id < MAX_STARTS && id < tests.length; id++) {
    const bit = 1 << id;
    if ((word.startsKnown & bit) === 0 && tests[id]!(word.lower)) word.starts |= bit;
  }
  word.startsKnown = all;
}

/** Kept by the reading's tokens (each reading, a later one on masked text too, has its own array, never changed once read). */
const GATHERED = new WeakMap<readonly Token[], number[][]>();

function gather(t: readonly Token[]): number[][] {
  const lists: number[][] = tests.map(() => []);
  const all = known();
  for (let i = 0; i < t.length; i++) {
    const word = t[i]!.word;
    if (word.startsKnown !== all) learn(word, all);
    for (let bits = word.starts; bits !== 0; bits &= bits - 1) lists[31 - Math.clz32(bits & -bits)]!.push(i);
  }
  for (let id = MAX_STARTS; id < tests.length; id++) for (let i = 0; i < t.length; i++) if (tests[id]!(t[i]!.lower)) lists[id]!.push(i);
  GATHERED.set(t, lists);
  return lists;
}

/** The positions of the tokens whose word can start the rules of `start`, ascending. */
export function startsOf(tokens: readonly Token[], start: StartWord): readonly number[] {
  const lists = GATHERED.get(tokens);
  // A start declared after the reading's pass (a module loaded late) gathers again.
  return (lists !== undefined && start.id < lists.length ? lists : gather(tokens))[start.id]!;
}
