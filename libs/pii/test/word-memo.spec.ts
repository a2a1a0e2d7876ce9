import fc from 'fast-check';
import { flagWord, memoWord, wordOf } from '../src/word-memo';

describe('wordOf', () => {
  it.each(['', 'may', 'constructor', '__proto__', '123', '01', 'café', "o'brien", '𝒜b', '\ud800'])('keeps %j unchanged, one record per word', (word) => {
    expect(wordOf(word).lower).toBe(word);
    expect(wordOf(word.split('').join(''))).toBe(wordOf(word));
  });

  it('keeps any string unchanged, however often it is asked', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (word) => wordOf(word).lower === word && wordOf(`${word}`).lower === word), { numRuns: 2000 });
  });
});

describe('memoWord', () => {
  it('answers as the function does, and asks it once per word', () => {
    const seen: string[] = [];
    const long = memoWord((w) => {
      seen.push(w);
      return w.length > 3 ? w.toUpperCase() : undefined;
    });
    expect([long('grace'), long('may'), long('grace'), long('may')]).toEqual(['GRACE', undefined, 'GRACE', undefined]);
    expect(seen).toEqual(['grace', 'may']);
  });

  it("answers for a token's word as for the word, undefined included, asking once per word", () => {
    const seen: string[] = [];
    const long = memoWord((w) => {
      seen.push(w);
      return w.length > 3 ? w.toUpperCase() : undefined;
    });
    const [grace, may] = [{ word: wordOf('gracie') }, { word: wordOf('mai') }];
    expect([long.of(grace), long.of(may), long.of(grace), long.of(may)]).toEqual(['GRACIE', undefined, 'GRACIE', undefined]);
    expect(seen).toEqual(['gracie', 'mai']);
  });
});

describe('flagWord', () => {
  it("answers for any word, and for a token's word, as the function does: records made before the flag and after it", () => {
    const test = (w: string) => w.length % 3 === 0 || w.includes('a');
    const before = fc.sample(fc.string({ unit: 'binary-ascii', maxLength: 8 }), 200).map((w) => wordOf(`flag-${w}`));
    const flag = flagWord(test);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 10 }), (w) => {
      const word = wordOf(`flag-${w}`);
      return flag(word.lower) === test(word.lower) && flag.of({ word }) === test(word.lower) && flag.of({ word }) === test(word.lower);
    }), { numRuns: 2000 });
    for (const word of before) expect(flag.of({ word })).toBe(test(word.lower));
  });

  it('keeps answering past the bits a record holds (a plain memo beyond them)', () => {
    const flags = Array.from({ length: 40 }, (_, k) => flagWord((w) => w.length > k));
    const word = wordOf('a word of twenty-two c');
    expect(flags.map((f) => f.of({ word }))).toEqual(flags.map((_, k) => 22 > k));
    expect(flags.map((f) => f(word.lower))).toEqual(flags.map((_, k) => 22 > k));
  });
});
