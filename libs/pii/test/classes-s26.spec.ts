import { found, of } from './fixture';

/**
 * Classes of speech fixed from the misses of sets G to K (session 26), each with wordings of its own (not the sets'
 * lines): what is masked, and the near miss that is left alone.
 */

describe('a symptom someone was seen or treated for, with what sets it off', () => {
  it.each([
    ['I saw Dr Oyelaran for sensitivity to cold drinks last spring', 'MEDICAL_CONDITION:sensitivity to cold drinks'],
    ['she was treated for tenderness to touch after the extraction', 'MEDICAL_CONDITION:tenderness to touch'],
    ['my son was referred for discomfort when chewing', 'MEDICAL_CONDITION:discomfort'],
    ['I came in for sensitivity to sweet things in March', 'MEDICAL_CONDITION:sensitivity to sweet things'],
  ])('%s', (text, expected) => expect(of('MEDICAL_CONDITION', found(text))).toEqual([expected]));

  it.each(['is that gel good for tenderness to touch?', 'the shop sells a balm for discomfort when chewing'])('%s is left alone', (text) =>
    expect(of('MEDICAL_CONDITION', found(text))).toEqual([]),
  );
});

describe("a condition said as an adjective keeps its type outside: \"diabetic, type two\"", () => {
  it.each([
    ["I'm diabetic, type one, so mornings are better", 'MEDICAL_CONDITION:diabetic'],
    ["he's diabetic, type 1, since he was nine", 'MEDICAL_CONDITION:diabetic'],
    // A noun keeps its type or stage after the comma, as before.
    ['she has diabetes, type two', 'MEDICAL_CONDITION:diabetes, type two'],
    ['he has kidney disease, stage 3', 'MEDICAL_CONDITION:kidney disease, stage 3'],
  ])('%s', (text, expected) => expect(of('MEDICAL_CONDITION', found(text))).toEqual([expected]));
});

describe('a unit said before the house number of a street with no type word', () => {
  it.each([
    ['we are at Flat 3, 41 Briggate, Leeds LS1 6HD', 'STREET_ADDRESS:Flat 3, 41 Briggate, Leeds LS1 6HD'],
    ["it's Apartment 12, 9 Grafton, Dublin D02 X285", 'STREET_ADDRESS:Apartment 12, 9 Grafton, Dublin D02 X285'],
    // Lowercase speech with no commas: the name words run into a full postcode.
    ['i moved to flat 4 22 bold street liverpool l1 4dn last week', 'STREET_ADDRESS:flat 4 22 bold street liverpool l1 4dn'],
    ['i moved to 7 briggate leeds ls1 6hd', 'STREET_ADDRESS:7 briggate leeds ls1 6hd'],
  ])('%s', (text, expected) => expect(of('STREET_ADDRESS', found(text, 'GB'))).toEqual([expected]));

  it.each(['i moved to 3 rooms ls6 2as', 'we are at Flat 3, 41 people came'])('%s has no street address', (text) => expect(of('STREET_ADDRESS', found(text, 'GB'))).toEqual([]));
});

describe('a street type said first in lowercase speech, then the number and its postcode', () => {
  it.each([
    ['ES', 'calle de alcalá 45 28014 madrid es mi casa', 'STREET_ADDRESS:calle de alcalá 45 28014 madrid'],
    ['FR', 'avenue jean jaurès 18, 69007 lyon', 'STREET_ADDRESS:avenue jean jaurès 18, 69007 lyon'],
  ])('%s %s', (country, text, expected) => expect(of('STREET_ADDRESS', found(text, country))).toEqual([expected]));

  it.each([['ES', 'la calle mayor 12 veces al día']])('%s %s is left alone', (country, text) => expect(of('STREET_ADDRESS', found(text, country))).toEqual([]));
});

describe('a lowercase town after its street, and the words that end it', () => {
  it.each([
    // A new clause after the town: its modal, "till", "where".
    ['i live at 88 guadalupe st austin can you post it', 'STREET_ADDRESS:88 guadalupe st austin'],
    ['we are at 40 ocean drive santa monica till friday', 'STREET_ADDRESS:40 ocean drive santa monica'],
    // A town ending in a vowel and "s" is no verb.
    ['my address is 61 broad street memphis', 'STREET_ADDRESS:61 broad street memphis'],
    // Whom the post is for is no town.
    ['send it to 12 pine road apt 3 attention of accounts', 'STREET_ADDRESS:12 pine road apt 3'],
  ])('%s', (text, expected) => expect(of('STREET_ADDRESS', found(text))).toEqual([expected]));

  it.each([
    ['12 oak street works for me', 'STREET_ADDRESS:12 oak street'],
    ['4 elm road sounds right', 'STREET_ADDRESS:4 elm road'],
  ])('a verb after the street is no town: %s', (text, expected) => expect(of('STREET_ADDRESS', found(text))).toEqual([expected]));
});

