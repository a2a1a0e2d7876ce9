import { found } from './fixture';

/**
 * Set F's classes of conditions, medicines, identifiers and contact details (issue 10, task 10b), each in wordings of
 * its own (neither set F's lines nor the probe files'): what is found, and what its class's negatives leave alone.
 */

describe('a value said again keeps the first one’s type', () => {
  it.each([
    ['member number 60218844, sorry, 60218848', ['INSURANCE_ID:60218844', 'INSURANCE_ID:60218848']],
    ['record number KT-7710-2231 and my daughter\'s is KT-7710-2232', ['MEDICAL_RECORD_NUMBER:KT-7710-2231', 'MEDICAL_RECORD_NUMBER:KT-7710-2232']],
    ["my ssn is 433-21-9087... no, that's the old card, mine's 433-21-9078", ['SSN:433-21-9087', 'SSN:433-21-9078']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // Another kind of number named between the two, or a number of another length: not the first one's.
    ['member number 60218844, sorry, my phone is (614) 555-0187', ['INSURANCE_ID:60218844', 'PHONE:(614) 555-0187']],
    ['policy number 99012245, no, I mean I have 2 kids on it', ['INSURANCE_ID:99012245']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('SSNs in unissued areas and spoken groups', () => {
  it('nine digits given to "your social?" are the SSN, area 9xx included', () => {
    expect(found([['agent', 'Could you read me the whole social?'], ['caller', '9 3 2 1 1 4 0 5 6']])).toEqual(['SSN:9 3 2 1 1 4 0 5 6']);
  });

  it('nine digits spoken in the 3-2-4 groups of an SSN, with no cue', () => {
    expect(found("yeah it's nine six one, twenty two, four four oh nine")).toEqual(['SSN:nine six one, twenty two, four four oh nine']);
  });

  it('the same groups owned by an order are the order’s; a 3-3-4 phone is a phone', () => {
    expect(found('the order is nine six one, twenty two, four four oh nine')).toEqual([]);
    expect(found('call me on six one four, five five five, oh one eight seven')).toEqual(['PHONE:six one four, five five five, oh one eight seven']);
  });
});

describe('cards, IBANs and licences by their shape after a cue', () => {
  it('paying with a number of a card network’s prefix and length is a card, checksum or not', () => {
    expect(found('can I pay with 4929 1100 0000 0003')).toEqual(['CREDIT_CARD:4929 1100 0000 0003']);
    expect(found('can I pay with 1200 0000 0000 0001 points')).toEqual([]);
  });

  it('an IBAN of its country’s length after an account’s words, check digits failing', () => {
    expect(found('the account is GB11 BARC 2040 1712 3456 78', 'GB')).toEqual(['BANK_ACCOUNT:GB11 BARC 2040 1712 3456 78']);
    expect(found('the parcel is GB11 BARC and it came today', 'GB')).toEqual([]);
  });

  it('a UK licence number by its shape, written whole or in groups', () => {
    expect(found("it's JONES 610187 AB2 CD", 'GB')).toEqual(['DRIVER_LICENSE:JONES 610187 AB2 CD']);
    // A short surname padded with 9s.
    expect(found('licence NG999706043AB9CD please', 'GB')).toEqual(['DRIVER_LICENSE:NG999706043AB9CD']);
    // A month of 13 to 50 or over 62 is no birth month: no licence.
    expect(found('serial JONES 641387 AB2 CD on the unit', 'GB')).toEqual([]);
  });

  it('"DL" said as a word cues a licence; glued to a code it does not', () => {
    expect(found('my ohio DL is RS448120')).toEqual(['DRIVER_LICENSE:RS448120']);
    expect(found('your courier ref is DL-40021')).toEqual([]);
  });

  it('a claim number is a reference, not a phone', () => {
    expect(found([['caller', 'hi'], ['agent', 'Your claim number is 2025-3371-904.']])).toEqual([]);
  });
});

describe('phones, emails and birth dates in other languages', () => {
  it('a phone said in French pairs or Spanish digits', () => {
    expect(found("c'est zéro six, vingt et un, quatre-vingts, dix-sept, trente", 'FR')).toEqual(['PHONE:zéro six, vingt et un, quatre-vingts, dix-sept, trente']);
    expect(found('mi número es seis dos nueve, cuarenta y cinco, doce, treinta y tres', 'ES')).toEqual(['PHONE:seis dos nueve, cuarenta y cinco, doce, treinta y tres']);
  });

  it('French and Spanish number words that are not a phone', () => {
    expect(found('on arrive à sept heures, deux adultes et trois enfants', 'FR')).toEqual([]);
    expect(found('tengo dos hijos, de cinco y ocho años', 'ES')).toEqual([]);
  });

  it('Dutch "punt" and a mail provider said as two words', () => {
    expect(found('het adres is anouk punt smit at kpn punt nl', 'NL')).toEqual(['EMAIL:anouk punt smit at kpn punt nl']);
    expect(found("it's t e o underscore r at proton mail dot com")).toEqual(['EMAIL:t e o underscore r at proton mail dot com']);
  });

  it('Italian and Portuguese months after a birth cue', () => {
    expect(found('date of birth 3 luglio 1984')).toEqual(['DATE_OF_BIRTH:3 luglio 1984']);
    expect(found('nascido em 17 de outubro de 1969')).toEqual(['DATE_OF_BIRTH:17 de outubro de 1969']);
    expect(found('can I come 3 luglio at ten')).toEqual([]);
  });

  it('a birth date restated keeps its article; one taken back and corrected is a birth date too, a visit is not', () => {
    expect(found('born 2 June 1958, sorry, the second of June fifty-eight')).toEqual(['DATE_OF_BIRTH:2 June 1958', 'DATE_OF_BIRTH:the second of June fifty-eight']);
    expect(found("birth date 7 7 1970, wait no, that's my dad's, mine is the 9th of August 1994")).toEqual(['DATE_OF_BIRTH:7 7 1970', 'DATE_OF_BIRTH:the 9th of August 1994']);
    expect(found("born 8 May 1966, no wait, my appointment is the 9th of June 2026")).toEqual(['DATE_OF_BIRTH:8 May 1966']);
  });
});

describe("set F's condition and medicine classes", () => {
  it.each([
    ["i've got a bump on my lip", ['MEDICAL_CONDITION:a bump on my lip']],
    ['theres a lump inside her cheek', ['MEDICAL_CONDITION:a lump inside her cheek']],
    ['he has been having sensitivity after the filling', ['MEDICAL_CONDITION:sensitivity']],
    ['my back tooth is impacted', ['MEDICAL_CONDITION:back tooth is impacted']],
    ["she's diabetic, type 2 diabetes", ['MEDICAL_CONDITION:diabetic', 'MEDICAL_CONDITION:type 2 diabetes']],
    ['my grandad has Parkinson', ['MEDICAL_CONDITION:Parkinson']],
    ['I had rheumatic fever at school', ['MEDICAL_CONDITION:rheumatic fever']],
    ['she takes Madopar at night', ['MEDICATION:Madopar']],
    ['ASA 81 in the morning', ['MEDICATION:ASA']],
    ['I take vitamin B12', ['MEDICATION:vitamin B12']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // Not a body, not someone's, or an appliance's fault: nothing.
    ['a bump on the road', []],
    ['they want a lump sum upfront', []],
    ['we have sensitivity training today', []],
    ['my denture has snapped', []],
    ['the retainer came loose in the car', []],
    ['he had a stent put in', []],
    ['loads of people get headaches when they are tired', []],
    ['Mr Parkinson is my neighbour', []],
    ['I take vitamins', []],
    ['what an ass', []],
  ])('%s', (text, expected) => expect(found(text).filter((f) => f.startsWith('MEDICAL') || f.startsWith('MEDICATION'))).toEqual(expected));
});

describe('read-backs and licence shapes (other sets’ cases of the same classes)', () => {
  it('the agent reading a past birth date back as a question', () => {
    expect(found([['caller', 'the second of the sixth, seventy-nine'], ['agent', '2 June 1979?']])).toEqual(['DATE_OF_BIRTH:2 June 1979']);
    expect(found([['caller', 'hi'], ['agent', 'So your last appointment was 2 June 2021?']])).toEqual([]);
    expect(found([['caller', 'hi'], ['agent', 'Can you do 2 June 2027?']])).toEqual([]);
  });

  it('an Ontario licence by its shape', () => {
    expect(found('it is P3391-00248-71120', 'CA')).toEqual(['DRIVER_LICENSE:P3391-00248-71120']);
    expect(found('the part number is P3391-00248-711', 'CA')).toEqual([]);
  });
});

describe('a country code said without its plus', () => {
  it('after a phone cue, with the trunk zero kept or dropped', () => {
    expect(found('call me on four four seven seven oh oh nine oh oh five four one')).toEqual(['PHONE:four four seven seven oh oh nine oh oh five four one']);
    expect(found('my number is four four zero seven seven oh oh nine oh oh five four one')).toEqual(['PHONE:four four zero seven seven oh oh nine oh oh five four one']);
  });

  it('not glued to a letter, not a booking’s', () => {
    expect(found('the part number is C4410-22871-905')).toEqual([]);
    expect(found('the booking number is four four seven seven oh oh nine oh oh five four one')).toEqual([]);
  });
});

describe('a birth date said again in another form', () => {
  it('after "so", straight after with its month, with a cardinal day', () => {
    expect(found('born the 2nd of May 1960, so 02.05.1960')).toEqual(['DATE_OF_BIRTH:the 2nd of May 1960', 'DATE_OF_BIRTH:02.05.1960']);
    expect(found('date of birth three four seventy march fourth')).toEqual(['DATE_OF_BIRTH:three four seventy', 'DATE_OF_BIRTH:march fourth']);
    expect(found('born 14/02/1999, fourteen of February')).toEqual(['DATE_OF_BIRTH:14/02/1999', 'DATE_OF_BIRTH:fourteen of February']);
  });

  it('a cardinal and a month with no birth date before them is nothing', () => {
    expect(found('we close on fourteen of February')).toEqual([]);
  });
});

describe('a number split across turns by a backchannel', () => {
  it('answers the question before the backchannel', () => {
    expect(found([['agent', 'Your member ID?'], ['caller', 'it is 6 6 2 0'], ['agent', 'mm-hm'], ['caller', '1 1 4 7 3']])).toEqual(['INSURANCE_ID:1 1 4 7 3']);
  });

  it('not when the turn before the backchannel ended on no digit, nor for a name', () => {
    expect(found([['agent', 'Your member ID?'], ['caller', 'the card is in the car'], ['agent', 'okay'], ['caller', 'ring me at 4']])).toEqual([]);
    expect(found([['agent', 'Your name?'], ['caller', 'it is Priya 2'], ['agent', 'okay'], ['caller', 'thanks so much']])).toEqual([]);
  });
});

describe('cues in other places', () => {
  it("a phone's cue said after it", () => {
    expect(found('(503) 555-0148 is my landline')).toEqual(['PHONE:(503) 555-0148']);
    expect(found('QX 441 2290 is my member number')).not.toContain('PHONE:441 2290');
  });

  it('"benefits?" asks for an insurance id', () => {
    expect(found([['agent', 'Any health benefits?'], ['caller', 'yes, it is 40771923']], 'CA')).toEqual(['INSURANCE_ID:40771923']);
  });
});
