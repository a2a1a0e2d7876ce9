import { found } from './fixture';

/**
 * The classes of speech fixed for dates of birth and numeric identifiers (task 10d), each with wordings of its own (not
 * the sets' lines): what is found, and what is left alone.
 */

describe('an uncued whole date years back, said by the caller, is a birth date', () => {
  it.each([
    ['hi this is for my daughter 3/22/2011 she needs a cleaning', ['DATE_OF_BIRTH:3/22/2011']],
    ['uh yeah ronan here, the ninth of March 1977, about my crown', ['PERSON:ronan', 'DATE_OF_BIRTH:the ninth of March 1977']],
    ['so okafor 0412 555 918 November 2, 1959', ['PERSON:okafor', 'PHONE:0412 555 918', 'DATE_OF_BIRTH:November 2, 1959']],
    ['nov 8 71 and I need to move my visit', ['DATE_OF_BIRTH:nov 8 71']],
    ['third of June two thousand six is when my lad was', ['DATE_OF_BIRTH:third of June two thousand six']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'I was last in on 12/03/2019 for a filling',
    'we moved here in June 2015 from Cork',
    'the lease runs out march 31 28',
    'see you the fifth of May, twenty past ten',
    'it opened since April 4, 2010 I think',
  ])('%s is left alone', (text) => expect(found(text)).toEqual([]));

  it("leaves the agent's dates to the agent's rules", () => {
    expect(found([['agent', 'We have had this number since the 1st of January 2001.']])).toEqual([]);
  });
});

describe('birth dates in the forms the readers missed', () => {
  it.each([
    [[['agent', 'Date of birth?'], ['caller', 'oh four slash two two slash seventy-one']], 'US', ['DATE_OF_BIRTH:oh four slash two two slash seventy-one']],
    [[['agent', 'And the DOB?'], ['caller', 'oh six one one two thousand and nine, for my girl']], 'US', ['DATE_OF_BIRTH:oh six one one two thousand and nine']],
    [[['agent', 'Can I take the date of birth?'], ['caller', 'twenty four six eighty']], 'GB', ['DATE_OF_BIRTH:twenty four six eighty']],
    [[['agent', 'Ihr Geburtsdatum bitte?'], ['caller', 'zweiter Mai neunzehnhundertsiebzig']], 'DE', ['DATE_OF_BIRTH:zweiter Mai neunzehnhundertsiebzig']],
    [[['caller', 'née le vingt et un mars quatre-vingt-cinq']], 'FR', ['DATE_OF_BIRTH:vingt et un mars quatre-vingt-cinq']],
    [[['caller', 'its for a new patient, ninth of the tenth, seventy-eight']], 'AU', ['DATE_OF_BIRTH:ninth of the tenth, seventy-eight']],
    [[['caller', 'reach me at 0412 555 918 3/14/1970']], 'US', ['PHONE:0412 555 918', 'DATE_OF_BIRTH:3/14/1970']],
  ] as Array<[Array<[string, string]>, string, string[]]>)('%j (%s)', (turns, country, expected) => expect(found(turns, country)).toEqual(expected));

  it.each([
    [['agent', 'Date of birth?'], ['caller', 'hang on two minutes']],
    [['agent', 'What time suits?'], ['caller', 'sixteen four ninety would be the price right']],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(found(turns)).toEqual([]));
});

describe("a Canadian account's transit, institution and account said as one sequence", () => {
  it.each([
    ["it's transit 30218, institution 002, account 7781 204", ['BANK_ACCOUNT:30218, institution 002, account 7781 204']],
    ['uh transit nine eight one one two institution oh one six account four four two one nine nine three', ['BANK_ACCOUNT:nine eight one one two institution oh one six account four four two one nine nine three']],
    ['institution 815 and account 0092 117', ['BANK_ACCOUNT:815 and account 0092 117']],
  ])('%s', (text, expected) => expect(found(text, 'CA')).toEqual(expected));

  it.each(['the transit 40 bus was late, sorry', 'I work at a transit office, account manager'])('%s is left alone', (text) => expect(found(text, 'CA')).toEqual([]));
});

describe('spoken e-mail addresses with written dots and dashes, letters spelled with words', () => {
  it.each([
    [[['caller', 'my email is the.wongs at shaw dot ca']], ['EMAIL:the.wongs at shaw dot ca']],
    [[['caller', "it's jean-luc dot moreau at free dot fr"]], ['EMAIL:jean-luc dot moreau at free dot fr']],
    [[['caller', "email's a.nguyen-tran at gmail dot com"]], ['EMAIL:a.nguyen-tran at gmail dot com']],
    [[['caller', 'd as in dog o y l e two at gmail dot com']], ['EMAIL:d as in dog o y l e two at gmail dot com']],
    [[['agent', 'So the email is p.osei at yahoo dot com?']], ['EMAIL:p.osei at yahoo dot com']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(found(turns)).toEqual(expected));

  it.each([
    [['caller', 'i can email it over, i am at home all day']],
    [['caller', 'send it to me at the office']],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(found(turns)).toEqual([]));
});

describe('phones, SSNs, cards and licences in the forms the readers missed', () => {
  it.each([
    [[['caller', 'yeah my mobile oh double seven double oh nine double oh one two three']], 'GB', ['PHONE:oh double seven double oh nine double oh one two three']],
    [[['caller', 'Temitope Bello here, triple five oh two one nine, for a checkup']], 'US', ['PERSON:Temitope Bello', 'PHONE:triple five oh two one nine']],
    [[['caller', 'its three two one dash five five dash six six oh one']], 'US', ['SSN:three two one dash five five dash six six oh one']],
    [[['agent', 'Last four of the social?'], ['caller', "two one one eight... no wait that's my pin, two one one nine"]], 'US', ['SSN:two one one eight', 'SSN:two one one nine']],
    [[['agent', 'What card are you paying with?'], ['caller', 'my amex'], ['agent', 'And the last four?'], ['caller', '3 0 0 5']], 'US', ['CREDIT_CARD:3 0 0 5']],
    [[['caller', "i've got an ohio one, RS 449 102"]], 'US', ['DRIVER_LICENSE:RS 449 102']],
    [[['caller', 'a Queensland one: 081 554 207']], 'AU', ['DRIVER_LICENSE:081 554 207']],
  ] as Array<[Array<[string, string]>, string, string[]]>)('%j (%s)', (turns, country, expected) => expect(found(turns, country)).toEqual(expected));

  it.each([
    [['caller', 'we drove a texas one, 2 hours each way']],
    [['agent', 'Which day suits?'], ['caller', 'tuesday'], ['agent', 'And the time?'], ['caller', '10 30']],
    [['caller', 'the confirmation code was triple five oh one two two']],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(found(turns)).toEqual([]));
});

describe("a phone's parts said with a pause, a false start, and its last digits corrected", () => {
  it.each([
    [[['caller', 'three one two five five five... hang on... oh one four seven']], 'US', ['PHONE:three one two five five five', 'PHONE:oh one four seven']],
    [[['agent', 'Was that oh eight seven?'], ['caller', '087, then 6 6 2, 1 0 4 8']], 'IE', ['PHONE:087', 'PHONE:6 6 2, 1 0 4 8']],
    [[['caller', '020 7946 0... sorry, 020 7946 0018']], 'GB', ['PHONE:020 7946 0', 'PHONE:020 7946 0018']],
    [[['caller', 'my cell is four one five five five five oh one nine nine, no, oh one nine eight']], 'US', ['PHONE:four one five five five five oh one nine nine', 'PHONE:oh one nine eight']],
  ] as Array<[Array<[string, string]>, string, string[]]>)('%j (%s)', (turns, country, expected) => expect(found(turns, country)).toEqual(expected));

  it.each([
    [['caller', 'we have 2... then 3 kids coming']],
    [['caller', 'room 412, then 300 more metres down the hall']],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(found(turns)).toEqual([]));
});

describe('an uncued past date of something else than a birth', () => {
  it.each([
    'the referral letter is dated 14/02/2019',
    'my husband passed away March 3, 2015',
    '12/05/2019 was my last visit with you',
    'the policy renewed on the first of July 2018',
    'I was diagnosed 6/1/2012 with it',
  ])('%s is left alone', (text) => expect(found(text).filter((s) => s.startsWith('DATE_OF_BIRTH'))).toEqual([]));
});

describe('a spoken IP address with an octet said in hundreds', () => {
  it.each([
    ['the router says one hundred and two dot seventy dot four dot nine', ['IP_ADDRESS:one hundred and two dot seventy dot four dot nine']],
    ['ip is ten dot two hundred and fifty dot oh dot one', ['IP_ADDRESS:ten dot two hundred and fifty dot oh dot one']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each(['we paid one hundred and ten dollars for two of them'])('%s is left alone', (text) => expect(found(text)).toEqual([]));
});

describe("a card's last four said twice, a birth day corrected without its year", () => {
  it('reads both sayings of the last four asked for', () => {
    expect(found([['agent', 'And the card ending?'], ['caller', 'quatre deux un neuf, four two one nine']], 'FR')).toEqual(['CREDIT_CARD:quatre deux un neuf', 'CREDIT_CARD:four two one nine']);
  });
  it('reads the day said again after it is taken back', () => {
    expect(found([['agent', 'Your date of birth?'], ['caller', 'the 2nd of May 1970, no sorry, the 3rd of May']])).toEqual(['DATE_OF_BIRTH:the 2nd of May 1970', 'DATE_OF_BIRTH:the 3rd of May']);
  });
  it('leaves a visit said after the birth date alone', () => {
    expect(found([['agent', 'Your date of birth?'], ['caller', 'the 2nd of May 1970, no wait, can I come the 3rd of May']])).toEqual(['DATE_OF_BIRTH:the 2nd of May 1970']);
  });
});

describe('numbers near the new rules that are something else', () => {
  it.each([
    ['my wisdom teeth were removed 5/6/2015 over at the hospital', 'US'],
    ['the zip is 98402... then 12045 is the unit', 'US'],
    ['yeah a florida one, 33101', 'US'],
  ])('%s (%s) is left alone', (text, country) => expect(found(text, country).filter((s) => !s.startsWith('POSTAL_CODE'))).toEqual([]));
});

describe('a year said "oh five", an e-mail spelled with words and commas', () => {
  it('reads a two-digit year of this century said with "oh"', () => {
    expect(found('my dob is the ninth of the ninth, oh nine, she is my niece')).toEqual(['DATE_OF_BIRTH:the ninth of the ninth, oh nine']);
  });
  it('reads letters spelled with their words between commas', () => {
    expect(found([['agent', 'Could you spell the email?'], ['caller', 'yes, m as in mary, o, k, o, at hotmail dot com']])).toEqual(['EMAIL:m as in mary, o, k, o, at hotmail dot com']);
  });
});

describe('an uncued past date told of as an event', () => {
  it.each([
    'it was the second of February 2001 when we moved here',
    'I reckon it was the 4th of May 2017 I first came to you',
    'the tenth of october nineteen ninety eight, that was my first filling',
  ])('%s is left alone', (text) => expect(found(text)).toEqual([]));

  it('keeps a birth date before the reason for the call', () => {
    expect(found('Anouk de Vries, the 1st of August 1979, calling about my bill')).toEqual(['PERSON:Anouk de Vries', 'DATE_OF_BIRTH:the 1st of August 1979']);
  });
});

describe('a 555 number said in words that is a reference', () => {
  it.each(['five five five two one two three is the booking number', 'triple five oh one nine two was my old claim number'])('%s is left alone', (text) => expect(found(text)).toEqual([]));
});
