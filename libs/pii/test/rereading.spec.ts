import fc from 'fast-check';
import { Redactor, RedactionPolicy } from '@mo/pii';
import { Candidate } from '../src/types';
import { besideDigits } from '../src/rereading';

/** The engine as it was: a turn read again whenever any chosen span has digits beside it. */
class ReadingAgainOnAnyDigits extends Redactor {
  protected override readAgain(text: string, chosen: readonly Candidate[]): boolean {
    return chosen.some((c) => besideDigits(text, c));
  }
}

const POLICY: RedactionPolicy = { allow: { phones: ['(312) 555-0100'], addresses: ['12 Main Street, Springfield'] } };
const skipping = new Redactor(POLICY);
const full = new ReadingAgainOnAnyDigits(POLICY);

/** Entities, numbers and number words packed side by side, so spans often sit beside digits and beside each other. */
const PIECES = [
  'my number is (312) 555-0147',
  '(312) 555-0100',
  'DOB 03/14/1985',
  'born 14 March 1985',
  'ssn 123-45-6789',
  '4111 1111 1111 1111',
  'Jane Doe',
  'this is Dermot Healy',
  'metformin 500 mg',
  'I took 2 Tylenol',
  '742 Evergreen Terrace, Springfield, IL 62704',
  '12 Main Street, Springfield',
  'Flat 2, 14 Hope Street, Liverpool L1 9BQ',
  'Hauptstraße 12a, 10115 Berlin',
  'MRN 00739145',
  'five five five two oh one three',
  'oh one nine nine',
  'twenty nineteen',
  'W 2 6 4 8 8 1',
  'jane.doe@gmail.com',
  '10.0.0.1',
  'unit 5/22 smith st fitzroy vic 3065',
  'my son Colm',
  'x12',
  'version 2.4.1',
  'one',
  'double',
];
const SEPARATORS = [' ', ', ', '. ', ' - ', '/', ' 7 ', ' 42 ', ' two ', '\n'];
const text = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PIECES), fc.stringMatching(/^[0-9a-z ]{0,6}$/)), fc.constantFrom(...SEPARATORS)), { maxLength: 10 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('reading a turn again', () => {
  it('finds what reading again on any span beside digits finds, on random texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(skipping.redact(t, { now: new Date('2026-06-01T00:00:00Z') })).toEqual(full.redact(t, { now: new Date('2026-06-01T00:00:00Z') }));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same in a dialogue read turn by turn', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), text), { minLength: 1, maxLength: 4 }), (turns) => {
        const dialogue = turns.map(([agent, t]) => ({ speaker: agent ? ('agent' as const) : ('caller' as const), text: t }));
        expect(skipping.redactDialogue(dialogue)).toEqual(full.redactDialogue(dialogue));
      }),
      { numRuns: 500 },
    );
  });
});
