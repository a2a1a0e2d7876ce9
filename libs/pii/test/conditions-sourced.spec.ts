import { found, of } from './fixture';
import { DENTAL_DIAGNOSES, LAY_NAMES, NHS_A_TO_Z, SENSATIONS, SOURCED_CONDITIONS } from '../src/dictionaries/medical-sourced';
import { split } from '../src/dictionaries/medical-terms';

/**
 * The sourced condition lists (`medical-sourced.ts`) and the lay state words before a body part, with wordings of our own:
 * what is masked (with its indefinite article, which `condition-extent.ts` masks too), and the near misses (a product, a pet, a remark about nobody, a question) that are left alone.
 */
const conditions = (text: string) => of('MEDICAL_CONDITION', found(text));

describe('the sourced lists', () => {
  it('hold lower-case terms, each said once within its list', () => {
    for (const list of [NHS_A_TO_Z, DENTAL_DIAGNOSES, LAY_NAMES, SENSATIONS]) {
      const terms = split(list);
      expect(terms.filter((t) => t !== t.toLowerCase())).toEqual([]);
      expect(terms.length).toBe(new Set(terms).size);
    }
  });

  it('leave out words with everyday meanings', () => {
    for (const word of ['piles', 'cold', 'burns', 'gap', 'crowding', 'stitch']) expect(SOURCED_CONDITIONS).not.toContain(word);
  });
});

describe('a condition named by the NHS A to Z, said of a person', () => {
  it.each([
    ['my husband has myasthenia gravis so he tires quickly', 'MEDICAL_CONDITION:myasthenia gravis'],
    ["she's got polymyalgia rheumatica and takes steroids", 'MEDICAL_CONDITION:polymyalgia rheumatica'],
    ['I was diagnosed with sarcoidosis in the spring', 'MEDICAL_CONDITION:sarcoidosis'],
    ['he had a transient ischaemic attack last year', 'MEDICAL_CONDITION:a transient ischaemic attack'],
    ['my little girl has glue ear', 'MEDICAL_CONDITION:glue ear'],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual([expected]));

  it.each([
    'do you treat patients with myasthenia gravis?',
    'is sarcoidosis common in dentists?',
    "there's a leaflet on glue ear in general at the desk",
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});

describe('a dental diagnosis, clinical or lay', () => {
  it.each([
    ['the hygienist said I have peri-implantitis around the implant', 'MEDICAL_CONDITION:peri-implantitis'],
    ["I've got dentine hypersensitivity on the lower left", 'MEDICAL_CONDITION:dentine hypersensitivity'],
    ['my son has molar incisor hypomineralisation', 'MEDICAL_CONDITION:molar incisor hypomineralisation'],
    ['she has geographic tongue and it stings with spicy food', 'MEDICAL_CONDITION:geographic tongue'],
    ['I think I have trismus after the extraction', 'MEDICAL_CONDITION:trismus'],
    ['he has denture stomatitis under the plate', 'MEDICAL_CONDITION:denture stomatitis'],
    ["I've got a tongue ulcer that won't heal", 'MEDICAL_CONDITION:a tongue ulcer'],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual([expected]));

  it.each([
    'do you do implants for people with peri-implantitis?',
    'do you see patients with geographic tongue?',
    'do you sell the sensitive toothpaste at reception',
    'how much are whitening strips',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});

describe('a lay name for a condition', () => {
  it.each([
    ["I've a bad back so I can't lie flat for long", 'MEDICAL_CONDITION:a bad back'],
    ['my mum has a weak heart', 'MEDICAL_CONDITION:a weak heart'],
    ['my dad had a funny turn on Sunday', 'MEDICAL_CONDITION:a funny turn'],
    ['he has an irregular heartbeat', 'MEDICAL_CONDITION:an irregular heartbeat'],
    ['the socket is fine but I think I have an infected socket now', 'MEDICAL_CONDITION:an infected socket'],
  ])('%s', (text, expected) => expect(conditions(text)).toContain(expected));

  it.each(["the dog's got a bad back, can you recommend a vet", 'is pink eye going around the school?'])('%s is left alone', (text) =>
    expect(conditions(text)).toEqual([]),
  );
});

describe('a lay state word before a body part', () => {
  it.each([
    ['I have a tender gum at the back', 'MEDICAL_CONDITION:a tender gum'],
    ["I've got a tingling tongue since the filling", 'MEDICAL_CONDITION:a tingling tongue'],
    ['she has an abscessed molar', 'MEDICAL_CONDITION:an abscessed molar'],
    ['my son has a knocked-out tooth from rugby', 'MEDICAL_CONDITION:a knocked-out tooth'],
  ])('%s', (text, expected) => expect(conditions(text)).toContain(expected));

  it.each(['the tender is for a new dental chair', 'is the tingling toothpaste any good', "my cat's gums are bleeding again"])('%s is left alone', (text) =>
    expect(conditions(text)).toEqual([]),
  );
});

describe('a symptom word that names a product', () => {
  it.each(['do you stock sore throat lozenges', 'is the tingling mouthwash ok for kids', 'the sensitive toothpaste range is on offer'])(
    '%s is left alone',
    (text) => expect(conditions(text)).toEqual([]),
  );

  it('keeps the symptom said of a person before the product', () =>
    expect(conditions("I've got a sore throat so I bought lozenges")).toEqual(['MEDICAL_CONDITION:a sore throat']));
});

describe('a kind of pain or a sensation the NHS symptom pages name', () => {
  it.each([
    ["I've had a dull ache in the lower left for days", 'MEDICAL_CONDITION:a dull ache'],
    ['there is a numb chin since the extraction on Monday, is that normal for me', 'MEDICAL_CONDITION:a numb chin'],
    ["she's getting hot flushes and her mouth is dry", 'MEDICAL_CONDITION:hot flushes'],
  ])('%s', (text, expected) => expect(conditions(text)).toContain(expected));

  it.each(['parking here is a constant pain', 'the pain of the bill'])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});

describe("the mouth's other parts", () => {
  it.each([
    ['my palate is sore since the hot pizza', 'MEDICAL_CONDITION:palate is sore'],
    ["her chin's still numb from the injection", "MEDICAL_CONDITION:chin's still numb"],
    ['my sinuses are throbbing after the extraction', 'MEDICAL_CONDITION:sinuses are throbbing'],
    ['I have tonsil pain on one side', 'MEDICAL_CONDITION:tonsil pain'],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual([expected]));

  it.each(['the chin rest on the chair is broken', 'is the palate expander sore to wear, in general?'])('%s is left alone', (text) =>
    expect(conditions(text)).toEqual([]),
  );
});
