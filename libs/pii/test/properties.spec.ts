import fc from 'fast-check';
import { Redactor } from '@mo/pii';

const redactor = new Redactor({ allow: { phones: ['(312) 555-0100'] } });

const SNIPPETS = [
  'my number is (312) 555-0147',
  'jane.doe@gmail.com',
  'DOB 03/14/1985',
  'ssn 123-45-6789',
  '4111 1111 1111 1111',
  'this is Jane Doe',
  'I have diabetes',
  'metformin',
  '742 Evergreen Terrace, Springfield, IL 62704',
  'MRN 00739145',
  'five five five two oh one three three four four',
  'at 3:00 pm for $150',
  'born on the fourteenth of March eighty-five',
  '07700 900777',
  'Flat 2, 14 Hope Street, Liverpool L1 9BQ',
  'spelled T-R-A-N',
  'keisha brown',
  '\nAgent: and your first name?\nCaller: dermot\n',
  'Agent: last four of your social?\nCaller: 4 4 1 9',
];

/** Text that mixes real entities with arbitrary Unicode, punctuation and whitespace. */
const transcript = fc.array(fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(' ', ', ', '. ', '\n')), { maxLength: 12 }).map((parts) => parts.join(' '));

describe('redaction properties', () => {
  it('never changes text outside the spans', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const { text: masked, spans } = redactor.redact(text);
        let rebuilt = '';
        let at = 0;
        for (const s of spans) {
          rebuilt += text.slice(at, s.start) + `[${s.type}]`;
          at = s.end;
        }
        return rebuilt + text.slice(at) === masked;
      }),
      { numRuns: 300 },
    );
  });

  it('returns sorted spans that never overlap and stay inside the text', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const spans = redactor.find(text);
        return spans.every((s, i) => s.start >= 0 && s.end <= text.length && s.start < s.end && (i === 0 || spans[i - 1]!.end <= s.start));
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when run on its own output', () => {
    fc.assert(
      fc.property(transcript, fc.boolean(), (text, pseudonym) => {
        const mask = pseudonym ? ({ style: 'pseudonym', key: 'k' } as const) : ({ style: 'tag' } as const);
        const once = redactor.redact(text, { mask }).text;
        return redactor.redact(once, { mask }).text === once;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        redactor.redact(text);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