describe('a birthday said as a holiday and a year in words, as the month and year before the day, or with spaced slashes', () => {
  it.each([
    ['he was born new year\'s day two thousand and nine', 'DATE_OF_BIRTH:new year\'s day two thousand and nine'],
    ['my birthday is halloween nineteen eighty four', 'DATE_OF_BIRTH:halloween nineteen eighty four'],
    ["she was born in june of '91, the twentieth", "DATE_OF_BIRTH:june of '91, the twentieth"],
    ['I was born in october of nineteen sixty the 2nd', 'DATE_OF_BIRTH:october of nineteen sixty the 2nd'],
    ['date of birth 11 / 30 / 1962', 'DATE_OF_BIRTH:11 / 30 / 1962'],
  ])('%s', (text, expected) => expect(of('DATE_OF_BIRTH', found(text))).toEqual([expected]));

  it.each([
    'we are closed new year\'s day two thousand and nine was the last time we opened',
    "we moved in june of '91, the whole family",
    'the ratio on the form is 1 / 2 / 25',
    'date of birth 11 - 30 - 1962 is what the old form had',
  ])('%s has no birth date', (text) => expect(of('DATE_OF_BIRTH', found(text))).toEqual([]));

  // Since a month and year after a birth cue are a birth date of their own, "the second of four kids" is only no day of it.
  it('I was born in june of 1991, the second of four kids: the month and year, not "the second"', () =>
    expect(of('DATE_OF_BIRTH', found('I was born in june of 1991, the second of four kids'))).toEqual(['DATE_OF_BIRTH:june of 1991']));
});

describe('an Irish townland with its article, before the town, county and Eircode', () => {
  it.each([
    ['I live at Baile na Móna, Ballina, Co. Mayo F26 X2Y3', 'STREET_ADDRESS:Baile na Móna, Ballina, Co. Mayo F26 X2Y3'],
    ['the address is Gort an Chnoic, Clifden, Co. Galway H71 X2Y3', 'STREET_ADDRESS:Gort an Chnoic, Clifden, Co. Galway H71 X2Y3'],
  ])('%s', (text, expected) => expect(of('STREET_ADDRESS', found(text, 'IE'))).toEqual([expected]));
});

describe('a numbered row of houses: "Cottages", "Buildings", "Mansions" as its street type', () => {
  it.each([
    ['post it to 5 Station Cottages, Settle please', 'STREET_ADDRESS:5 Station Cottages, Settle'],
    ['I live at 14 Albert Mansions.', 'STREET_ADDRESS:14 Albert Mansions'],
  ])('%s', (text, expected) => expect(of('STREET_ADDRESS', found(text, 'GB'))).toEqual([expected]));

  it.each(['we stayed in 2 Holiday Cottages, lovely', 'we rented 3 cottages, it was nice'])('%s is left alone', (text) =>
    expect(of('STREET_ADDRESS', found(text, 'GB'))).toEqual([]),
  );
});

describe('the answer to an address question: a compass point before the name, and a unit after the street', () => {
  const asked: [string, string] = ['agent', "What's your mailing address?"];
  it.each([
    ['nine twenty west pender, suite four, vancouver', 'STREET_ADDRESS:nine twenty west pender, suite four, vancouver'],
    ['eighty south marine, unit two', 'STREET_ADDRESS:eighty south marine, unit two'],
  ])('%s', (text, expected) => expect(of('STREET_ADDRESS', found([asked, ['caller', text]], 'CA'))).toEqual([expected]));

  it.each(['two north, i think', 'three, sorry'])('%s is left alone', (text) => expect(of('STREET_ADDRESS', found([asked, ['caller', text]], 'CA'))).toEqual([]));
});

