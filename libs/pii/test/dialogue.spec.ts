import { Redactor } from '@mo/pii';

const NOW = new Date('2026-12-01T00:00:00Z');
const us = new Redactor({ country: 'US', allow: { phones: ['(312) 555-0100'], addresses: ['100 Main Street, Springfield, IL 62701'], emails: ['frontdesk@demodental.com'] } });
const show = (text: string, spans: Array<{ type: string; start: number; end: number }>) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const answer = (question: string, reply: string, redactor = us) => show(reply, redactor.find(reply, { now: NOW, speaker: 'caller', context: [{ speaker: 'agent', text: question }] }));

describe('dialogue context: the question in one turn cues the answer in the next', () => {
  it.each([
    ['And the last four of your social?', '4 4 1 9', ['SSN:4 4 1 9']],
    ['your member ID?', "uh it's K as in kilo 7 7 2 0 1 9", ['INSURANCE_ID:K as in kilo 7 7 2 0 1 9']],
    ['and your first name?', 'Dermot', ['PERSON:Dermot']],
    ['Could you spell the surname?', 'T-R-A-N', ['PERSON:T-R-A-N']],
    ["What's your date of birth?", 'feb 9 64', ['DATE_OF_BIRTH:feb 9 64']],
    ['And the zip code?', 'six oh six one four', ['POSTAL_CODE:six oh six one four']],
    ['Best number to reach you?', '555-0199', ['PHONE:555-0199']],
  ])('%s / %s', (question, reply, expected) => expect(answer(question, reply)).toEqual(expected));

  it('reads a mask in the turn before as a value given, not as the word it names (fast-check found "my number is [PHONE]" asking for a phone)', () => {
    const reply = 'ssn 123-45-6789 five five five two oh one three three four four';
    expect(answer('my number is [PHONE]', reply)).toEqual(answer('my number is (312) 555-0147', reply));
    expect(answer('my number is [PHONE]', reply)).toEqual(['SSN:123-45-6789']);
    expect(answer('your [SSN] and [EMAIL] are on file', '4 4 1 9')).toEqual([]);
  });

  it('takes nothing from the same words without the question', () => {
    expect(answer('How can I help?', '4 4 1 9')).toEqual([]);
    expect(answer('How can I help?', 'Dermot')).toEqual([]);
  });

  it('reads a text of Agent:/Caller: lines as a dialogue, offsets in the whole text', () => {
    const text = 'Agent: And the last four of your social?\nCaller: 6 2 0 8\nAgent: Thanks.';
    expect(show(text, us.find(text, { now: NOW }))).toEqual(['SSN:6 2 0 8']);
  });

  it('redacts each turn of a dialogue with the turns before it', () => {
    const results = us.redactDialogue([{ speaker: 'agent', text: 'your first name please?' }, { speaker: 'caller', text: 'siobhan' }], { now: NOW });
    expect(results.map((r) => r.text)).toEqual(['your first name please?', '[PERSON]']);
  });

  it("keeps what the agent says about the clinic as the clinic's, and masks the caller's read back", () => {
    expect(show('Our other office is at 12 Oak Road, Chicago IL 60614.', us.find('Our other office is at 12 Oak Road, Chicago IL 60614.', { now: NOW, speaker: 'agent' }))).toEqual([]);
    const readBack = 'So your address is 12 Oak Road, Chicago IL 60614?';
    expect(show(readBack, us.find(readBack, { now: NOW, speaker: 'agent' }))).toEqual(['STREET_ADDRESS:12 Oak Road, Chicago IL 60614']);
  });
});

describe('the clinic country', () => {
  const gb = new Redactor({ country: 'GB' });
  it('reads national formats in the clinic country and international ones anywhere', () => {
    expect(show('ring me on 0161 496 0123', gb.find('ring me on 0161 496 0123', { now: NOW }))).toEqual(['PHONE:0161 496 0123']);
    expect(show('my mobile is +61 491 570 006', us.find('my mobile is +61 491 570 006', { now: NOW }))).toEqual(['PHONE:+61 491 570 006']);
  });

  it('reads 03/04/1985 day first outside North America', () => {
    const text = 'date of birth 03/04/1985';
    expect(gb.redact(text, { now: NOW, mask: { style: 'pseudonym', key: 'k' } }).text).not.toBe(us.redact(text, { now: NOW, mask: { style: 'pseudonym', key: 'k' } }).text);
  });
});

describe('the caller gives the clock', () => {
  it('takes a birth year up to the current year of `now`, never of the machine', () => {
    const text = 'born on March 14, 2027';
    expect(us.find(text, { now: NOW })).toEqual([]);
    expect(us.find(text, { now: new Date('2027-06-01T00:00:00Z') })).toHaveLength(1);
  });
});

describe('types kept apart', () => {
  it.each([
    ['date of birth 11/22/1980', 'DATE_OF_BIRTH'],
    ['zip code 60614', 'POSTAL_CODE'],
    ['my number is 312 555 0147', 'PHONE'],
  ])('%s is a %s', (text, type) => expect(us.find(text, { now: NOW }).map((s) => s.type)).toEqual([type]));
});
