import { found } from './fixture';

/**
 * The classes of speech fixed in issue 10's third session, each with wordings of its own (not the
 * corpus lines): what is found, and what is left alone.
 */

describe('lay symptoms of a specific person', () => {
  it.each([
    // A symptom said as a clause about someone's body: the clause, the owner outside.
    ['my knees are all swollen this week', ['MEDICAL_CONDITION:knees are all swollen']],
    ['her tongue is kinda numb still', ['MEDICAL_CONDITION:tongue is kinda numb']],
    ["his filling's come out again", ["MEDICAL_CONDITION:filling's come out"]],
    ['my jaw locks when I yawn', ['MEDICAL_CONDITION:jaw locks']],
    // A complaint idiom: the body part alone is the condition.
    ['my back molar is acting up', ['MEDICAL_CONDITION:back molar']],
    // Injuries said verb first, pain tied to an action, a symptom said of "it".
    ['the little one knocked out her front tooth', ['MEDICAL_CONDITION:knocked out her front tooth']],
    ['I get pain when I swallow', ['MEDICAL_CONDITION:pain when I swallow']],
    ["it's super sensitive since Monday", ['MEDICAL_CONDITION:super sensitive']],
    ["she's bleeding from the gum", ['MEDICAL_CONDITION:bleeding']],
    // What a medicine is taken for.
    ['I take naproxen for my hips', ['MEDICATION:naproxen', 'MEDICAL_CONDITION:hips']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // No owner, no symptom, or said of something that is not a body.
    ['the gum at the counter is free'],
    ['my face is on the badge'],
    ["it's very sensitive information, keep it private"],
    // Remarks about nobody in particular.
    ['everybody at the school has hand foot and mouth'],
    ['shingles are really common at that age, right?'],
    ['ear infections are going round the nursery'],
  ])('%s: nothing', (text) => expect(found(text)).toEqual([]));

  it("the agent's question is about nobody yet", () => {
    expect(found([['agent', 'Is your jaw swollen?']])).toEqual([]);
  });
});

describe('names from the speech around them', () => {
  it.each([
    // Lowercase self-introductions at a turn's start, names outside the lexicons included.
    ['hiya its tevita fifita i wanted to book', ['PERSON:tevita fifita']],
    ['this is like anahera moana from work', ['PERSON:anahera moana']],
    ['um its okonjo amara surname first', ['PERSON:okonjo amara']],
    // A given name said first, doing something; a member of staff asked for.
    ['so dariusz needs the morning one', ['PERSON:dariusz']],
    ['Is Joy working tomorrow?', ['PERSON:Joy']],
    // Relations in more words; a spelling with a mark said inside it.
    ['my workmate Tendai sent me', ['PERSON:Tendai']],
    ["I'm calling for my foster son Kwame Asante", ['PERSON:Kwame Asante']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    // A name in lowercase before what the person takes; a capitalised name opening a list of details.
    ['and sefo is on eliquis now', ['PERSON:sefo', 'MEDICATION:eliquis']],
    ['Rawiri Ngata, 9 Totara Street, and my number is 021 555 0123', ['PERSON:Rawiri Ngata', 'STREET_ADDRESS:9 Totara Street', 'PHONE:021 555 0123']],
    // A capitalised name owning a detail, and said again with "'s".
    ["what's Hinemoa's date of birth?", ['PERSON:Hinemoa']],
    // A pause between a given name and a surname; a month with a surname after it is a name, the month again is not.
    ['this is uh piotr uh nowak', ['PERSON:piotr uh nowak']],
    ['My name is April Jankowski and I was in April for a filling.', ['PERSON:April Jankowski']],
  ])('%s', (text, expected) => expect(found(text, text.includes('021') ? 'NZ' : 'US')).toEqual(expected));

  it.each([['can you book me for June'], ['we are away all of April'], ["it's May I think, or June"]])('%s: a month, no person', (text) => expect(found(text)).toEqual([]));

  it('a spelling with a fada said inside it is one name', () => {
    expect(found([['agent', 'Could you spell the surname?'], ['caller', 'O fada D-H-R-A-I-N']])).toEqual(['PERSON:O fada D-H-R-A-I-N']);
  });

  it.each([
    ["I'm privately insured with them"],
    ['a little terrier called Nugget is coming too'],
    ['I parked by the Fred Meyer'],
    ['is the office shut for Family Day'],
    ["winter's rough on my gums"],
    ['um yeah im calling to confirm'],
    ['the tram is m two from the station'],
  ])('%s: no person', (text) => expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]));
});

