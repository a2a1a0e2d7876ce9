import { LICENCE_ISSUERS } from '../src/dictionaries/licence-formats';
import { found, of } from './fixture';

/**
 * Identifiers by their issuers' published formats (issue 10): driving licences by state or province, SSNs said in parts,
 * Medicare's MBI, and accounts that are the clinic's rather than a bank's. Wordings of our own, with near misses.
 */

const shapeOf = (name: string) => LICENCE_ISSUERS.find((issuer) => issuer.names.some((words) => words.join(' ') === name))!.shape;

describe('the licence format table', () => {
  it.each([
    ['california', 'B7731902'],
    ['florida', 'S530460512340'],
    ['illinois', 'D40078291145'],
    ['new york', '492817336'],
    ['new jersey', 'K12345678901234'],
    ['washington', 'WDLAB12CD3EF'],
    ['ontario', 'A12345678901234'],
    ['quebec', 'L123456789012'],
    ['british columbia', '7731902'],
    ['pennsylvania', '28419337'],
  ])('%s writes %s', (issuer, value) => expect(shapeOf(issuer).test(value)).toBe(true));

  it.each([
    ['california', '77319021'],
    ['florida', 'S5304605123'],
    ['pennsylvania', '2125550147'],
    ['texas', '33101'],
  ])('%s does not write %s', (issuer, value) => expect(shapeOf(issuer).test(value)).toBe(false));

  it('names every US state and DC', () => expect(LICENCE_ISSUERS.findIndex((issuer) => issuer.names[0]!.join(' ') === 'ontario')).toBe(51));
});

describe('a licence after its issuer named without a licence word', () => {
  it.each([
    ["it's California, B 7 7 3 1 9 0 2", 'DRIVER_LICENSE:B 7 7 3 1 9 0 2'],
    ['Illinois D400 7829 1145 is the one on my card', 'DRIVER_LICENSE:D400 7829 1145'],
    ['Maryland, M 123 456 789 012', 'DRIVER_LICENSE:M 123 456 789 012'],
  ])('%s', (text, expected) => expect(of('DRIVER_LICENSE', found(text))).toEqual([expected]));

  it.each([
    ["I'm in New York, 212 555 0147 is my cell", 'PHONE:212 555 0147'],
    ['georgia, 404 555 0123', 'PHONE:404 555 0123'],
  ])('%s keeps its type', (text, expected) => {
    expect(of('DRIVER_LICENSE', found(text))).toEqual([]);
    expect(of('PHONE', found(text))).toEqual([expected]);
  });

  it.each(['I live in Ohio, 44102', 'we moved from Texas in 2019', 'my daughter Georgia 12345678 no', 'Texas 48213377 is the lot number', 'order 48213377 shipped to texas'])(
    '%s has no licence',
    (text) => expect(of('DRIVER_LICENSE', found(text))).toEqual([]),
  );
});

describe('the answer to which state issued the licence', () => {
  it.each([
    ['Pennsylvania, 28 419 337', 'DRIVER_LICENSE:28 419 337'],
    ['Pennsylvania, two eight four one nine three three seven', 'DRIVER_LICENSE:two eight four one nine three three seven'],
  ])('%s', (text, expected) =>
    expect(of('DRIVER_LICENSE', found([['agent', 'What state issued it, and the number?'], ['caller', text]]))).toEqual([expected]),
  );
});

describe('shapes only one issuer writes', () => {
  it.each([
    ['the license is WDLAB12CD3EF from washington', 'DRIVER_LICENSE:WDLAB12CD3EF'],
    ['here it is, S530-460-51-234-0', 'DRIVER_LICENSE:S530-460-51-234-0'],
  ])('%s', (text, expected) => expect(of('DRIVER_LICENSE', found(text))).toEqual([expected]));

  it.each(['the confirmation is S530-460-51-234-0', 'my booking code is WDLAB12CD3EF', 'confirmation code K7731902'])('%s has no licence', (text) =>
    expect(of('DRIVER_LICENSE', found(text))).toEqual([]),
  );
});

