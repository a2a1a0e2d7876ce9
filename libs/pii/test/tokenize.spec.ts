import fc from 'fast-check';
import { tokenize } from '../src/analysis';
import { wordOf } from '../src/word-memo';

/** The tokenizer's definition: what `matchAll` of this regex finds is what the hand-written scan must find. */
const TOKEN = /\[[A-Z][A-Z_]*(?:_[0-9a-f]{12})?\]|\p{L}[\p{L}\p{M}'’]*|\d+|[^\s\p{L}\p{M}\d]/gu;
const byRegex = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m[0]]);
const byScan = (text: string) => tokenize(text).map((t) => [t.start, t.text]);

const PIECES = ['[PHONE]', '[PHONE_3fa9c2e81b07]', '[PHONE_3fa9]', '[A_B_]', '[x]', "o'brien", 'Róisín', 'café’s', 'naïve', 'e\u0301', '\u0301', '𝒜b', '\ud800', '١٢٣', '12ab', '\u00a0', '\u2028', '\x1c', '\n', ' '];

/**
 * Texts of one hash (31 × 'A' + 'a' = 31 × 'B' + 'B'), so they share a slot of the seen-token table whatever its size:
 * of one length, told apart by their first eight characters (which the table packs) or only by those after them.
 */
const SAME_SLOT = ['Aa', 'BB', 'AaAa', 'AaBB', 'BBAa', 'BBBB', 'AaAaAaAa', 'BBBBBBBB', 'AaAaAaAaAa', 'AaAaAaAaBB', 'AaAaAaAaAaBB', 'AaAaAaAaBBAa'];

describe('tokenize', () => {
  it.each([
    ['my number is (312) 555-0147', [[0, 'my'], [3, 'number'], [10, 'is'], [13, '('], [14, '312'], [17, ')'], [19, '555'], [22, '-'], [23, '0147']]],
    ['[PHONE_3fa9c2e81b07]. Dermot’s', [[0, '[PHONE_3fa9c2e81b07]'], [20, '.'], [22, 'Dermot’s']]],
    ['\u0301café 𝒜', [[1, 'café'], [6, '𝒜']]],
  ])('reads %j', (text, tokens) => {
    expect(byScan(text)).toEqual(tokens);
  });

  it('finds what the regex finds, on any text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => expect(byScan(t)).toEqual(byRegex(t))), { numRuns: 2000 });
  });

  it('gives a token read again (or one whose text shares its slot) the same text, lowercase and word as on its first reading', () => {
    const fresh = (text: string) => tokenize(text).map((t) => [t.text === text.slice(t.start, t.end) && t.text, t.lower, t.word === wordOf(t.text.toLowerCase().replace(/’/g, "'")), t.word.lower === t.lower]);
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES, 'Ab', 'BA', 'aB', 'ab', ...SAME_SLOT), fc.string({ unit: 'binary-ascii', maxLength: 3 })), { maxLength: 24 }).map((p) => p.join(' '));
    fc.assert(fc.property(text, (t) => {
      const first = fresh(t);
      expect(first.every(([text, , same, own]) => text !== false && same && own)).toBe(true);
      expect(fresh(t)).toEqual(first);
    }), { numRuns: 3000 });
  });

  it('gives each token its lowercase (curly apostrophes straight), kind and line', () => {
    expect(tokenize('Hi\nO’Brien 42 !').map((t) => [t.lower, t.kind, t.line])).toEqual([['hi', 'word', 0], ["o'brien", 'word', 1], ['42', 'number', 1], ['!', 'punct', 1]]);
  });
});
