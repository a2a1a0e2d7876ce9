import fc from 'fast-check';
import { besideDigits, besideDigitsPastAscii } from '../src/beside-digits';

/** The hand scan of an ASCII window must answer as the regexes do, at every span of any text. */
describe('besideDigits', () => {
  const pieces = ['7', '42', 'one', 'ONE', 'Oh', 'o', 'twenty', 'hundred', 'triple', 'tw', 'a7', '7a', 'word', 'x', ' ', '  ', ',', '.', '-', '/', '(', ')', '\t', '\n', '!', ':', "'", '[PHONE]', 'é', 'ß', '٣', '😀'];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary-ascii', maxLength: 3 })), { maxLength: 24 }).map((p) => p.join(''));

  it('answers as the regexes on any text and span', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
      const [start, end] = [x % (t.length + 1), y % (t.length + 1)].sort((a, b) => a - b) as [number, number];
      expect(besideDigits(t, { start, end })).toBe(besideDigitsPastAscii(t, { start, end }));
    }), { numRuns: 5000 });
  });

  it('reads across joiners to a number, a number word or neither', () => {
    const at = (t: string, span: string) => ({ start: t.indexOf(span), end: t.indexOf(span) + span.length });
    expect(besideDigits('call NAME, 5 pm', at('call NAME, 5 pm', 'NAME'))).toBe(true);
    expect(besideDigits('Twenty - NAME said', at('Twenty - NAME said', 'NAME'))).toBe(true);
    expect(besideDigits('it was NAME! 5', at('it was NAME! 5', 'NAME'))).toBe(false);
    expect(besideDigits('tone NAME tones', at('tone NAME tones', 'NAME'))).toBe(false);
  });
});
