import { found, of } from './fixture';

/**
 * A caller's turn that opens with a name and goes straight on to another fact (issue 10, set L's classes), in wordings of
 * our own: what is masked, and the near miss a turn opening with a medicine, a month, a town or a cue word leaves alone.
 */

const people = (turns: Parameters<typeof found>[0]) => of('PERSON', found(turns));

describe('a name opening a turn before another fact, with no cue word', () => {
  it.each([
    ['Priyanka toothache since Sunday', 'Priyanka'],
    ['Oksana (02) 9555 0143', 'Oksana'],
    ['Tamati 22 March 1979', 'Tamati'],
    ['Wiremu Metformin', 'Wiremu'],
    ['Folasade on sertraline', 'Folasade'],
    ['Lorcan my filling fell out', 'Lorcan'],
    ['Jarrah i have a chipped tooth', 'Jarrah'],
    ['um Dimitris Papadakis for the nine thirty', 'Dimitris Papadakis'],
    ['Giulietta sixth of June ninety one', 'Giulietta'],
    ['Joost prend du Doliprane', 'Joost'],
    // A word of no list is a name before a span found or a date.
    ['Ngozika Voltaren gel', 'Ngozika'],
    ['Tokala 3/9/1988', 'Tokala'],
    // A name found in part is read whole; a surname's prefix makes a lowercase word of no list a name.
    ['Maria Serra i Vidal, mi teléfono es +34 611 22 33 44', 'Maria Serra i Vidal'],
    ["ted o'flanagan i'm booked for friday", "ted o'flanagan"],
  ])('%s', (text, name) => expect(people(text)).toEqual([`PERSON:${name}`]));

  it.each([
    'Penicillin allergy, is that a problem',
    'Tuesday 3pm works',
    'Sorry i have a question about my bill',
    'Sure my number is 0412 555 019',
    'Sore gums again since the cleaning',
    'Ibuprofen 400 twice a day',
    'IBAN GB29 NWBK 6016 1331 9268 19',
    'Postleitzahl 10115',
    'Gate 4 is closed',
    'grace period for the invoice is two weeks',
    'Denplan, my reference is DP 0044 1190',
    // One word of no list before a clause is a brand or a place; one word before a postcode is its town.
    'Sensodyne i have been using for years',
    'Vodafone my phone keeps dropping',
    'Lyon 69003',
    'Sydney 2000',
  ])('%s has no name', (text) => expect(people(text)).toEqual([]));

  it('a place answering "suburb and postcode" is no name', () =>
    expect(people([['agent', 'Suburb and postcode?'], ['caller', 'Carlton, 3053']])).toEqual([]));
});

describe('a name that is also a word, only with the fact right after it', () => {
  it('Will needs ...', () => expect(people('Will needs a check up before camp')).toEqual(['PERSON:Will']));
  it('Hope has ...', () => expect(people('Hope has a loose tooth')).toEqual(['PERSON:Hope']));
  it.each(['Faith lost her bag in the car park', 'Will you be open on Monday', 'Hope you can fit me in', 'Grace period on the bill please'])('%s has no name', (text) => expect(people(text)).toEqual([]));
});

describe('a cue after the name: "is the surname", "is my last name"', () => {
  it.each([
    ['Okonkwo is the surname, i have a loose crown', 'Okonkwo'],
    ['van der Linden is the surname, and i take Ventolin', 'van der Linden'],
    ['Ramanathan is my last name', 'Ramanathan'],
    ['Szymańska, that\'s my surname', 'Szymańska'],
  ])('%s', (text, name) => expect(people(text)).toContain(`PERSON:${name}`));

  it('"Monday is the day" is no name', () => expect(people('Monday is the day i can come')).toEqual([]));
});

describe('"it\'s X i live at ...": a capitalised word of no list closing the clause before "i" and a verb', () => {
  it.each([
    ["it's Folake i live at 12 Acacia Road", 'Folake'],
    ["this is Mei i have a cracked molar", 'Mei'],
  ])('%s', (text, name) => expect(people(text)).toEqual([`PERSON:${name}`]));

  // A month of another language before a day ("Mei" is Dutch May, but a given name too since the lexicon's longer tail: ambiguous, so not tested).
  it("it's Juni 5 i think (a month before a day) is no name", () => expect(people("it's Juni 5 i think")).toEqual([]));
});

describe('name questions in other languages', () => {
  it.each([
    ['Votre nom de famille ?', 'de Vries'],
    ['Ihr Nachname, bitte?', 'van Dijk'],
    ['¿Su apellido?', 'de la Fuente'],
    ['Wat is uw achternaam?', 'van den Bosch'],
    ['Il suo cognome?', 'Esposito'],
  ])('%s', (question, name) => expect(people([['agent', question], ['caller', name]])).toEqual([`PERSON:${name}`]));
});

describe('a spelling after "last name", read whole', () => {
  it.each([
    ['surname P E T R O V A first name Irina', ['PERSON:P E T R O V A', 'PERSON:Irina']],
    ['my last name is O Y E L A R A N', ['PERSON:O Y E L A R A N']],
  ])('%s', (text, names) => expect(people(text)).toEqual(names));

  it('an acronym after "last name" is no spelling of it', () => expect(people('last name on the D O B form is wrong')).toEqual([]));
});

describe("a licence's issuer opening the turn is no name", () => {
  it("it's Oregon, then the licence number", () => expect(people("it's Oregon, 7 1 4 9 2 2 8 1")).toEqual([]));
  it('a name before the licence is still a name', () => expect(people('Oregon Pratt, licence 7149228')).toEqual(['PERSON:Oregon Pratt']));
});
