import fc from 'fast-check';
import { analyse, analyseEdited, Edit, tokenize, tokenizeEdited } from '../src/analysis';

/** The second reading's tokens, moved from the first's around its masks, must be what reading the masked text finds. */
const PIECES = ['[PHONE]', '[PHONE_3fa9c2e81b07]', '[A_B_', '[', ']', "o'brien", 'Róisín', 'café’s', 'e\u0301', '\u0301', '𝒜b', '\ud800', '\udc00', '١٢٣', '12ab', '555', 'five', 'oh', '-', '.', ',', '\u00a0', '\u2028', '\n', ' ', '  ', '\t', 'x', 'é'];
const REPLACEMENTS = ['[PHONE]', '[PERSON]', '[STREET_ADDRESS]', '', 'a', ' ', '\n', '[', 'é', '1'];

const edited = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 24 }).map((p) => p.join('')),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...REPLACEMENTS)), { maxLength: 5 }),
  )
  .map(([old, cuts]) => {
    // Sorted stretches apart from each other, each replaced.
    const points = cuts.flatMap(([a, b]) => [a % (old.length + 1), b % (old.length + 1)]).sort((x, y) => x - y);
    const edits: Array<Edit & { by: string }> = [];
    for (let i = 0; i + 1 < points.length; i += 2) {
      if (edits.length > 0 && points[i]! < edits.at(-1)!.end) continue;
      edits.push({ start: points[i]!, end: points[i + 1]!, length: cuts[i / 2]![2].length, by: cuts[i / 2]![2] });
    }
    let text = '';
    let at = 0;
    for (const e of edits) {
      text += old.slice(at, e.start) + e.by;
      at = e.end;
    }
    return { old, text: text + old.slice(at), edits };
  });

describe('tokenizeEdited', () => {
  it('finds on any edited text what tokenize finds, texts, words, offsets, kinds and lines', () => {
    fc.assert(fc.property(edited, ({ old, text, edits }) => {
      expect(tokenizeEdited(old, tokenize(old), text, edits)).toEqual(tokenize(text));
    }), { numRuns: 5000 });
  });

  it('reads again only around an edit, and gives the digit runs of the edited text', () => {
    const old = 'call me on\n555 0147 or 555 0199 please';
    const text = 'call me on\n[PHONE] or 555 0199 please';
    const before = analyse(old);
    const after = analyseEdited(before, text, [{ start: 11, end: 19, length: 7 }]);
    expect(after).toEqual(analyse(text));
    expect(after.tokens.map((t) => [t.text, t.start, t.line])).toEqual([['call', 0, 0], ['me', 5, 0], ['on', 8, 0], ['[PHONE]', 11, 1], ['or', 19, 1], ['555', 22, 1], ['0199', 26, 1], ['please', 31, 1]]);
  });
});
