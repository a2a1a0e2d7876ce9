import fc from 'fast-check';
import { internWord, memoWord } from '../src/word-memo';

describe('internWord', () => {
  it.each(['', 'may', 'constructor', '__proto__', '123', '01', 'café', "o'brien", '𝒜b', '\ud800'])('gives back %j unchanged', (word) => {
    expect(internWord(word)).toBe(word);
    expect(internWord(word.split('').join(''))).toBe(word);
  });

  it('gives back any string unchanged, however often it is asked', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (word) => internWord(word) === word && internWord(`${word}`) === word), { numRuns: 2000 });
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
});
