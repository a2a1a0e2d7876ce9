import { found, of } from './fixture';

/** Session 27's identifier, address, postcode and email classes: each in wordings of its own, with what is left alone. */

describe('licences, insurance ids and SSNs named around their value', () => {
  it.each([
    ['my Ontario permit is A1234-56789-01234', 'CA', 'DRIVER_LICENSE:A1234-56789-01234'],
    ['D 4 4 1 2 0 9 8 8 1 is the number on my Michigan license', 'US', 'DRIVER_LICENSE:D 4 4 1 2 0 9 8 8 1'],
    ['K 7 7 0 2 1 9 3 3 is the one on my licence', 'GB', 'DRIVER_LICENSE:K 7 7 0 2 1 9 3 3'],
  ])('%s (%s)', (text, country, expected) => expect(of('DRIVER_LICENSE', found(text, country))).toEqual([expected]));

  it.each([
    ['Sun Life, contract 0088123, under my wife', 'CA', 'INSURANCE_ID:0088123'],
    ['Canada Life, policy 44 8812 90', 'CA', 'INSURANCE_ID:44 8812 90'],
    ['my DVA white card, QX 118 203', 'AU', 'INSURANCE_ID:QX 118 203'],
  ])('%s (%s)', (text, country, expected) => expect(of('INSURANCE_ID', found(text, country))).toEqual([expected]));

  it('a dash said between pauses joins the groups of an ID read out', () => {
    expect(of('INSURANCE_ID', found([['agent', 'What is the member number on the card?'], ['caller', 'B-K-L four four one two, dash, seven seven three']]))).toEqual(['INSURANCE_ID:B-K-L four four one two, dash, seven seven three']);
    expect(of('INSURANCE_ID', found([['agent', 'What is the member number on the card?'], ['caller', 'B-K-L four four one two, dash, I lost the rest']]))).toEqual(['INSURANCE_ID:B-K-L four four one two']);
  });

  it.each([
    ['my Ontario work permit expires in 2027', 'CA'],
    ["I'm with Sun Life, contract ends in June", 'CA'],
    ['there were 12 of us, that is the number on my list', 'US'],
  ])('%s is left alone', (text, country) => expect(found(text, country).filter((s) => !s.startsWith('PERSON'))).toEqual([]));

  it.each([
    [[['caller', 'last four are 7731 in case you need my social']], ['SSN:7731']],
    [[['agent', 'Can I get the last four of the social?'], ['caller', "it's my mum's, she's not here, hang on, seven seven two one"]], ['SSN:seven seven two one']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(of('SSN', found(turns))).toEqual(expected));

  it('a social worker named after four digits is no SSN', () => {
    expect(of('SSN', found('the last four are 5510 and my social worker has the rest'))).toEqual([]);
  });
});

describe('addresses without a street type, a county or a box said aloud', () => {
  it.each([
    ['send it to 14 baker street, attention kofi mensah', 'GB', 'STREET_ADDRESS:14 baker street'],
    ["the address we have is wrong, it's 27 lisnagry limerick now", 'IE', 'STREET_ADDRESS:27 lisnagry limerick'],
    ['post it to PO box four four one eight, Tamworth', 'AU', 'STREET_ADDRESS:PO box four four one eight, Tamworth'],
  ])('%s (%s)', (text, country, expected) => expect(of('STREET_ADDRESS', found(text, country))).toEqual([expected]));

  it.each([
    ['Sinéad Walsh from 7 Knocknacarra, Galway.', 'STREET_ADDRESS:7 Knocknacarra, Galway'],
    ["we're at 31 Glasnevin, Dublin, since the spring", 'STREET_ADDRESS:31 Glasnevin, Dublin'],
  ])('%s: a street without a type before its county', (text, expected) => expect(of('STREET_ADDRESS', found(text, 'IE'))).toEqual([expected]));

  it.each(['I have 3 Kids, Cork is where we live', 'we drove from 4 Courts, Dublin.', "it's 4 Euro, Dublin prices"])('%s is no address', (text) => expect(of('STREET_ADDRESS', found(text, 'IE'))).toEqual([]));

  it('a townland answer closed by its county', () => {
    expect(of('STREET_ADDRESS', found([['agent', 'And your address?'], ['caller', 'Gortnamona, Kilcolgan, Co. Galway, no number']], 'IE'))).toEqual(['STREET_ADDRESS:Gortnamona, Kilcolgan, Co. Galway']);
  });

  it.each([
    ["the address is wrong, it's 12 people not 10", 'GB'],
    ["my email address is fine, it's 3 days late", 'GB'],
    ['the po box one is closed', 'US'],
  ])('%s is left alone', (text, country) => expect(of('STREET_ADDRESS', found(text, country))).toEqual([]));

  it('an answer of places without a county is no townland', () => {
    expect(of('STREET_ADDRESS', found([['agent', 'And your address?'], ['caller', 'Yes, Monday, Clare is fine']], 'IE'))).toEqual([]);
  });
});

describe('a postcode named by its town, an email said as one word, an IBAN after a correction', () => {
  it.each([
    ['The Lyon one is 69003.', 'FR', 'POSTAL_CODE:69003'],
    ["the Utrecht one's 3512 JE", 'NL', 'POSTAL_CODE:3512 JE'],
  ])('%s (%s)', (text, country, expected) => expect(of('POSTAL_CODE', found(text, country))).toEqual([expected]));

  it.each(['The Boston one is 10 minutes away', 'the Dublin one is 2019.'])('%s is left alone', (text) => expect(of('POSTAL_CODE', found(text))).toEqual([]));

  it.each([
    ["it's happy smile dental at outlook dot com, all one word", 'EMAIL:happy smile dental at outlook dot com'],
    ["yeah it's red fox runner at yahoo dot com no spaces", 'EMAIL:red fox runner at yahoo dot com'],
  ])('%s', (text, expected) => expect(of('EMAIL', found(text))).toEqual([expected]));

  it('without "no spaces" an everyday word before the name stays out', () => {
    expect(of('EMAIL', found('tell him big dave wright at sky dot com'))).toEqual(['EMAIL:dave wright at sky dot com']);
  });

  it('an IBAN said after a correction, the account named before it', () => {
    expect(of('BANK_ACCOUNT', found('pay it into my savings account, the Irish one, no wait, the French one, FR76 3000 6000 0112 3456 7890 188', 'FR'))).toEqual(['BANK_ACCOUNT:FR76 3000 6000 0112 3456 7890 188']);
  });
});

describe('birth dates said as words after the opening name', () => {
  it.each([
    ['marek nowak one two oh five nineteen eighty two, toothache', 'DATE_OF_BIRTH:one two oh five nineteen eighty two'],
    ['joana lima twelve of june eighty one, new patient', 'DATE_OF_BIRTH:twelve of june eighty one'],
  ])('%s', (text, expected) => expect(of('DATE_OF_BIRTH', found(text))).toEqual([expected]));

  it.each([
    'kasia zielinska oh four one two five five five nineteen seventy',
    'hi there one two three four five six',
    'table for two nineteen seventy five dollars',
    'the twelve of us came in may',
  ])('%s has no birth date', (text) => expect(of('DATE_OF_BIRTH', found(text, 'AU'))).toEqual([]));
});
