import { found, of } from './fixture';

/**
 * Set N's classes of misses outside conditions, each with wordings of our own (not the corpus lines):
 * what is found, and what is left alone.
 */

describe('postcodes spelled aloud with "are" for R, after a cue run into "is"', () => {
  it.each([
    ["postcode's el ess one two are ay", 'GB', ['POSTAL_CODE:el ess one two are ay']],
    ['the post code is em one four are ex', 'GB', ['POSTAL_CODE:em one four are ex']],
    ["zip's 97209", 'US', ['POSTAL_CODE:97209']],
  ])('%s', (text, country, expected) => expect(of('POSTAL_CODE', found(text, country))).toEqual(expected));

  it.each([
    ['there are two of us coming', 'GB'],
    ['my postcode is the same, are you sure you need it', 'GB'],
    ["the zip's broken on my bag", 'US'],
  ])('%s: no postcode', (text, country) => expect(of('POSTAL_CODE', found(text, country))).toEqual([]));
});

describe('an Eircode said aloud, letters heard loosely', () => {
  it.each([
    ['eircode is dee one two, ay bee nine nine', ['POSTAL_CODE:dee one two, ay bee nine nine']],
    ['my eircode vee nine four el em three two', ['POSTAL_CODE:vee nine four el em three two']],
  ])('%s', (text, expected) => expect(of('POSTAL_CODE', found(text, 'IE'))).toEqual(expected));

  it.each([
    // No routing key first ("one" is no letter), or no code at all.
    ['eircode is one one two, ay bee nine nine'],
    ["the eircode, I don't have it to hand"],
    ['we have two kids aged nine and four'],
  ])('%s: no postcode', (text) => expect(of('POSTAL_CODE', found(text, 'IE'))).toEqual([]));
});

describe("an insurer's capitals before a member number, in a list of details", () => {
  it.each([
    ['obi amara 2/4/88 HCX 4410 2281 07', ['INSURANCE_ID:HCX 4410 2281 07']],
    ['hello it is priya nair, KPS 5520 1198', ['INSURANCE_ID:KPS 5520 1198']],
    // A date joined on after the number is the date's, not the number's.
    ['tom reyes AHB 1102 8831 77 1990-04-12', ['INSURANCE_ID:AHB 1102 8831 77']],
  ])('%s', (text, expected) => expect(of('INSURANCE_ID', found(text))).toEqual(expected));

  it.each([
    // What the capitals say the number is, a word before them that says so, too few digits, one group, all capitals.
    ['the ABN 51 824 753 556 is on the invoice'],
    ['order XKQ 4410 2281 arrived damaged'],
    ['ticket UR 4418'],
    ['it came to AUD 1500 2000'],
    ['KPS55201198 was the old login'],
    ['CALL ME BACK ON KPS 5520 1198'],
  ])('%s: no insurance id', (text) => expect(of('INSURANCE_ID', found(text))).toEqual([]));
});

describe("a Medicare card's number by its printed shape", () => {
  it.each([
    ['sam lee 12/1/70 4412 90871 3', ['INSURANCE_ID:4412 90871 3']],
    ["it's 5512 33419 4 on the front", ['INSURANCE_ID:5512 33419 4']],
  ])('%s', (text, expected) => expect(of('INSURANCE_ID', found(text, 'AU'))).toEqual(expected));

  it.each([
    // A first digit no Medicare number has, groups run on, a phone grouped as phones are.
    ['the code is 1412 90871 3'],
    ['4412 90871 3 2 1 go'],
    ['call me on 0412 345 678'],
  ])('%s: no insurance id', (text) => expect(of('INSURANCE_ID', found(text, 'AU'))).toEqual([]));

  it("the caller's place on the card is no identifier (the sets' majority)", () => {
    expect(of('INSURANCE_ID', found([['agent', 'And the Medicare number?'], ['caller', "4412 90871 3 and I'm number three on the card"]], 'AU'))).toEqual(['INSURANCE_ID:4412 90871 3']);
  });
});