describe('a unit asked for on its own turn', () => {
  it.each([
    [[['agent', 'And the unit?'], ['caller', 'apartment four c']], ['STREET_ADDRESS:apartment four c']],
    [[['agent', "What's the flat number there?"], ['caller', 'flat 9']], ['STREET_ADDRESS:flat 9']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(of('STREET_ADDRESS', found(turns, 'GB'))).toEqual(expected));

  it.each([[['agent', 'Is the unit working now?'], ['caller', 'unit 4 is fine']]] as Array<Array<[string, string]>>)('%j is left alone', (...turns) =>
    expect(of('STREET_ADDRESS', found(turns, 'GB'))).toEqual([]),
  );
});

describe('dental work someone has that is broken or cracked (a state), not the appliance breaking (an event)', () => {
  it.each([
    ["he's got a cracked partial denture", 'MEDICAL_CONDITION:a cracked partial denture'],
    ['I have a snapped retainer and it digs in', 'MEDICAL_CONDITION:a snapped retainer'],
    ['my nan has a broken plate since Sunday', 'MEDICAL_CONDITION:a broken plate'],
  ])('%s', (text, expected) => expect(of('MEDICAL_CONDITION', found(text))).toEqual([expected]));

  it.each(['her retainer snapped on the bus', 'do you fix a broken denture the same day?', 'we sell a broken bridge kit'])('%s is left alone', (text) =>
    expect(of('MEDICAL_CONDITION', found(text))).toEqual([]),
  );
});

describe('a condition glossed in English after the word in another language: both are masked', () => {
  it.each([
    ['I have Parodontitis, gum inflammation, the dentist in Köln said', ['MEDICAL_CONDITION:Parodontitis', 'MEDICAL_CONDITION:gum inflammation']],
    ['ich bin schwanger, pregnant, twelve weeks', ['MEDICAL_CONDITION:schwanger', 'MEDICAL_CONDITION:pregnant']],
  ])('%s', (text, expected) => expect(of('MEDICAL_CONDITION', found(text, 'DE'))).toEqual(expected));
});

describe('a birth date answered in spoken numbers with pauses, or with a year of this century said "oh" and its digit', () => {
  const asked: [string, string] = ['agent', 'And the date of birth?'];
  it.each([
    ['three, four, eighty-one', 'DATE_OF_BIRTH:three, four, eighty-one'],
    ['ten, two, two thousand and eleven', 'DATE_OF_BIRTH:ten, two, two thousand and eleven'],
    ['four twelve oh six', 'DATE_OF_BIRTH:four twelve oh six'],
  ])('%s', (text, expected) => expect(of('DATE_OF_BIRTH', found([asked, ['caller', text]]))).toEqual([expected]));

  it.each([
    // Digits said one by one, or a run going on after the "oh" year, are no day, month and year.
    ['my zip is three oh two oh five', []],
    ['the code is four five oh one two', []],
  ])('%s', (text, expected) => expect(of('DATE_OF_BIRTH', found([asked, ['caller', text]]))).toEqual(expected));
});

describe('a tooth knocked out, with the "out" said after it', () => {
  it.each([
    ['my daughter knocked her front tooth out on the trampoline', 'MEDICAL_CONDITION:knocked her front tooth out'],
    ['he knocked out a tooth at hurling', 'MEDICAL_CONDITION:knocked out a tooth'],
  ])('%s', (text, expected) => expect(of('MEDICAL_CONDITION', found(text))).toEqual([expected]));

  it.each(['the ball knocked out the lights in the gym'])('%s is left alone', (text) => expect(of('MEDICAL_CONDITION', found(text))).toEqual([]));
});

describe('a class of medicine is no condition', () => {
  it.each(["I'm on the blood thinners, the warfarin", 'he takes blood thinners for his heart'])('%s has no condition "blood thinners"', (text) =>
    expect(of('MEDICAL_CONDITION', found(text)).filter((s) => s.includes('thinner'))).toEqual([]),
  );
});

describe("a spoken email whose domain's first name is said as two words", () => {
  it.each([
    ['my email is tane at nguyen family dot nz', 'EMAIL:tane at nguyen family dot nz'],
    ["it's priya at big pond dot com", 'EMAIL:priya at big pond dot com'],
    // After an email cue any two words make the first label.
    ["email's marco at casa rossi dot it", "EMAIL:marco at casa rossi dot it"],
  ])('%s', (text, expected) => expect(of('EMAIL', found(text))).toEqual([expected]));

  it.each(['I emailed reception at smile dental dot com yesterday', "we'll be at the park dot com later"])('%s is left alone', (text) =>
    expect(of('EMAIL', found(text))).toEqual([]),
  );
});

describe('letters after a dash at the end of a cued code, in lowercase speech', () => {
  it.each([
    ['CA', 'my health card is 7721-408-115-mb', 'INSURANCE_ID:7721-408-115-mb'],
    ['US', 'my member id is k204-8811-zx', 'INSURANCE_ID:k204-8811-zx'],
  ])('%s %s', (country, text, expected) => expect(of('INSURANCE_ID', found(text, country))).toEqual([expected]));

  it.each([['US', 'my member id is k204-8811-and the group is on the back'], ['US', 'my member id is k204-8811-or the old one']])('%s %s keeps a word after the dash out', (country, text) =>
    expect(of('INSURANCE_ID', found(text, country))).toEqual(['INSURANCE_ID:k204-8811']),
  );
});

describe('a German town named with its region after "im", in lowercase speech', () => {
  it.each([
    ['lindenweg 4 79098 freiburg im breisgau, danke', 'STREET_ADDRESS:lindenweg 4 79098 freiburg im breisgau'],
    ['Bahnhofstraße 2, 60311 Frankfurt am Main', 'STREET_ADDRESS:Bahnhofstraße 2, 60311 Frankfurt am Main'],
  ])('%s', (text, expected) => expect(of('STREET_ADDRESS', found(text, 'DE'))).toEqual([expected]));

  it.each([['lindenweg 4 79098 freiburg im januar', 'STREET_ADDRESS:lindenweg 4 79098 freiburg'], ['lindenweg 4 79098 freiburg im moment', 'STREET_ADDRESS:lindenweg 4 79098 freiburg'],
    // ASR's "im" for "I'm" before a name.
    ['rue de la paix 5 75002 paris im lena schulz', 'STREET_ADDRESS:rue de la paix 5 75002 paris']])(
    'a month or an everyday word after "im" is no region: %s',
    (text, expected) => expect(of('STREET_ADDRESS', found(text, 'DE'))).toEqual([expected]),
  );
});
