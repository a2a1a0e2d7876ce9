import { Redactor } from '@mo/pii';
import { found } from './fixture';

/**
 * The classes of speech fixed from set H's misses (task 10c), each with wordings of its own (not the set's
 * lines): what is found, and what is left alone.
 */

describe('a surname said first, then the ask for the given name', () => {
  it.each([
    ['Mbeki-Lund, first name Astrid, that is all', ['PERSON:Mbeki-Lund', 'PERSON:Astrid']],
    ['um van den Broek, first name Pieter', ['PERSON:van den Broek', 'PERSON:Pieter']],
    ['hollingsworth, first name tamsin', ['PERSON:hollingsworth', 'PERSON:tamsin']],
    ['Achterberg, given name Femke', ['PERSON:Achterberg', 'PERSON:Femke']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Sorry, first name only on the form?',
    'yes, first name and surname both on the card',
    'Right, first name is spelled the usual way.',
  ])('%s is left alone', (text) => expect(found(text)).toEqual([]));
});

describe('a number dictated over several turns', () => {
  it.each([
    // Each part answers the ask that stands over the agent's "mm"/"go on", and the caller's own cue begins the dictation.
    [[['agent', 'And a good cell number?'], ['caller', 'four one five'], ['agent', 'mm-hm'], ['caller', 'six oh two']], ['PHONE:six oh two']],
    [[['agent', 'Can I take the social for the claim?'], ['caller', 'five three one']], ['SSN:five three one']],
    [[['caller', "my social's, got a pen? six oh two"], ['agent', 'go ahead'], ['caller', 'four one']], ['SSN:four one']],
    [[['caller', "my social's, got a pen? six oh two"]], ['SSN:six oh two']],
    // The agent's answer to the caller's question about the ask asks nothing of its own.
    [[['agent', "I'll need the last four of the social."], ['caller', 'do you keep that on file?'], ['agent', "No, it's only to match the insurance record."], ['caller', 'right, 8 1 3 5']], ['SSN:8 1 3 5']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(found(turns)).toEqual(expected));

  it.each([
    [['agent', "What's a good number for you?"], ['caller', 'the one you have is fine'], ['agent', 'okay'], ['caller', '12 of us are coming actually']],
    [['agent', "What's the best phone number?"], ['caller', "give me 2 minutes, I'll find it"]],
    [['agent', 'And the last four of the social?'], ['caller', "I'd rather not, can I bring the card?"], ['agent', "Sure, that's fine."], ['caller', 'great, see you at 10']],
    [['agent', 'Can I have your cell number?'], ['caller', 'is it for texts?'], ['agent', 'Yes, reminders.'], ['caller', 'ok, we have 2 kids too']],
    [['agent', 'And the last four of the social?'], ['caller', '4 4 1 9 and the zip is 98402 sorry'], ['agent', 'ok'], ['caller', 'my son is 12']],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(found(turns)).toEqual([]));
});

describe("an SSN's answers the older rules missed", () => {
  it.each([
    [[['agent', 'and the whole social?'], ['caller', '987 20 4410']], ['SSN:987 20 4410']],
    [[['caller', "i'd rather not say my ssn over the phone, but the last 4 are 5 5 0 1"]], ['SSN:5 5 0 1']],
    [[['caller', "um i don't like giving the social out, is that alright, the last four of it are three eight eight two"]], ['SSN:three eight eight two']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(found(turns)).toEqual(expected));

  it.each([
    [['agent', 'and the whole social?'], ['caller', "I don't have it with me, the office is at 900 Pine, room 12"]],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(found(turns)).toEqual([]));

  it("a phone's last four after the social is named stays the phone's", () => {
    expect(found('my social worker has my phone number, the last four are 0 1 4 7')).toEqual(['PHONE:0 1 4 7']);
  });
});

describe('conditions: slow and plain states of a part, other languages, remarks to anyone', () => {
  it.each([
    ["my mum's gums are really receding now", 'US', ["MEDICAL_CONDITION:gums are really receding"]],
    ['his bottom wisdom teeth are impacted, the xray showed it', 'US', ['MEDICAL_CONDITION:bottom wisdom teeth are impacted']],
    ['me hips are bad so can i have a ground floor room', 'US', ['MEDICAL_CONDITION:hips are bad']],
    ['her teeth r sensitive since the whitening', 'US', ['MEDICAL_CONDITION:teeth r sensitive']],
    ["my son's got a molar coming through and he's grumpy", 'US', ['MEDICAL_CONDITION:a molar coming through']],
    ['she gets hypos if she skips lunch', 'US', ['MEDICAL_CONDITION:hypos']],
    ['ich habe Bluthochdruck und Diabetes Typ 1', 'DE', ['MEDICAL_CONDITION:Bluthochdruck', 'MEDICAL_CONDITION:Diabetes Typ 1']],
    ["mon fils a de l'asthme, il prend de la Ventoline", 'FR', ["MEDICAL_CONDITION:l'asthme", 'MEDICATION:Ventoline']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));

  it.each([
    [[['agent', 'Please call us to move your visit if you have a cold or a cough.']]],
    [[['caller', 'if anyone has the flu at home, let us know before you come in']]],
    [[['caller', "Is amoxicillin safe in pregnancy? I'm asking in general, for a leaflet we're writing."]]],
    [[['caller', 'my knees are bad news for the stairs, is there a lift']]],
    [[['caller', 'the signal is bad here, can you hear me']]],
    [[['caller', 'is Sensodyne any good']]],
  ] as Array<[Array<[string, string]>]>)('%j is left alone', (turns) => expect(found(turns)).toEqual([]));

  it('a condition of the speaker after "if I have" is still theirs', () => {
    expect(found('if I have a fever should I still come')).toEqual(['MEDICAL_CONDITION:a fever']);
  });
});

describe('names beside names, and what the name rules read that is no name', () => {
  it.each([
    [[['agent', 'Is the booking for Rohan or Ifeoma?']], ['PERSON:Rohan', 'PERSON:Ifeoma']],
    [[['caller', "so Tobiah, that's my nephew, he's nine"]], ['PERSON:Tobiah']],
    [[['caller', 'the appointment is for Faith, my daughter, not me']], ['PERSON:Faith']],
    [[['caller', 'put it under the last name, except Ngozi goes first']], ['PERSON:Ngozi']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(found(turns)).toEqual(expected));

  it.each([
    ['Canada Life, the plan is through my work', 'CA'],
    ['we switched to Blue Cross last spring', 'CA'],
    ["I'm with DAK now, not AOK", 'DE'],
    ['hi, this is Dr. from the hospital lab, returning a call', 'US'],
    ["I'm moving next month so I'll need a new clinic", 'US'],
    ['Thanks, or Monday works too', 'US'],
  ])('%s (%s) is left alone', (text, country) => expect(found(text, country)).toEqual([]));
});

describe('dictated parts stay idempotent', () => {
  const redactor = new Redactor();
  it.each([
    'Agent: last four of your social?\nCaller: 4 4 1 9 \u{10000} Flat 2, 14 Hope Street, Liverpool L1 9BQ',
    "Agent: What's a good number for you?\nCaller: oh eight seven\nAgent: yes\nCaller: nine one two\nAgent: mm\nCaller: three three oh eight\nAgent: ok\nCaller: 12",
  ])('%j redacted again reads the same', (text) => {
    const once = redactor.redact(text).text;
    expect(redactor.redact(once).text).toBe(once);
  });
});

describe('spellings the letters rules broke off', () => {
  it.each([
    ['Anneke, A double N E K E, Van-Rensburg, yes', ['PERSON:Anneke', 'PERSON:A double N E K E', 'PERSON:Van-Rensburg']],
    ['first name Zsófia, Z as in zulu S O F I A', ['PERSON:Zsófia', 'PERSON:Z as in zulu S O F I A']],
    ["Bryony, B-R-Y-O-N-Y, Trevithick-Pascoe, that's me", ['PERSON:Bryony', 'PERSON:B-R-Y-O-N-Y', 'PERSON:Trevithick-Pascoe']],
  ])('%s', (text, expected) => expect(found(text, 'GB')).toEqual(expected));

  it('a mark between commas inside an answer to the surname', () => {
    expect(found([['agent', 'Surname?'], ['caller', 'De Souza, D E, space, S O U Z A']], 'GB')).toEqual(['PERSON:De Souza', 'PERSON:D E, space, S O U Z A']);
  });

  it.each(['the booking code is A as in alpha, seven, C as in charlie, two', "it's room B double D on the second floor"])('%s is left alone', (text) => expect(found(text)).toEqual([]));
});

describe('a birth date before its cue, "me" for "my"', () => {
  it.each([
    ['04/11/1959 is me birthday, if that helps', ['DATE_OF_BIRTH:04/11/1959']],
    ["14 March 1981, that's me date of birth", ['DATE_OF_BIRTH:14 March 1981']],
    ['04/11/2026 is me appointment, I think', []],
  ])('%s', (text, expected) => expect(found(text, 'IE')).toEqual(expected));
});

describe('short forms and the names others use', () => {
  it.each([
    ["it's Aleksandra, Ola for short, Wiśniewska", ['PERSON:Aleksandra', 'PERSON:Ola', 'PERSON:Wiśniewska']],
    ['Oluwadamilare Bakare here, but most people say Dami', ['PERSON:Oluwadamilare Bakare', 'PERSON:Dami']],
    ["it's for my son Maximilian, Max for short", ['PERSON:Maximilian', 'PERSON:Max']],
    ['the practice is the Royal Dental, the RD for short', []],
    ['people say Thursday is quieter, is that right?', []],
  ])('%s', (text, expected) => expect(found(text, 'GB')).toEqual(expected));
});

describe("the agent reading back the caller's details", () => {
  it.each([
    ["I've got your email as t.okonkwo-reyes@fastmail.com, still good?", ['EMAIL:t.okonkwo-reyes@fastmail.com']],
    ['And is your ZIP still 98118?', ['POSTAL_CODE:98118']],
    ['You can email us at hello@pinedental.com with the forms.', []],
  ])('%s', (text, expected) => expect(found([['agent', text]])).toEqual(expected));
});
