import { found, of } from './fixture';

/**
 * Set F's classes of names, street addresses and postcodes (issue 10's eighth session, task 10a),
 * each in wordings of our own (not set F's lines): what is found, and what is left alone.
 */

describe("set F's name classes", () => {
  it.each([
    // A person reached on a number, named after the verb of reaching.
    ['you can text Lemuel on 555-0164 after six', ['PERSON:Lemuel']],
    ['or ring Zofia Wrona back on 555-0188', ['PERSON:Zofia Wrona']],
    // A capitalised full name opening the turn, a comma, then the person's own details.
    ['Ottilie Brandt, born in the spring of eighty one', ['PERSON:Ottilie Brandt']],
    ['Kwabena Mensah Jr, my postcode has changed', ['PERSON:Kwabena Mensah Jr']],
    // A suffix with its dot before a comma.
    ['my name is Desmond Achebe Sr., I called yesterday', ['PERSON:Desmond Achebe Sr.']],
    // The name, where the caller calls from, a comma, "calling".
    ['Henrike from the pharmacy, calling about a script', ['PERSON:Henrike']],
    // A lowercase name opening the turn, then what the person has been having.
    ['so um farzaneh has been having nosebleeds', ['PERSON:farzaneh']],
    // A given name with "'s" (is/has) before what the person is doing.
    ["Aoibhinn's been crying all night with it", ['PERSON:Aoibhinn']],
    // A relation and "'s" (is) before a name closing its clause; a month's name too.
    ["it's for me and my daughter's June, she's nine", ['PERSON:June']],
    // A surname changed on the file.
    ['please change my surname to Okonkwo-Reid', ['PERSON:Okonkwo-Reid']],
    // The spelling of a name found in the turn; a hyphenated name said again with its hyphen as a word.
    ['it was Dr Ng at the hospital, N G', ['PERSON:Ng', 'PERSON:N G']],
    ['I am Layla Al-Sayed, al dash sayed', ['PERSON:Layla Al-Sayed', 'PERSON:al dash sayed']],
    // A surname said again with the given name before it.
    ['Achterberg here, Joost Achterberg, about the bill', ['PERSON:Achterberg', 'PERSON:Joost Achterberg']],
    // Lowercase particles before a capitalised surname, after a title or "it's".
    ['Dr op de Weegh wants a new x-ray', ['PERSON:op de Weegh']],
    ["It's van der Zande.", ['PERSON:van der Zande']],
    // A name, a hyphenated given name too, owning a relation.
    ["Hi, is this Min-seo's mother?", ['PERSON:Min-seo']],
    ["is that Bartholomew's father on the line?", ['PERSON:Bartholomew']],
    // A title in German: the title stays outside.
    ['Herr Doktor Vogelsang took the x-ray', ['PERSON:Vogelsang']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text))).toEqual(expected));

  it('a particle opens the answer to "your surname?"', () => {
    expect(found([['agent', 'And your surname?'], ['caller', 'Ní Bhraonáin, two words']], 'IE')).toEqual(['PERSON:Ní Bhraonáin']);
  });

  it("a name's particles said again alone, as the name is said over in its parts", () => {
    expect(found([['agent', 'Your surname?'], ['caller', 'ter Haar, lowercase ter, then Haar']])).toEqual(['PERSON:ter Haar', 'PERSON:Haar']);
    expect(found([['agent', 'Your surname?'], ['caller', 'van den Bosch, small v, van den, then Bosch']])).toEqual(['PERSON:van den Bosch', 'PERSON:van den', 'PERSON:Bosch']);
  });

  it.each([
    // A verb of reaching before a word that is no name, a lender or insurer named by its trade word, the patient's things,
    // the punctuation of an email said aloud, a month after a relation's "'s" that does not close the clause.
    ['you can text Reception on the same number'],
    // A free or shared-cost line is an organisation's.
    ['after hours call Nurseline on 1800 555 010'],
    ['or ring Servicewise on 1-800-555-0162 about the rebate'],
    ['do you take Apple Credit or only cards?'],
    ['I called Sun Life about it and they said yes'],
    ['can I use the patient Wi-Fi while I wait'],
    ['the patient portal keeps logging me out'],
    ["my wife's May appointment moved"],
    ['Frau Doktor said it was nothing'],
    ['everything has been having problems since the update'],
    ['he spelled it out, A B, for the form'],
    ["it's the van in the car park"],
    ["It's van day on Tuesdays"],
    ["is this the Tuesday's mother and baby group?"],
    ["is this the so-so's father?"],
  ])('%s: no name', (text) => expect(of('PERSON', found(text))).toEqual([]));

  it('the spoken punctuation of an email is no name', () => {
    expect(of('PERSON', found('sorry, dot, then gmail dot com'))).toEqual([]);
  });
});

