import { found, of } from './fixture';

/**
 * Task 10g's classes (conditions and medicines from sets I and K's misses), each with wordings of
 * our own: what is found, and what is left alone.
 */
const conditions = (text: string) => of('MEDICAL_CONDITION', found(text));
const medicines = (text: string) => of('MEDICATION', found(text));

describe('a part that swelled up or broke in half', () => {
  it.each([
    ['since last night his cheek has swelled up badly', ['MEDICAL_CONDITION:cheek has swelled up']],
    ['my molar snapped in half on a nut', ['MEDICAL_CONDITION:molar snapped in half']],
    ['her lip is puffed up after the fall', ['MEDICAL_CONDITION:lip is puffed up']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
});

describe('a crack said where it is', () => {
  it('is the condition with its place', () => expect(conditions("there's a crack in my front tooth now")).toEqual(['MEDICAL_CONDITION:a crack in my front tooth']));
  it('a crack in a thing is nothing', () => expect(conditions('a crack in the window upstairs')).toEqual([]));
});

describe('sensitivity with what sets it off', () => {
  it.each([
    ["i've got sensitivity to cold drinks on the left", ['MEDICAL_CONDITION:sensitivity to cold drinks']],
    ['she has some sensitivity to chewing', ['MEDICAL_CONDITION:sensitivity to chewing']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
  it('training about it is nobody\'s', () => expect(conditions('we have sensitivity training on friday')).toEqual([]));
});

describe('what a medicine is for, said without an owner', () => {
  it('"for fits" is the condition', () => expect(conditions('my nephew takes Keppra for seizures')).toEqual(['MEDICAL_CONDITION:seizures']));
});

describe('conditions named by an eponym or a device', () => {
  it.each([
    ['my mother has von Willebrand so she bleeds a lot', ['MEDICAL_CONDITION:von Willebrand']],
    ['mein Vater hat Morbus Bechterew, he is stiff', ['MEDICAL_CONDITION:Morbus Bechterew']],
    ['he has a mechanical valve since 2019', ['MEDICAL_CONDITION:a mechanical valve']],
    ['she had endocarditis as a teenager', ['MEDICAL_CONDITION:endocarditis']],
    ['I have an implant infection I think', ['MEDICAL_CONDITION:an implant infection']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
});

describe('medicines by their regional brands', () => {
  it.each([
    ['she injects Tysabri monthly', ['MEDICATION:tysabri']],
    ['I take Cipralex in the morning', ['MEDICATION:cipralex']],
    ['he uses a Clenil inhaler', ['MEDICATION:clenil']],
  ])('%s', (text, expected) => expect(medicines(text).map((m) => m.toLowerCase())).toEqual(expected.map((m) => m.toLowerCase())));
});

describe('remarks about nobody', () => {
  it.each([
    "Everyone's getting the flu at the office, so be careful",
    'Asthma runs in a lot of families, does it affect teeth?',
    "Is ibuprofen ok before a filling? It's for a school assignment.",
    'do you prescribe valium for nervous people, asking for an article',
  ])('%s', (text) => expect([...conditions(text), ...medicines(text)]).toEqual([]));
});

describe('lay names and slow states said another way', () => {
  it.each([
    ['me nan has the sugar so mornings are best', ['MEDICAL_CONDITION:sugar']],
    ['her gums have receded a lot this year', ['MEDICAL_CONDITION:gums have receded']],
    ["my eczema's flaring again", ["MEDICAL_CONDITION:eczema's"]],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
  it.each(['the cake has the sugar in it already', 'it has the sugar listed twice'])('%s', (text) => expect(conditions(text)).toEqual([]));
});

describe("a product's printed words are nobody's medicine", () => {
  it('the label says', () => expect(medicines('the label says 2.5 percent lidocaine gel')).toEqual([]));
  it('taken, it is', () => expect(medicines('I use lidocaine gel on it')).toEqual(['MEDICATION:lidocaine']));
});

describe('fears and head radiotherapy of a person', () => {
  it.each([
    ["my daughter's fine but she's petrified of the drill", ['MEDICAL_CONDITION:petrified of the drill']],
    ["I'm really scared of injections, can I have gas", ['MEDICAL_CONDITION:scared of injections']],
    ['my uncle had radiotherapy to the neck in 2020', ['MEDICAL_CONDITION:radiotherapy to the neck']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
  it('a crowd afraid is nobody', () => expect(conditions('loads of kids are afraid of the dark')).toEqual([]));
});

describe("children's brands and temporary work", () => {
  it("children's brand is one medicine", () => expect(medicines("she had children's tylenol at six")).toEqual(["MEDICATION:children's tylenol"]));
  it('a temporary crown that came off', () => expect(conditions('my temporary crown fell off at lunch')).toEqual(['MEDICAL_CONDITION:temporary crown fell off']));
});

describe("an insurer's letters printed before its number", () => {
  const ids = (text: string) => of('INSURANCE_ID', found(text));
  it.each([
    ['my medibank number is medibank 4471 0092 1', ['INSURANCE_ID:medibank 4471 0092 1']],
    ['the aok number is a oh kay 7 7 1 2 0 9 3 4', ['INSURANCE_ID:a oh kay 7 7 1 2 0 9 3 4']],
  ])('%s', (text, expected) => expect(ids(text)).toEqual(expected));
  it('without the letters, the number alone', () => expect(ids('my bupa number is 5512 0093 4')).toEqual(['INSURANCE_ID:5512 0093 4']));
});

describe('a member number corrected after a slip', () => {
  const ids = (text: string) => of('INSURANCE_ID', found(text));
  it('the corrected number is an id too', () =>
    expect(ids('my policy number is 5 5 1 2 0 0... sorry, 4 4 8 1 2 0 9 7')).toEqual(expect.arrayContaining(['INSURANCE_ID:4 4 8 1 2 0 9 7'])));
  it('a correction about a time is none', () => expect(ids('the policy office said Tuesday at 3... no wait, 4 pm')).toEqual([]));
  it('a correction out of insurance talk is none', () => expect(ids('the gate code is 1 2 3 4 5 6... no, 6 5 4 3 2 1 0')).toEqual([]));
});

describe('conditions by their clinical endings', () => {
  it.each([
    ['my son has sialadenitis, it came back', ['MEDICAL_CONDITION:sialadenitis']],
    ['she was diagnosed with cardiomyopathy last year', ['MEDICAL_CONDITION:cardiomyopathy']],
    ['I get trigeminal-type neuralgia sometimes', ['MEDICAL_CONDITION:neuralgia']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
  it.each(['the diagnosis came back fine', 'thanks for your sympathy', 'a bit of nostalgia for the old clinic'])('%s', (text) => expect(conditions(text)).toEqual([]));
});

describe("the agent's 'for which condition?'", () => {
  it('the bare answer is the condition', () =>
    expect(of('MEDICAL_CONDITION', found([['agent', 'And for what condition?'], ['caller', 'cholesterol mostly']]))).toEqual(['MEDICAL_CONDITION:cholesterol']));
});