describe('an SSN in parts, spoken or in its last four', () => {
  it.each([
    ['social is triple five, four two, oh nine one eight', 'SSN:triple five, four two, oh nine one eight'],
    ['my social security number is 555 42 0918', 'SSN:555 42 0918'],
  ])('%s', (text, expected) => expect(of('SSN', found(text))).toEqual([expected]));

  it('the last four after the social asked in the turn before', () =>
    expect(of('SSN', found([['agent', "What's your social?"], ['caller', "I'd rather just give the last four, 0918"]]))).toEqual(['SSN:0918']));

  it('the last four with no social asked or named is no SSN', () =>
    expect(of('SSN', found([['agent', 'And the card?'], ['caller', "I'd rather just give the last four, 0918"]]))).toEqual([]));
});

describe("Medicare's beneficiary identifier by its name", () => {
  it.each([
    ['my MBI is 1EG4TE5MK73', 'INSURANCE_ID:1EG4TE5MK73'],
    ['my medicare beneficiary identifier is 1 E G 4 T E 5 M K 7 3', 'INSURANCE_ID:1 E G 4 T E 5 M K 7 3'],
  ])('%s', (text, expected) => expect(of('INSURANCE_ID', found(text))).toEqual([expected]));
});

describe("an account with the clinic is no bank's", () => {
  it('a patient account number is the clinic number for the patient', () =>
    expect(found('my patient account number is 4418203')).toEqual(['MEDICAL_RECORD_NUMBER:4418203']));

  it.each(['my account with you is 77812', 'the account number on the invoice is 90022131'])('%s has no bank account', (text) =>
    expect(of('BANK_ACCOUNT', found(text))).toEqual([]),
  );

  it('a bank account keeps its type', () => expect(found('my account number is 12345678')).toEqual(['BANK_ACCOUNT:12345678']));
});

describe("a code's first letter said by its spelling word alone", () => {
  it.each([
    [["agent", "What's your driver's license number?"], ['caller', 'Bravo seven seven three one nine oh two']],
    [['agent', 'And the licence?'], ['caller', 'my california licence is charlie 7 7 3 1 9 0 2']],
  ] as Array<[[string, string], [string, string]]>)('%s / %s', (ask, answer) =>
    expect(of('DRIVER_LICENSE', found([ask, answer]))).toEqual([`DRIVER_LICENSE:${answer[1].replace(/^my california licence is /, '')}`]),
  );

  it('an insurer named before the number is not its letter', () =>
    expect(of('INSURANCE_ID', found('my member id is Delta 44817220'))).toEqual(['INSURANCE_ID:44817220']));
});

describe('an amount after an identifier cue is no identifier', () => {
  it.each(['my plan costs 12000 a year', 'the policy pays 15000 dollars', 'my plan is 12000 a year'])('%s has no insurance id', (text) =>
    expect(of('INSURANCE_ID', found(text))).toEqual([]),
  );

  it.each([
    ['my plan number is 44019 2210', 'INSURANCE_ID:44019 2210'],
    ['can I give the policy number over the phone, it is 88124410', 'INSURANCE_ID:88124410'],
  ])('%s', (text, expected) => expect(of('INSURANCE_ID', found(text))).toEqual([expected]));
});

describe('an issuer said before "one" and a lowercase letter glued to digits', () => {
  it('the issuer of "a NSW one" is not the value', () =>
    expect(of('DRIVER_LICENSE', found([['agent', "What's your licence number?"], ['caller', "it's a NSW one, 1234 5678"]], 'AU'))).toEqual(['DRIVER_LICENSE:1234 5678']));

  it('a lowercase letter glued to the digits is the licence\'s own', () =>
    expect(of('DRIVER_LICENSE', found('my ontario licence is a1234-56789-01234'))).toEqual(['DRIVER_LICENSE:a1234-56789-01234']));

  it('the word "a" before a licence said in words is no letter', () =>
    expect(of('DRIVER_LICENSE', found('my licence is a 12345678, the new card'))).toEqual(['DRIVER_LICENSE:12345678']));
});