describe('identifiers and their answers', () => {
  it.each([
    ['Caller: the Citi card, ending 5 5 1 0', ['CREDIT_CARD:5 5 1 0']],
    ['ends in 3 0 0 7 on my debit card', ['CREDIT_CARD:3 0 0 7']],
    ['my social is six one two dash four four dash nine oh one seven', ['SSN:six one two dash four four dash nine oh one seven']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('an ID asked for is that ID, not a phone', () => {
    expect(found([['agent', 'And your NHS number?'], ['caller', "it's 9 4 3 4 7 6 5 9 1 9"]], 'GB')).toEqual(['INSURANCE_ID:9 4 3 4 7 6 5 9 1 9']);
  });

  it('"the number next to your name" on a Medicare card keeps the insurance question', () => {
    expect(found([['agent', 'Your Medicare number and the number next to your name?'], ['caller', "it's 5519 30482 1 and I'm two"]], 'AU')).toEqual(['INSURANCE_ID:5519 30482 1']);
  });

  it('a sort code and its account said as one run with "then" between', () => {
    expect(found([['agent', 'The sort code and account number?'], ['caller', 'forty, eleven, sixty-two, then seven seven one nine three three oh four']], 'GB')).toEqual([
      'BANK_ACCOUNT:forty, eleven, sixty-two, then seven seven one nine three three oh four',
    ]);
  });

  it('an ID answer that says "number" and no phone word is the ID asked for', () => {
    expect(found([['agent', 'Do you have a medical card?'], ['caller', "yes, the number's 8 8 1 0 2 2 4 7 B"]], 'IE')).toEqual(['INSURANCE_ID:8 8 1 0 2 2 4 7 B']);
  });

  it('the last four after a question asked back', () => {
    expect(found([['agent', 'And the last four of the social?'], ['caller', 'for my wife? 3 3 0 8']])).toEqual(['SSN:3 3 0 8']);
  });

  it('a record number after "patient ref", and in answer to "Patientennummer"', () => {
    expect(found('the patient ref on the form is QX-2291')).toEqual(['MEDICAL_RECORD_NUMBER:QX-2291']);
    expect(found([['agent', 'Ihre Patientennummer, bitte?'], ['caller', 'AB-4 4 1 9 0']], 'DE')).toEqual(['MEDICAL_RECORD_NUMBER:AB-4 4 1 9 0']);
  });

  it("a cue with 's glued on", () => {
    expect(found("my BSB's 732-012", 'AU')).toEqual(['BANK_ACCOUNT:732-012']);
  });
});

describe('dates of birth and addresses in more layouts', () => {
  it.each([
    ['she was born 3 19 2014', ['DATE_OF_BIRTH:3 19 2014']],
    ['date of birth is 12 1 79', ['DATE_OF_BIRTH:12 1 79']],
    ["we're at 310 Front Street West, Apt 12B now", ['STREET_ADDRESS:310 Front Street West, Apt 12B']],
    ['it is 8 Elm Road, Headington but we move in May', ['STREET_ADDRESS:8 Elm Road, Headington']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('a postcode after its cue and words saying where it is', () => {
    expect(found('the zip at my new place is 97214')).toEqual(['POSTAL_CODE:97214']);
    expect(found('the zip on the receipt is 97214')).toEqual([]);
  });

  it.each([
    ['born on the 2nd of the 6th, 1990', ['DATE_OF_BIRTH:the 2nd of the 6th, 1990']],
    ['my date of birth is like the first of may seventy one', ['DATE_OF_BIRTH:the first of may seventy one']],
  ])('%s (day first)', (text, expected) => expect(found(text, 'GB')).toEqual(expected));

  it('three numbers with spaces are no date without a birth cue', () => {
    expect(found('room 3 19 2014 is upstairs').filter((f) => f.startsWith('DATE'))).toEqual([]);
  });

  it('a year alone answers "and the year?" after a birthday', () => {
    expect(found([['agent', "And the patient's birthday?"], ['caller', 'the fourth of july'], ['agent', 'And what year?'], ['caller', 'twenty ten']])).toEqual(['DATE_OF_BIRTH:twenty ten']);
  });
});

describe('spoken emails in more forms', () => {
  it.each([
    ['Caller: t-a-n-e dot w at gmail dot com', ['EMAIL:t-a-n-e dot w at gmail dot com']],
    ["my email's losa vaifale at yahoo dot com dot a u", ['EMAIL:losa vaifale at yahoo dot com dot a u']],
    ['es m punto ruiz arroba gmail punto com', ['EMAIL:m punto ruiz arroba gmail punto com']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([['we meet at five'], ['see you at the clinic dot com'], ['call me at home or at work']])('%s: no email', (text) => expect(found(text)).toEqual([]));
});

describe('identifiers and postcodes read out in more forms (fourth session)', () => {
  it.each([
    // Spaced groups joined by dashes; a pronoun "one" is no digit; a UK licence led by its surname.
    ['licence number is H 2 2 0 - 5 1 9 - 7 7 3', 'US', ['DRIVER_LICENSE:H 2 2 0 - 5 1 9 - 7 7 3']],
    ['driving licence ROWAN 6 0 9 1 2 3 T Q 8 please', 'GB', ['DRIVER_LICENSE:ROWAN 6 0 9 1 2 3 T Q 8']],
    // "four digits", "ss"; the "four" of "last four" is a word, not a digit.
    ["my social's four digits are 5 0 0 9", 'US', ['SSN:5 0 0 9']],
    ['last four ss 6120 and that is it', 'US', ['SSN:6120']],
    ['the visa card, last four 8 8 1 0', 'US', ['CREDIT_CARD:8 8 1 0']],
    // Digits joined by a spoken "dot"; a value named after it; a spaced IBAN country code.
    ['the camera is at 172 dot 16 dot 4 dot 9', 'US', ['IP_ADDRESS:172 dot 16 dot 4 dot 9']],
    ['ZT 880 1147 was my policy number', 'US', ['INSURANCE_ID:ZT 880 1147']],
    ['it is DE 44 5001 0517 5407 3249 31', 'DE', ['BANK_ACCOUNT:DE 44 5001 0517 5407 3249 31']],
    // Postcodes in pairs, as a round thousand, and a spoken ZIP+4.
    ["postcode's forty eight seventy", 'AU', ['POSTAL_CODE:forty eight seventy']],
    ['the postcode is six thousand', 'AU', ['POSTAL_CODE:six thousand']],
    ['zip is one oh oh one one dash two two three three', 'US', ['POSTAL_CODE:one oh oh one one dash two two three three']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));

  it('a licence answers a question that names it in French', () => {
    expect(found([['agent', 'Et votre permis de conduire?'], ['caller', '11KL20456']], 'FR')).toEqual(['DRIVER_LICENSE:11KL20456']);
  });

  it('a postcode written digit by digit answers "postcode?"', () => {
    expect(found([['agent', 'And the postcode?'], ['caller', '6 0 1 4']], 'AU')).toEqual(['POSTAL_CODE:6 0 1 4']);
  });

  it.each([
    // A version read with dots, a room before "is my", pairs that are a date in a US clinic, four digits of a code.
    ['we run version 3 dot 1 dot 4 dot 2 here', 'US'],
    ['suite 4410 is my usual room', 'US'],
    ['the last four digits of the code are 7 1 2 0', 'US'],
  ])('%s (%s): nothing', (text, country) => expect(found(text, country)).toEqual([]));

  it('pairs said after "zip" in a US clinic are no four-digit postcode of another country', () => {
    expect(found([['agent', 'Birthday and zip code?'], ['caller', 'nine twelve sixty and four five oh one two']])).toEqual(['DATE_OF_BIRTH:nine twelve sixty', 'POSTAL_CODE:four five oh one two']);
  });
});

describe('names in more places (fourth session)', () => {
  it.each([
    // A relation with "ex", a step-relation, a word of the request between relation and name.
    ['my ex partner Ruairi must not see the file', ['PERSON:Ruairi']],
    ['please call my daughter instead Niamh', ['PERSON:Niamh']],
    ['Wiremu is my stepbrother and he booked it', ['PERSON:Wiremu']],
    ['Declan rang earlier, he\'s my nephew', ['PERSON:Declan']],
    // A particle after a title; a particle-led name before "here"; where the caller calls from.
    ['is Dr. de Vries in today', ['PERSON:de Vries']],
    ['Le Van Minh here about the bill', ['PERSON:Le Van Minh']],
    ['Hope from the day centre calling for a patient', ['PERSON:Hope']],
    // A name opening the turn before the details.
    ['so Ha-eun Park, 9 Elm Road, that is all', ['PERSON:Ha-eun Park', 'STREET_ADDRESS:9 Elm Road']],
  ])('%s', (text, expected) => expect(found(text).filter((f) => f.startsWith('PERSON') || f.startsWith('STREET'))).toEqual(expected));

  it('the agent asking "is this ...?" names who answers', () => {
    expect(found([['agent', 'Good morning, is this Aoife?']])).toEqual(['PERSON:Aoife']);
  });

  it.each([
    ['Sunday is my only day off'],
    ['someone from the bank calling about a card'],
    ['is this Tuesday fine for you?'],
    ['Reception 0412 is the extension'],
  ])('%s: no name', (text) => expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]));
});

describe('symptoms said before the part, and pregnancy in lay words (fourth session)', () => {
  it.each([
    ["I've got a dodgy back tooth", ['MEDICAL_CONDITION:a dodgy back tooth']],
    ['her puffy gums look worse', ['MEDICAL_CONDITION:puffy gums']],
    ["my wife's expecting in March", ['MEDICAL_CONDITION:expecting']],
    ['he is wheelchair bound since the stroke', ['MEDICAL_CONDITION:wheelchair bound', 'MEDICAL_CONDITION:stroke']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([['a rotten tooth can be pulled quickly'], ["we're expecting a parcel"], ["I'm expecting the results"], ['my son has a loose tooth, it is normal']])(
    '%s: nothing',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('phones, emails and birth dates in more spoken forms (fourth session)', () => {
  it.each([
    ['home is area code two one two five five five oh one six six', ['PHONE:area code two one two five five five oh one six six']],
    ['my email is kofi dot mensah twelve at gmail dot com', ['EMAIL:kofi dot mensah twelve at gmail dot com']],
    ['it is tez dot r eighty-eight at aol dot com', ['EMAIL:tez dot r eighty-eight at aol dot com']],
    ["my lad Rory, he's the 2nd of the 11th 2016", ['PERSON:Rory', 'DATE_OF_BIRTH:the 2nd of the 11th 2016']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([['the area code is 212, the rest I forget'], ["she's booked for the 2nd of December 2026"], ['see you around eight at the front desk']])('%s: nothing', (text) =>
    expect(found(text).filter((f) => !f.startsWith('POSTAL'))).toEqual([]),
  );
});

describe('false starts and spelled IBANs (fourth session)', () => {
  it('a false start after "social" and the number said again are both the SSN', () => {
    expect(found('my social is three three one, no wait, three three eight four')).toEqual(['SSN:three three one', 'SSN:three three eight four']);
  });

  it('a phone said again after "sorry" is no SSN', () => {
    expect(found('my cell is 312 no sorry 312 555 0147').filter((f) => f.startsWith('SSN'))).toEqual([]);
  });

  it('"i" and "a" spelled among an IBAN\'s letters belong to it', () => {
    expect(found('the iban is g b three three, b u k b, two zero two zero, one five five five, five five five five', 'GB')).toEqual([
      'BANK_ACCOUNT:g b three three, b u k b, two zero two zero, one five five five, five five five five',
    ]);
    expect(found('iban i t six zero, x zero five four, two eight one one, one zero one zero, zero zero zero zero one two three', 'IE')).toEqual([
      'BANK_ACCOUNT:i t six zero, x zero five four, two eight one one, one zero one zero, zero zero zero zero one two three',
    ]);
  });
});

describe('French street types after a spoken house number (fourth session)', () => {
  it.each([
    ['i live at two forty rue principale gatineau', 'CA', ['STREET_ADDRESS:two forty rue principale gatineau']],
    ['nine oh four boulevard rosemont app six, for the bill', 'CA', ['STREET_ADDRESS:nine oh four boulevard rosemont app six']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));

  it('a verb after a lowercase street is no town', () => {
    expect(found('ok 12 main street works for me')).toEqual(['STREET_ADDRESS:12 main street']);
  });
});

describe('hard negatives: numbers, codes and words that are something else (fifth session)', () => {
  it.each([
    // A reference noun earlier in the clause owns the number read after it, however far.
    ['your parcel tracking code for the aligners is 02 8871 4456', 'AU'],
    ['die Bestellung für die Schiene hat die Nummer 2025-7718', 'DE'],
    // A year said after a cue word is a when, not the cue's number.
    ['I switched to Medibank in 2021', 'AU'],
    ['we have had Bupa cover since 2018', 'GB'],
    // Words of the spelling alphabet spell a code.
    ['the confirmation is juliet kilo five', 'GB'],
    ['the reference they gave me is mike romeo three one', 'GB'],
    // A French verb after a name-like word is no surname.
    ['la carte vitale est dans mon sac', 'FR'],
    // A vehicle between a number and a street type makes a route.
    ['I take the 86 bus up Smith Street', 'AU'],
    // Digits glued to a word make a code, not a German house number.
    ['use the code MEADOWRING15 at checkout', 'US'],
  ])('%s (%s) is left alone', (text, country) => expect(found(text, country)).toEqual([]));

  it("the agent's practice spoken of in German is the clinic's", () => {
    expect(found([['agent', 'Unsere Praxis ist in der Bergstraße 7, dritter Stock.']], 'DE')).toEqual([]);
  });

  it.each([
    // Recall kept: a personal word after the reference noun brings the clause back to the caller.
    ['about my booking reference, my mobile is 0412 555 019', 'AU', ['PHONE:0412 555 019']],
    ['my policy number is 2021', 'US', ['INSURANCE_ID:2021']],
    ['Alpha Okafor calling about the bill', 'US', ['PERSON:Alpha Okafor']],
    ['I live at 12 Smith Street', 'AU', ['STREET_ADDRESS:12 Smith Street']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));
});

describe("names in speech: set E's classes (seventh session)", () => {
  it.each([
    // Hyphenated given names: romanised Korean syllables, two given names joined.
    ['yeah so hyun-woo shin i need a cleaning', ['PERSON:hyun-woo shin']],
    ['the patient is my brother jae-hyun', ['PERSON:jae-hyun']],
    ['this is for mary-kate dunne', ['PERSON:mary-kate dunne']],
    // A lowercase surname after a title, without its "'s".
    ['my records are with doctor nwachukwu', ['PERSON:nwachukwu']],
    ["i'm calling from dr balasubramanian's office", ['PERSON:balasubramanian']],
    // Naming cues take word-names and names of no list, and a surname said first.
    ['hi my name is faith and i need to book', ['PERSON:faith']],
    ["the name's wanjiru kamau", ['PERSON:wanjiru kamau']],
    ['my name is zhou yuting', ['PERSON:zhou yuting']],
    // A word-name or a name of no list after a relation, when the clause closes or the person does something.
    ['my mum iris has a dentist phobia', ['PERSON:iris']],
    ['my father-in-law tadeusz is driving me', ['PERSON:tadeusz']],
    ['my step-daughter noor needs a check-up', ['PERSON:noor']],
    // An introduction put right, a word-name alone coming back, a name said beside itself.
    ["it's lwazi no it's sizwe khumalo i'm a new patient", ['PERSON:lwazi', 'PERSON:sizwe khumalo']],
    ["hi it's hope again about the invoice", ['PERSON:hope']],
    ["i'm ruby, ruby castellano", ['PERSON:ruby', 'PERSON:ruby castellano']],
    ['book it for pat not patricia', ['PERSON:pat', 'PERSON:patricia']],
    // A word spelled right after it; a name before "I'm calling" and before "I" after a surname.
    ['surname is eze e z e', ['PERSON:eze', 'PERSON:e z e']],
    ["Wojtek, I'm calling about the invoice", ['PERSON:Wojtek']],
    ['uh hi amadou keita i have a question', ['PERSON:amadou keita']],
    // The household named by its surname; a nickname's epithet.
    ['is this the Abernathy household?', ['PERSON:Abernathy']],
    ['this is Big Tony from the deli', ['PERSON:Big Tony']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('"Middle?" asks a name, and a function-word given name is the whole answer', () => {
    expect(found([['agent', 'Your first name?'], ['caller', 'Erin'], ['agent', 'Middle?'], ['caller', 'may']])).toEqual(['PERSON:may']);
  });

  it('a hyphenated spelling broken off in a name answer', () => {
    expect(found([['agent', 'And the surname?'], ['caller', 'Nwosu, N-W-O... sorry, N W O S U']])).toEqual(['PERSON:Nwosu', 'PERSON:N-W-O', 'PERSON:N W O S U']);
  });

  it.each([
    // A modal after a relation, a title used as a noun, a brand, an insurer, money, a listing that is no name, a word said twice.
    ['my son will he be seen today'],
    ['my daughter may need braces'],
    ['my doctor suggests a night guard'],
    ['the dr visit got moved'],
    ['I booked it on ZocDoc'],
    ['my member number with Zorgverzekeraar is on the card'],
    ["it's thirty quid isn't it"],
    ['mark me down as unavailable'],
    ['my surname is difficult to spell'],
    ['it was so-so, bye-bye'],
    ['is this the right family dentist'],
    ['the last name box is blank'],
    ['my wife even has the receipt'],
    ['my son will, he says, be late'],
  ])('%s: nothing', (text) => expect(found(text)).toEqual([]));
});

describe("set E's other types' classes, in wordings of their own (seventh session)", () => {
  it.each([
    // An issuer's letters said in lowercase right before the digits are the value's; a cue word before them is not.
    ['the member number is qv 5 5 1 0 2 8', 'US', ['INSURANCE_ID:qv 5 5 1 0 2 8']],
    ['my hospital number is stm 004 9921', 'GB', ['MEDICAL_RECORD_NUMBER:stm 004 9921']],
    ['my mrn is 0049921', 'US', ['MEDICAL_RECORD_NUMBER:0049921']],
    ['driving licence is patel802147rk3lm', 'GB', ['DRIVER_LICENSE:patel802147rk3lm']],
    // Government health programmes' cards, a refund's account, a cue said before a hold.
    ['my status card number is 7 7 0 1 2 4 4 8 1 9', 'CA', ['INSURANCE_ID:7 7 0 1 2 4 4 8 1 9']],
    ['please refund it into 6011 4420 913', 'GB', ['BANK_ACCOUNT:6011 4420 913']],
    ['social is, hold on, let me grab it, 4 1 2 7 7 0 9 3 5', 'US', ['SSN:4 1 2 7 7 0 9 3 5']],
    // A German subscriber's number said to a US clinic is no UK non-geographic line.
    ['my mobile is 030 2012 3456', 'US', ['PHONE:030 2012 3456']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));

  it('a number said digit by digit in German is a phone', () => {
    expect(found('ruf mich an unter null eins fünf zwei, drei drei eins, vier vier null sieben', 'DE')).toEqual(['PHONE:null eins fünf zwei, drei drei eins, vier vier null sieben']);
    expect(found('das ist null Problem, ich habe drei Kinder', 'DE')).toEqual([]);
  });

  it('a group said as thousands stays in a spelled IBAN', () => {
    expect(found([['agent', 'And the IBAN?'], ['caller', 'i e two nine, a i b k, four thousand one two three four five six seven eight']], 'IE'))
      .toEqual(['BANK_ACCOUNT:i e two nine, a i b k, four thousand one two three four five six seven eight']);
  });

  it('"the address on your licence?" asks for the address, not the licence', () => {
    expect(found([['agent', 'And the address on your licence?'], ['caller', '9 Birch Lane, Bend, OR 97701']])).toEqual(['STREET_ADDRESS:9 Birch Lane, Bend, OR 97701']);
  });

  it.each([
    // Regional lay names, symptoms of the bowel and of taste, a lump of an organ, a trigger after "sensitive", pain without an article.
    ["she's been crook stomach all week", 'AU', ['MEDICAL_CONDITION:crook stomach']],
    ["I'm so bloated after the antibiotics", 'US', ['MEDICAL_CONDITION:bloated']],
    ['they found a thyroid nodule on the scan', 'US', ['MEDICAL_CONDITION:a thyroid nodule']],
    ["now it's sensitive to hot drinks", 'GB', ['MEDICAL_CONDITION:sensitive to hot drinks']],
    ['i have swelling in gum since friday', 'US', ['MEDICAL_CONDITION:swelling in gum']],
    // Brands outside the US lists, and the drug classes callers are allergic to.
    ["I'm on Tecta for reflux", 'CA', ['MEDICATION:Tecta', 'MEDICAL_CONDITION:reflux']],
    ['allergic to sulpha', 'GB', ['MEDICATION:sulpha']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));

  it.each([
    // Addresses in lowercase speech: a continental street with its postcode or a German number, places a comma apart,
    // a townland before county and Eircode, a building between unit and street, Oregon's "or", a rural route.
    ['new address is lindenweg 4, 80331 münchen', 'US', ['STREET_ADDRESS:lindenweg 4, 80331 münchen']],
    ['ich bin in der bergmannstraße vierzehn', 'DE', ['STREET_ADDRESS:bergmannstraße vierzehn']],
    ['we moved to 5 Church Road, Douglas, Cork', 'IE', ['STREET_ADDRESS:5 Church Road, Douglas, Cork']],
    ['it is gortnahoe, thurles, co. tipperary e41 x2y9', 'IE', ['STREET_ADDRESS:gortnahoe, thurles, co. tipperary e41 x2y9']],
    ['apartment 2, the granary, 8 quay street, galway', 'IE', ['STREET_ADDRESS:apartment 2, the granary, 8 quay street, galway']],
    ['it is 77 sw oak street, salem, or 97301', 'US', ['STREET_ADDRESS:77 sw oak street, salem, or 97301']],
    ['mail goes to rr 3 site 2 comp 9, sechelt, bc v0n 3a0', 'CA', ['STREET_ADDRESS:rr 3 site 2 comp 9, sechelt, bc v0n 3a0']],
    // A postcode said after its own cue is a postcode of its own; house names of old trades; a town named by its river.
    ['we are at 2/9 Fitzroy Street, St Kilda, postcode 3182', 'AU', ['STREET_ADDRESS:2/9 Fitzroy Street, St Kilda', 'POSTAL_CODE:3182']],
    ['it is The Smithy, Back Lane, Hutton, Preston PR4 5SE', 'GB', ['STREET_ADDRESS:The Smithy, Back Lane, Hutton, Preston PR4 5SE']],
    ['Hauptstraße 8, 79576 Weil am Rhein', 'DE', ['STREET_ADDRESS:Hauptstraße 8, 79576 Weil am Rhein']],
    // Postcodes: an Eircode in lowercase, a ZIP said as a pair and three digits; birth dates in Spanish and with a two-digit year.
    ['eircode is d02 x285', 'IE', ['POSTAL_CODE:d02 x285']],
    ['zip code is forty one oh oh two', 'US', ['POSTAL_CODE:forty one oh oh two']],
    ['born 14 de julio de 1988', 'ES', ['DATE_OF_BIRTH:14 de julio de 1988']],
    ['new patient here, oct 2 58, for a cleaning', 'US', ['DATE_OF_BIRTH:oct 2 58']],
  ])('%s (%s)', (text, country, expected) => expect(found(text, country)).toEqual(expected));

  it.each([
    ['die Terminnummer ist 2026 4471', 'DE'],
    ['the contract runs to june 30 27', 'US'],
    ['how about feb 9 11 30 then', 'US'],
    ['Spring 4, 2026 is the start', 'US'],
    ['the lease ends on the 4th or 97 days later', 'US'],
    ['it says Ch.-B. 7710 2291 on the side', 'DE'],
    ['it says KX-2291-4471 on the sticker', 'US'],
    ['my member number is on the card', 'US'],
    ['is bloating common with aligners in general', 'US'],
  ])('%s (%s) is left alone', (text, country) => expect(found(text, country)).toEqual([]));
});
