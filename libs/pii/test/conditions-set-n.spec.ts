import { found, of } from './fixture';

/**
 * Set N's classes of conditions (session 27): a condition said of a group, not a person, is left alone; the same
 * condition said of someone in or beside the group is still masked. Wordings of our own, none from the corpus.
 */
const conditions = (text: string, speaker = 'caller') => of('MEDICAL_CONDITION', found([[speaker, text]], 'GB'));

describe('a condition said of a group of people', () => {
  it.each([
    'my dentist says most kids get a cavity or two',
    'lots of adults have gum disease without knowing',
    'half the class came down with chickenpox last term',
    'everyone at the office has got that flu',
    "everybody's had the stomach bug this week",
    'loads of kids have caught the norovirus in year two',
    'the nurse said many women get gingivitis',
    "everybody in my nephew's class has had nits",
    'all the staff are down with covid',
    'kids at nursery get conjunctivitis all the time',
    'kids these days all have cavities from the fizzy drinks',
    'a lot of people suffer from migraines round here',
    'the whole school has had scarlet fever this month',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));

  it.each([
    ['my son and everybody in his class has norovirus', ['MEDICAL_CONDITION:norovirus']],
    ['I have gum disease, like most adults', ['MEDICAL_CONDITION:gum disease']],
    ['my daughter has chickenpox, half the class has it', ['MEDICAL_CONDITION:chickenpox']],
    ['my wife has had the flu, everyone at her work has', ['MEDICAL_CONDITION:the flu']],
    // The looser crowd ("half the office have had") is held to the same exception: the caller is in it.
    ['me and half the office have had the flu', ['MEDICAL_CONDITION:the flu']],
  ])('%s keeps the person’s', (text, expected) => expect(conditions(text)).toEqual(expected));
});

describe('a condition’s boundary, as the sets label it', () => {
  it.each([
    ['my husband has a dull pain when he chews', ['MEDICAL_CONDITION:a dull pain']],
    ["there's a shooting pain when i drink anything cold", ['MEDICAL_CONDITION:a shooting pain']],
    ['she gets pain when she swallows', ['MEDICAL_CONDITION:pain when she swallows']],
    ['my son has a swelling on his cheek', ['MEDICAL_CONDITION:a swelling']],
    ['I have a lump on my gum', ['MEDICAL_CONDITION:a lump on my gum']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
});

describe('what a medicine is for, and conditions in the clinics’ other languages', () => {
  it.each([
    ['I take bisoprolol, for the blood pressure', ['MEDICAL_CONDITION:blood pressure']],
    ['she takes metformin, for her sugar', ['MEDICAL_CONDITION:sugar']],
    ['he is on digoxin, for his heart', ['MEDICAL_CONDITION:heart']],
    ['I take aspirin for the heart', []],
    ['mein Vater hat Herzinsuffizienz', ['MEDICAL_CONDITION:Herzinsuffizienz']],
    ['ma mère a une insuffisance cardiaque', ['MEDICAL_CONDITION:une insuffisance cardiaque']],
    ['my nephew has a seizure disorder', ['MEDICAL_CONDITION:a seizure disorder']],
  ])('%s', (text, expected) => expect(conditions(text)).toEqual(expected));
});