describe("Germany's health insurance number asked for by its long names", () => {
  it.each([
    [[['agent', 'Und Ihre Krankenversichertennummer?'], ['caller', 'A 1 2 3 4 5 6 7 8 9']], ['INSURANCE_ID:A 1 2 3 4 5 6 7 8 9']],
    [[['agent', 'And your KVNR?'], ['caller', 'it is M 9 9 0 1 2 3 4 5 6']], ['INSURANCE_ID:M 9 9 0 1 2 3 4 5 6']],
    [[['caller', 'die Nummer auf der Versichertenkarte ist B 7 7 0 1 2 3 4 5 6']], ['INSURANCE_ID:B 7 7 0 1 2 3 4 5 6']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(of('INSURANCE_ID', found(turns, 'DE'))).toEqual(expected));

  // Asked whether the card is at hand, the answer's number is not the card's.
  it('a phone after a question about the card is no insurance id', () => {
    expect(of('INSURANCE_ID', found([['agent', 'Haben Sie Ihre Versichertenkarte dabei?'], ['caller', 'ja, ja, und meine Handynummer ist 0151 23456789']], 'DE'))).toEqual([]);
  });
});

describe("an insurer's name whose first words were read as a name", () => {
  it.each([
    ["I'm with Green Shield through work"],
    ['Great West Life covers the rest'],
    ['we switched to Canada Life last year'],
  ])('%s: no person', (text) => expect(of('PERSON', found(text, 'CA'))).toEqual([]));

  it.each([
    // A name before an insurer's name that does not run on into it stays a name.
    ["this is Grace, I'm with Sun Life", ['PERSON:Grace']],
    ['my name is Dana Pacific', ['PERSON:Dana Pacific']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text, 'CA'))).toEqual(expected));
});

describe("a cue's letters said as a booking's or an order's number", () => {
  it.each([['the confirmation is UR 5512'], ['your booking ref is MRN 88412'], ['order UR 441290 shipped']])('%s: no record number', (text) =>
    expect(of('MEDICAL_RECORD_NUMBER', found(text, 'AU'))).toEqual([]));

  it.each([
    ['my UR number is 441290', ['MEDICAL_RECORD_NUMBER:441290']],
    ['booking ref 4418, and my UR is 991203', ['MEDICAL_RECORD_NUMBER:991203']],
  ])('%s', (text, expected) => expect(of('MEDICAL_RECORD_NUMBER', found(text, 'AU'))).toEqual(expected));
});

describe('lowercase names of no list opening a turn, then a birth date or a phone', () => {
  it.each([
    ['jiwoo baek june 3, 1992 for a cleaning', ['PERSON:jiwoo baek']],
    ['ok tuyet dao 11/02/1975', ['PERSON:tuyet dao']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text))).toEqual(expected));

  it.each([
    // One word, words of the lists, a condition, a card's name before its number.
    ['bruxism June 3, 1992'],
    ['quick question 11/02/1975 is my birthday'],
    ['tooth pain since 11/02/2025'],
    ['carte vitale 1 85 03 75 112 345 67'],
  ])('%s: no person', (text) => expect(of('PERSON', found(text, 'FR'))).toEqual([]));
});

describe('e-mails with a domain spelled letter by letter, or a number said with its scale', () => {
  it.each([
    ['mine is a o d h at t c d dot i e', ['EMAIL:a o d h at t c d dot i e']],
    ['rory at n u i g dot i e thanks', ['EMAIL:rory at n u i g dot i e']],
    ['bex dot hale nineteen hundred at outlook dot com', ['EMAIL:bex dot hale nineteen hundred at outlook dot com']],
  ])('%s', (text, expected) => expect(of('EMAIL', found(text, 'IE'))).toEqual(expected));

  it.each([
    // No dot said after the letters, no domain, a sum and a place.
    ['see you at a b c'],
    ['it was two thousand at the chemist'],
    ['we arrive at u c c then dot over'],
  ])('%s: no email', (text) => expect(of('EMAIL', found(text, 'IE'))).toEqual([]));
});
