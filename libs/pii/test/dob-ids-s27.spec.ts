import { found, of } from './fixture';

/** Session 27's birth-date classes (dates without a cue beside a name, the turns after a birth-date question) and IPv6. */

describe('an uncued written date years back among the caller\'s details', () => {
  it.each([
    ['Pieter de Vries 1979-04-21 and I have a loose crown', 'NL', 'DATE_OF_BIRTH:1979-04-21'],
    ['Marta Silva 1980-11-02 07700 900 123', 'GB', 'DATE_OF_BIRTH:1980-11-02'],
    ['Anna Weber 3.11.1975 ich bin neu, we just moved from Graz', 'DE', 'DATE_OF_BIRTH:3.11.1975'],
    ['this is Liam Byrne from the halls, 4 22 2001, and my gum is sore', 'US', 'DATE_OF_BIRTH:4 22 2001'],
  ])('%s (%s)', (text, country, expected) => expect(of('DATE_OF_BIRTH', found(text, country))).toEqual([expected]));

  it('an ISO date is no phone number with the digits after it', () => {
    expect(of('PHONE', found('Marta Silva 1980-11-02 07700 900 123', 'GB'))).toEqual(['PHONE:07700 900 123']);
  });

  it.each([
    ['we moved here 2019-03-02, from Leeds'],
    ['the parcel came 12.4.2020 and I opened it'],
    ['I was in from 3 14 2019, until the summer'],
    ['lot number, 4 12 2023, on the box'],
  ])('%s is left alone', (text) => expect(of('DATE_OF_BIRTH', found(text, 'GB'))).toEqual([]));
});

describe('after "born in" a two-digit year may come first', () => {
  it.each([
    ['he was born in eighty one, march the fourth', 'DATE_OF_BIRTH:eighty one, march the fourth'],
    ["she was born in '04, the 9th of June", "DATE_OF_BIRTH:'04, the 9th of June"],
  ])('%s', (text, expected) => expect(of('DATE_OF_BIRTH', found(text))).toEqual([expected]));

  it('a year said alone after "born in" stays unmasked', () => {
    expect(of('DATE_OF_BIRTH', found('I was born in 1979 but I moved here in May'))).toEqual([]);
  });
});

describe('a date with the birthday named after it, a relation and a name between', () => {
  it.each([
    ['the fifth of the sixth oh nine, that\'s my daughter chloe\'s birthday', 'DATE_OF_BIRTH:the fifth of the sixth oh nine'],
    ['12/01/2011 that\'s my boy\'s birthday', "DATE_OF_BIRTH:12/01/2011"],
  ])('%s', (text, expected) => expect(of('DATE_OF_BIRTH', found(text, 'GB'))).toEqual([expected]));

  it("a party's date is no birth date", () => {
    expect(of('DATE_OF_BIRTH', found("can I come in before the 5th of June, that's my party", 'GB'))).toEqual([]);
  });
});

describe('the turns after a birth-date question keep answering it', () => {
  const asked: Array<[string, string]> = [['agent', 'And the date of birth?'], ['caller', 'oh four oh five eighty eight']];
  it.each([
    [[...asked, ['agent', 'April 5th or May 4th?']], ['DATE_OF_BIRTH:April 5th', 'DATE_OF_BIRTH:May 4th']],
    [[...asked, ['agent', 'April 5th or May 4th?'], ['caller', 'the fourth of may']], ['DATE_OF_BIRTH:the fourth of may']],
    [[...asked, ['agent', 'So April 5th, 1988?'], ['caller', 'no, may the fourth']], ['DATE_OF_BIRTH:may the fourth']],
    [[...asked, ['agent', 'So April 5th, 1988?'], ['caller', 'no, may the fourth'], ['agent', 'Thanks, May 4th, 1988.']], ['DATE_OF_BIRTH:May 4th, 1988']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(of('DATE_OF_BIRTH', found(turns))).toEqual(expected));

  it.each([
    [[...asked, ['agent', 'Thanks. When can you come in? June 3rd?']]],
    [[...asked, ['agent', 'Thanks. When can you come in? June 3rd?'], ['caller', 'yes june 3rd works']]],
    [[...asked, ['agent', 'And what is the best number?'], ['caller', 'the third of june is my day off']]],
    [[['agent', 'Which day suits you?'], ['caller', 'uh june'], ['agent', 'June 3rd or June 4th?']]],
  ] as Array<[Array<[string, string]>]>)('%j is no birth date', (turns) => expect(of('DATE_OF_BIRTH', found(turns))).toEqual([]));
});

describe('IPv6 compressed after its first group', () => {
  it.each([
    ['the router shows fe80::9a1:22ff:fe0b:7c11', 'IP_ADDRESS:fe80::9a1:22ff:fe0b:7c11'],
    ['ip is 2001:db8::42 I think', 'IP_ADDRESS:2001:db8::42'],
  ])('%s', (text, expected) => expect(of('IP_ADDRESS', found(text))).toEqual([expected]));

  it.each(['see you at 10:30:45 then', 'mix it 3:2:1 with water', 'the score was 2::1'])('%s is left alone', (text) => expect(of('IP_ADDRESS', found(text))).toEqual([]));
});
