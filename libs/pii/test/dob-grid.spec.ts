import { found, of } from './fixture';

/**
 * Dates of birth in the forms a grid of how callers say dates showed the readers missed (issue 10): each class with
 * wordings of its own, what is masked, and the near misses left alone.
 */
const dob = (turns: string | Array<[string, string]>, country = 'US') => of('DATE_OF_BIRTH', found(turns, country));
const asked = (answer: string): Array<[string, string]> => [['agent', 'Can I get the date of birth?'], ['caller', answer]];

describe('a month abbreviated with its dot', () => {
  it.each([
    ['Aug. 30, 1971', 'US', 'Aug. 30, 1971'],
    ['it is Dec. 2nd 1948', 'US', 'Dec. 2nd 1948'],
    ['the 9th of Jan. 1990', 'GB', 'the 9th of Jan. 1990'],
    ['30 Aug. 1971', 'GB', '30 Aug. 1971'],
  ])('%s (%s)', (answer, country, span) => expect(dob(asked(answer), country)).toEqual([`DATE_OF_BIRTH:${span}`]));

  it('leaves a sentence ending after a month alone', () => expect(dob('we were away in Aug. 30 people came')).toEqual([]));
});

describe('a month misspelt as speech-to-text writes it', () => {
  it.each([
    ['born febuary 11th 1993', 'febuary 11th 1993'],
    ['my DOB is septmber 4 1958', 'septmber 4 1958'],
    ['date of birth the 1st of ocotber 2001', 'the 1st of ocotber 2001'],
    ['she was born decmber 24th 2019', 'decmber 24th 2019'],
  ])('%s', (text, span) => expect(dob(text)).toEqual([`DATE_OF_BIRTH:${span}`]));

  it('a misspelt month of a visit stays a visit', () => expect(dob('my appointment is febuary 11th')).toEqual([]));
});

describe('separators said as words', () => {
  it.each([
    ['eleven slash nine slash sixty-one', 'US'],
    ['two dash twenty dash nineteen ninety', 'US'],
    ['twenty dot two dot ninety', 'DE'],
    ['6 slash 30 slash 77', 'US'],
  ])('%s (%s)', (answer, country) => expect(dob(asked(answer), country)).toEqual([`DATE_OF_BIRTH:${answer}`]));

  it('needs the same separator between both parts', () => expect(dob(asked('eleven slash nine dash sixty-one'))).not.toContain('DATE_OF_BIRTH:eleven slash nine dash sixty-one'));
  it('a date said so after a visit is left alone', () => expect(dob('the last visit was four slash two slash twenty four')).toEqual([]));
});

describe('the month between dashes', () => {
  it.each([
    [asked('17-Oct-1966'), '17-Oct-1966'],
    [[['caller', 'DOB 02-Jun-84']], '02-Jun-84'],
    [[['caller', 'Priya Raman, 05-Nov-1959, calling about a refill']], '05-Nov-1959'],
  ] as Array<[Array<[string, string]>, string]>)('%j', (turns, span) => expect(dob(turns, 'GB')).toContainEqual(`DATE_OF_BIRTH:${span}`));
});

describe('a year after a pause or filler', () => {
  it.each([
    ['October 3rd... 1971', 'October 3rd... 1971'],
    ['august the nineteenth, um, nineteen sixty-two', 'august the nineteenth, um, nineteen sixty-two'],
    ['June, uh, the twelfth, 1944', 'June, uh, the twelfth, 1944'],
    ['the fourth... of April... two thousand and three', 'the fourth... of April... two thousand and three'],
  ])('%s', (answer, span) => expect(dob(asked(answer), 'GB')).toEqual([`DATE_OF_BIRTH:${span}`]));

  it('reads no two-digit number after a pause as a year', () => expect(dob('born October 3rd, um, 45 minutes from here')).toEqual(['DATE_OF_BIRTH:October 3rd']));
  it('reads no pause of a visit', () => expect(dob('I came in October 3rd... 2022 for a crown')).toEqual([]));
});

describe('a year said the old way', () => {
  it('"nineteen hundred and ..."', () => expect(dob(asked('July 4th nineteen hundred and fifty-one'))).toEqual(['DATE_OF_BIRTH:July 4th nineteen hundred and fifty-one']));
  it('"nineteen hundred" without "and"', () => expect(dob(asked('July 4th nineteen hundred fifty-one'))).toEqual(['DATE_OF_BIRTH:July 4th nineteen hundred fifty-one']));
});

describe("an answer to 'date of birth?' that turns to a visit", () => {
  it.each([
    'oh before that, can I come in on July 9th?',
    'sorry, is my appointment still June 2nd',
    'can we reschedule to the 14th of March',
  ])('%s is left alone', (answer) => expect(dob(asked(answer), 'GB')).toEqual([]));

  it('still reads the birth date itself', () => expect(dob(asked('sure, July 9th 1950'))).toEqual(['DATE_OF_BIRTH:July 9th 1950']));
});

describe("an agent's read-back closed by ', correct?'", () => {
  it('is the birth date read back', () => expect(dob([['agent', 'So the 2nd of March 1961, correct?']], 'GB')).toEqual(['DATE_OF_BIRTH:the 2nd of March 1961']));
  it.each(['The referral is dated 2 March 2021, correct?', 'And you were last seen 2 March 2021, correct?', 'That card is valid until 2 March 2021, right?'])(
    '%s is left alone',
    (text) => expect(dob([['agent', text]], 'GB')).toEqual([]),
  );
});

describe('the birth said after its date, or in the clinics\' other languages before it', () => {
  it.each([
    ['October 9th 2024, that is when she was born', 'US', 'October 9th 2024'],
    ['meine Tochter ist am 9. Oktober 2024 geboren', 'DE', '9. Oktober 2024'],
    ['mi hijo nació el 9 de octubre de 2024', 'ES', '9 de octubre de 2024'],
    ['onze dochter is geboren op 9 oktober 2024', 'NL', '9 oktober 2024'],
  ])('%s (%s)', (text, country, span) => expect(dob(text, country)).toEqual([`DATE_OF_BIRTH:${span}`]));

  it.each(['October 9th 2024, that is when she was seen', 'born and raised here, we moved October 9th 2024'])('%s is left alone', (text) => expect(dob(text)).toEqual([]));
});

describe('"of" before a year said whole', () => {
  it("reads 'August 14 of '69'", () => expect(dob(asked("August 14 of '69"))).toEqual(["DATE_OF_BIRTH:August 14 of '69"]));
  it('reads no count after "of"', () => expect(dob('born August 14 of 30 kids in the ward')).toEqual(['DATE_OF_BIRTH:August 14']));
});

describe("an answer to 'date of birth?' that names a visit and then a birth year", () => {
  it('is still the birth date', () => expect(dob(asked("it's for the appointment, 2/2/1970"))).toEqual(['DATE_OF_BIRTH:2/2/1970']));
});

describe('a month and its year after a birth cue, with no day', () => {
  it.each([
    ['my son was born in October 2016', 'October 2016'],
    ['uh she was born nov. of ninety one', 'nov. of ninety one'],
    ['date of birth is february 1977', 'february 1977'],
  ])('%s', (text, span) => expect(dob(text)).toEqual([`DATE_OF_BIRTH:${span}`]));

  it.each(['we moved to Leeds in October 2016', 'born in October, I think', 'the crown was fitted in february 1977'])(
    'leaves a month and a year of no birth alone: %s',
    (text) => expect(dob(text)).toEqual([]),
  );
});
