import fc from 'fast-check';
import { tokenize, tokenizeEdited } from '../src/analysis';
import { startsOf, startWord } from '../src/starts';

const WORDS = ['at', 'At', 'county', 'co', 'Co.', 'is', 'the', 'nurse', 'Nurse', 'arroba', 'x', 'texas', 'ca', '12', ',', "co's", 'coat'];
const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((w) => w.join(' '));

describe('startsOf: the positions a rule can start at, gathered in one pass', () => {
  const at = startWord((w) => w === 'at' || w === 'arroba');
  const county = startWord((w) => w === 'co' || w === 'county');
  const never = startWord(() => false);

  it('reads, ascending, every token whose lowercase word passes the test, and no other', () => {
    const t = tokenize('At the clinic, at 12, Co. Cork; county Kerry at last');
    expect(startsOf(t, at)).toEqual([0, 4, 13]);
    expect(startsOf(t, county)).toEqual([7, 11]);
    expect(startsOf(t, never)).toEqual([]);
  });

  it('is the filter of the tokens by the test, on any text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const t = tokenize(s);
        for (const [start, test] of [[at, (w: string) => w === 'at' || w === 'arroba'], [county, (w: string) => w === 'co' || w === 'county']] as const) {
          expect(startsOf(t, start)).toEqual(t.flatMap((x, i) => (test(x.lower) ? [i] : [])));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads a later reading's tokens apart from the first's (each array its own positions)", () => {
    const before = 'call me at 4 or at home';
    const t = tokenize(before);
    expect(startsOf(t, at)).toEqual([2, 5]);
    const masked = 'call me at [PHONE] or at home';
    const edited = tokenizeEdited(before, t, masked, [{ start: 11, end: 12, length: 7 }]);
    expect(startsOf(edited, at)).toEqual([2, 5]);
    expect(startsOf(tokenize('nothing here'), at)).toEqual([]);
  });

  it('answers a start declared after a reading was gathered', () => {
    const t = tokenize('the nurse is in');
    expect(startsOf(t, at)).toEqual([]);
    const nurse = startWord((w) => w === 'nurse');
    expect(startsOf(t, nurse)).toEqual([1]);
  });
});