describe("set F's street address classes", () => {
  it.each([
    // A house number said first, a comma, then the street.
    [[['agent', 'And the address?'], ['caller', 'sixty one, Quarry Lane, Heckmondwike']], 'GB', ['STREET_ADDRESS:sixty one, Quarry Lane, Heckmondwike']],
    ["I'm at seventeen b, Orchard Rise, Thame now", 'GB', ['STREET_ADDRESS:seventeen b, Orchard Rise, Thame']],
    // A flat with its glued letter, a building, then the street.
    ['we are in Flat 2C, Weaver House, 40 Canal Street', 'GB', ['STREET_ADDRESS:Flat 2C, Weaver House, 40 Canal Street']],
    // A false start put right: the first address ends at the correction.
    ["it's 12 Tanner Row, no sorry, 21 Tanner Row", 'GB', ['STREET_ADDRESS:12 Tanner Row', 'STREET_ADDRESS:21 Tanner Row']],
    // A street and town given as where post goes.
    ["you can post it to Church Street, Wirksworth and it'll find me", 'GB', ['STREET_ADDRESS:Church Street, Wirksworth']],
    // A numbered route, its number in words, and its direction.
    ["I'm out at 4120 county road nine south past the silo", 'US', ['STREET_ADDRESS:4120 county road nine south']],
    // Italian and Spanish types before the name; a hyphenated town after its code.
    ['die Adresse ist Largo Augusto 7, 20122 Milano', 'DE', ['STREET_ADDRESS:Largo Augusto 7, 20122 Milano']],
    ['she is at 14 rue Pasteur, 67000 Strasbourg-Neudorf', 'DE', ['STREET_ADDRESS:14 rue Pasteur, 67000 Strasbourg-Neudorf']],
    // A German type word after the name, the number in German number words.
    // (The rear building after it is the address's too.)
    ['ja, kastanien allee vierzig, hinterhaus', 'DE', ['STREET_ADDRESS:kastanien allee vierzig, hinterhaus']],
    // A Dutch compound street in lowercase, its number in English words, only with a postcode (here spelled) after it.
    ['op lijnbaansgracht three one, one oh one seven r w amsterdam', 'NL', ['STREET_ADDRESS:lijnbaansgracht three one, one oh one seven r w amsterdam']],
  ])('%j', (turns, country, expected) => expect(of('STREET_ADDRESS', found(turns as Array<[string, string]> | string, country))).toEqual(expected));

  it.each([
    ['there were twenty two, Main Road was closed for the parade'],
    ["it's 30, the Avenue is shut so go round"],
    ["there's no street parking, it's a farm road"],
    ['we moved to Main Street last year'],
    ['the 12.08, the Northern Way, is always late'],
    ['the spring two years ago, one of those'],
  ])('%s: no address', (text) => expect(of('STREET_ADDRESS', found(text, 'GB'))).toEqual([]));

  it('"a farm, no street number" after a rural lot is no second address', () => {
    expect(found('Lot 7 Banksia Road, Heathcote, it is a farm, no street number', 'AU')).toEqual(['STREET_ADDRESS:Lot 7 Banksia Road, Heathcote']);
  });
});

describe("set F's postcode classes", () => {
  it.each([
    // Asked about as a place the clinic serves.
    ['is 3070 near you? we are over the river', 'AU', ['POSTAL_CODE:3070']],
    ['do you cover 3165?', 'AU', ['POSTAL_CODE:3165']],
    // (A Dutch code's letters are never F, I, O, Q, U, Y: "3000 in" is no Dutch postcode.)
    ['is 3000 in your area?', 'AU', ['POSTAL_CODE:3000']],
    ['mijn postcode is 1016 GV', 'NL', ['POSTAL_CODE:1016 GV']],
    ["is LS11 in your area? I'm LS11 5QJ", 'GB', ['POSTAL_CODE:LS11', 'POSTAL_CODE:LS11 5QJ']],
    ['is cf14 close to you', 'GB', ['POSTAL_CODE:cf14']],
    // Read back from the file, in the same sentence or the next.
    ['your postcode is showing as 3056, right?', 'AU', ['POSTAL_CODE:3056']],
    ['Can I check the postal code on file? It shows K2P 1L4.', 'CA', ['POSTAL_CODE:K2P 1L4']],
    // Changed; said in German digits and put right in English; said with its town.
    ['my postal code changed to M6H 2B9 in the spring', 'CA', ['POSTAL_CODE:M6H 2B9']],
    ['meine Postleitzahl ist eins zwei null vier drei, sorry, one two zero four three', 'DE', ['POSTAL_CODE:eins zwei null vier drei', 'POSTAL_CODE:one two zero four three']],
    ["in Hamburg it's 20095, near the station", 'DE', ['POSTAL_CODE:20095']],
    // German and French number words in pairs, hyphenated French tens, "un" after a digit, a correction in French.
    ['Postleitzahl siebzig eins eins acht', 'DE', ['POSTAL_CODE:siebzig eins eins acht']],
    ["le code postal c'est trente et... non, quarante-quatre zéro zéro zéro", 'FR', ['POSTAL_CODE:quarante-quatre zéro zéro zéro']],
    ['mon code postal est trente et un... non, 31000', 'FR', ['POSTAL_CODE:31000']],
    // A Canadian postcode spelled aloud, "a" between two digits.
    ['postal code is t two a one a one', 'CA', ['POSTAL_CODE:t two a one a one']],
  ])('%s', (text, country, expected) => expect(of('POSTAL_CODE', found(text, country))).toEqual(expected));

  it.each([
    ['is 2030 too late for you?', 'US'],
    ['is 4000 close to your budget for the implant?', 'AU'],
    ["in March it's 2026 already", 'US'],
    ["in London it's 40 pounds for parking", 'GB'],
    ['is A1 near you or do I take the train', 'GB'],
    ['is a1 near you or do i take the train', 'GB'],
    ['is M62 closed again?', 'GB'],
    ["j'ai douze ans et deux dents qui bougent", 'FR'],
    ['it costs vingt euros, sorry, twenty euros', 'FR'],
  ])('%s: no postcode', (text, country) => expect(of('POSTAL_CODE', found(text, country))).toEqual([]));
});
