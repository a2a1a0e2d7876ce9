import { found, of } from './fixture';

/**
 * Task 10c's classes (conditions, medicines, insurance ids from sets G, H and J's misses), each with
 * wordings of our own: what is found, and what is left alone.
 */
const conditions = (text: string | Array<[string, string]>) => of('MEDICAL_CONDITION', found(text));
const medicines = (text: string) => of('MEDICATION', found(text));
const insuranceIds = (text: string | Array<[string, string]>) => of('INSURANCE_ID', found(text));

describe('a condition takes its indefinite article', () => {
  it.each([
    ['I reckon I have an abscess on the left', ['MEDICAL_CONDITION:an abscess']],
    ['my sister has a swollen cheek since Sunday', ['MEDICAL_CONDITION:a swollen cheek']],
    ['he was told it is a murmur, nothing serious', ['MEDICAL_CONDITION:a murmur']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));

  it('an acronym takes it too', () => expect(conditions('my mum has a UTI again')).toEqual(['MEDICAL_CONDITION:a UTI']));
  it('no article, nothing added', () => expect(conditions('I have asthma')).toEqual(['MEDICAL_CONDITION:asthma']));
});

describe("operations of someone's history", () => {
  it.each([
    ['my grandad had a triple bypass two years ago', ['MEDICAL_CONDITION:a triple bypass']],
    ["she's had a hip replacement so stairs are slow", ['MEDICAL_CONDITION:a hip replacement']],
    ['he needs a knee replacement next spring', ['MEDICAL_CONDITION:a knee replacement']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));

  it.each([
    'how long is the recovery from a bypass usually',
    'the dentist says I need a root canal on the upper one',
    'Dr Ahn referred me for a gum graft',
    'the road bypass is closed so I might be late',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});

describe('insurers named with their ids', () => {
  it.each([
    ['my green shield id is GS4471 2093', ['INSURANCE_ID:GS4471 2093']],
    ['it is Canada Life certificate 5520 1934', ['INSURANCE_ID:5520 1934']],
  ])('%s', (text, expected) => expect(insuranceIds(text)).toEqual(expected));

  it.each([
    [[['agent', 'And your Simplyhealth reference?'], ['caller', 'SH-2207 9913']], ['INSURANCE_ID:SH-2207 9913']],
    [[['agent', 'Manulife certificate number, please?'], ['caller', '4 4 0 9 1 2 7']], ['INSURANCE_ID:4 4 0 9 1 2 7']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(insuranceIds(turns)).toEqual(expected));

  it('an insurer named with no number after it', () => expect(insuranceIds('I switched to Bupa in 2021 from Aviva')).toEqual([]));
});

describe("a bare 'ID' in talk of insurance", () => {
  it.each([
    ['Cigna through my job, group 30917 and my ID is U 5510 2298 01', ['INSURANCE_ID:30917', 'INSURANCE_ID:U 5510 2298 01']],
    ['the plan is through the union and my ID is KPX83019927', ['INSURANCE_ID:KPX83019927']],
  ])('%s', (text, expected) => expect(insuranceIds(text)).toEqual(expected));

  it.each([
    'my ID is 44719 at the gym, can I park there',
    'I brought my photo ID 55120 times already',
  ])('%s is no insurance id', (text) => expect(insuranceIds(text)).toEqual([]));
});

describe('conditions said of nobody', () => {
  it.each([
    'is it true that gum disease is linked to diabetes?',
    'bad teeth run in families, my gran always said',
    'do you see patients with epilepsy at that clinic?',
    'so many people are allergic to peanuts these days',
    'colic is hard at that age, asking for a friend',
  ])('%s', (text) => expect(conditions(text)).toEqual([]));

  it('a condition of the caller stays', () => expect(conditions('I have epilepsy, is that a problem for the sedation')).toEqual(['MEDICAL_CONDITION:epilepsy']));
});

describe('procedures and preparations that are no medicine', () => {
  it.each(['the veneer prep is booked for Tuesday', 'can I move my prep appointment'])('%s', (text) => expect(medicines(text)).toEqual([]));
  it('PrEP the medicine', () => expect(medicines("I'm on PrEP, does that matter")).toEqual(['MEDICATION:PrEP']));
  it('dialysis is a treatment, not a condition', () => expect(conditions('my mum is on dialysis on Fridays')).toEqual([]));
});

describe('lay complaints', () => {
  it.each([
    ["my dad's got a loose crown again", ['MEDICAL_CONDITION:a loose crown']],
    ['she has a loose back tooth from a fall', ['MEDICAL_CONDITION:a loose back tooth']],
    ["my nan is in a lot of pain with her gums", ['MEDICAL_CONDITION:in a lot of pain']],
    ['he keeps getting mouth sores', ['MEDICAL_CONDITION:mouth sores']],
    ["the rash is getting worse since Monday", ['MEDICAL_CONDITION:rash']],
    ['my front tooth snapped in half at hurling', ['MEDICAL_CONDITION:front tooth snapped in half']],
    ["her jaw's dislocated I think", ["MEDICAL_CONDITION:jaw's dislocated"]],
    ['my tooth is killing me since last night', ['MEDICAL_CONDITION:tooth is killing me']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));

  it.each([
    'my daughter has a loose tooth.',
    'the traffic is getting worse every year',
    'I was in pain management training all week at work',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});

describe('brands of other countries and of newer medicines', () => {
  it.each([
    ['she takes Trikafta twice a day', ['MEDICATION:Trikafta']],
    ['le pharmacien m’a donné du Spifen', ['MEDICATION:Spifen']],
  ])('%s', (text, expected) => expect(medicines(text)).toEqual(expected));
});

describe("answers to the agent's question about conditions", () => {
  it.each([
    [[['agent', 'Any medical conditions we should know about?'], ['caller', 'asthma and the thyroid']], ['MEDICAL_CONDITION:asthma', 'MEDICAL_CONDITION:thyroid']],
    [[['agent', 'And what is that one for?'], ['caller', 'blood clots after my surgery']], ['MEDICAL_CONDITION:blood clots']],
    [[['agent', "What's going on with the molar?"], ['caller', "it's chipped, it happened at dinner"]], ['MEDICAL_CONDITION:chipped']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(conditions(turns)).toEqual(expected));

  it.each([
    [['agent', 'What time suits you?'], ['caller', "the thyroid clinic is after, so it's cracked my whole day"]],
    [['caller', 'Any medical conditions I should mention?'], ['agent', 'the thyroid, if you have it']],
  ] as Array<Array<[string, string]>>)('%j is left alone', (...turns) => expect(conditions(turns)).toEqual([]));
});

describe('a bare strength after a medicine', () => {
  it.each([
    ['he takes metformin 850 with breakfast', ['MEDICATION:metformin 850']],
    ['I have paracetamol 500 mg at home', ['MEDICATION:paracetamol']],
    ['Advil 2 times a day', ['MEDICATION:Advil']],
  ])('%s', (text, expected) => expect(medicines(text)).toEqual(expected));
});

describe('more lay states', () => {
  it.each([
    ["the back one came out half way and now it's impacted", ['MEDICAL_CONDITION:impacted']],
    ['my jaw aches and it locks up when I yawn', ['MEDICAL_CONDITION:jaw aches', 'MEDICAL_CONDITION:locks up']],
    ["my son's glands are up again", ["MEDICAL_CONDITION:glands are up"]],
    ['she has a red patch under her tongue', ['MEDICAL_CONDITION:a red patch under her tongue']],
    ["my husband's got type 2 and a bad knee", ['MEDICAL_CONDITION:type 2', 'MEDICAL_CONDITION:a bad knee']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));

  it.each(["the strike has impacted our plans", 'the market is up again today', 'she has a red car parked outside'])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});

describe('a payer named in the agent greeting asks for nothing', () => {
  it('the answer after "Bupa Dental Care, how can I help?" is no member id', () =>
    expect(insuranceIds([['agent', 'Bupa Dental Care Leeds, how can I help?'], ['caller', 'hi, booking for 2 people, my mobile is 07700 900123']])).toEqual([]));
  it('a fact about a medicine names nobody', () => expect(medicines('I heard amoxicillin allergy is pretty common, is that so')).toEqual([]));
});

describe('a plan number', () => {
  it('five digits after "plan"', () => expect(insuranceIds('Sun Life, plan 60217, and the certificate is 44 1902 7')).toEqual(['INSURANCE_ID:60217', 'INSURANCE_ID:44 1902 7']));
  it.each(['the plan is 3000 dollars a year right?', 'my plan 2025 renewal came in the post'])('%s is none', (text) => expect(insuranceIds(text)).toEqual([]));
});

it('a number run after a medicine is no strength of it', () => expect(found('metformin 4111 1111 1111 1111')).toEqual(['MEDICATION:metformin', 'CREDIT_CARD:4111 1111 1111 1111']));

describe('more said of nobody', () => {
  it.each([
    [[['agent', 'What seems to be the problem?'], ['caller', "it's broken, the booking page I mean"]]],
  ] as Array<[Array<[string, string]>]>)('%j', (turns) => expect(conditions(turns)).toEqual([]));
  it.each(['I had a hip replacement quote from another clinic', 'should people with a loose crown come in quick?'])('%s', (text) => expect(conditions(text)).toEqual([]));
});
it('a house number after a medicine is no strength of it', () =>
  expect(found('still on sertraline 88 Larkspur Close, Leeds LS6 2QT')).toEqual(['MEDICATION:sertraline', 'STREET_ADDRESS:88 Larkspur Close, Leeds LS6 2QT']));
