import { found, of } from './fixture';

/**
 * The last filter over every condition mask (`condition-precision.ts`, `condition-effects.ts`, `condition-idioms.ts`):
 * condition words said of nobody's body are left alone, and the same words said as someone's still masked. Wordings
 * of our own, none from the corpus.
 */
const conditions = (text: string, speaker = 'caller') => of('MEDICAL_CONDITION', found([[speaker, text]], 'GB'));

describe('a condition naming a department, a team, a service or a product', () => {
  it.each([
    'can you put me through to the cardiology department',
    "she's a nurse in the dementia ward at the general",
    'i volunteer for a cancer charity on weekends',
    'is the asthma clinic on a Tuesday',
    "I'm ringing from the diabetes centre about a joint patient",
    'my brother works for the heart foundation',
    'is there parking near the oncology unit',
    "my sister's a diabetes educator",
    'the pain team at the hospital sent a letter',
    'we are running a breast cancer walk next month',
    'the diabetic foot clinic moved to the new building',
    'is the eczema cream the same as the steroid one',
    'does the plan pay for tmj splints',
    'does the policy include periodontitis treatment',
    'is there cover for gum disease management',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));

  it.each([
    ['I have diabetes and see the diabetes nurse every month', ['MEDICAL_CONDITION:diabetes']],
    ['he is under the heart failure team because he has heart failure', ['MEDICAL_CONDITION:heart failure']],
    ["my mum's diabetes treatment is at the hospital", ['MEDICAL_CONDITION:diabetes']],
    ['my gum disease treatment was stopped when I moved', ['MEDICAL_CONDITION:gum disease']],
  ])('%s keeps the person’s', (text, expected) => expect(conditions(text)).toEqual(expected));
});

describe('an effect of a treatment, asked about or forecast', () => {
  it.each([
    'does the soreness go away after a day or two',
    'how long will the swelling last after the wisdom tooth comes out',
    'is there much bleeding after a deep clean',
    'is it normal to have sensitivity after a filling',
    'will there be any pain after the crown is fitted',
    'how bad is the pain after a root canal usually',
    'the swelling, how long does it last normally',
    "what happens if the numbness doesn't wear off",
    'any swelling after the extraction is normal, right',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));

  it.each(['You may have some swelling for a day or two after the extraction.', 'Some patients feel a bit of sensitivity after whitening, that is normal.'])('the agent saying %s is left alone', (text) =>
    expect(conditions(text, 'agent')).toEqual([]),
  );

  it.each([
    'will the numbness in my tongue go away, it has been two days',
    'the swelling in my cheek has not gone down since Monday',
    'my face is still swollen after the extraction, is that normal',
  ])('%s is still a condition', (text) => expect(conditions(text)).toHaveLength(1));
});

describe('a condition said of anyone, as a topic, or as a policy’s terms', () => {
  it.each([
    'fillings can get infected if they leak, right',
    'smoking can cause gum disease, is that true',
    'gum disease can lead to tooth loss, the hygienist said',
    'if somebody has got a toothache, do you see them on a Sunday',
    'while you are pregnant are x-rays ok',
    'is there a leaflet about dry mouth',
    'i read an article on gum disease and got worried',
    'does my cover include treatment for gum disease',
    'is periodontitis covered or is that extra',
    'does the policy exclude pre-existing conditions like diabetes',
    'do you check the tongue for cancer at a checkup',
    'what are the signs of an abscess',
    'do you get more cavities when you are pregnant',
    'there is chicken pox at the nursery',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));

  it.each([
    ['I was diagnosed with gum disease and the hygienist said it can lead to tooth loss', 'MEDICAL_CONDITION:gum disease'],
    ['my grinding can wear my teeth down, the dentist said', 'MEDICAL_CONDITION:grinding'],
    ['if I have an abscess will you see me today', 'MEDICAL_CONDITION:an abscess'],
    ['the dentist said I have signs of gum disease', 'MEDICAL_CONDITION:gum disease'],
  ])('%s keeps the person’s', (text, expected) => expect(conditions(text)).toEqual([expected]));
});

describe('a treatment beside the condition it treats', () => {
  it('is the condition, not the chemo', () => expect(conditions('my aunt did chemo for bowel cancer two years ago')).toEqual(['MEDICAL_CONDITION:bowel cancer']));
});

describe('an idiom', () => {
  it.each([
    "it's a nightmare getting through to you lot",
    'what a headache this booking system is',
    'such a pain having to ring back',
    "that's a real pain, I'll have to move my shifts",
    'you nearly gave me a heart attack with that price',
    'I almost had a stroke when I saw the invoice',
    'the kids are giving me a migraine this morning',
    'the hold music is giving me a headache',
    'I nearly fainted at the price',
    "that's a sore point with my husband, the bill",
    'this parking is a right pain in the backside',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));

  it.each([
    ["I've got a headache behind my eyes", 'MEDICAL_CONDITION:a headache'],
    ['I had a heart attack last year so I am on blood thinners', 'MEDICAL_CONDITION:a heart attack'],
    ['I nearly fainted when I stood up this morning', 'MEDICAL_CONDITION:fainted'],
  ])('%s keeps the person’s', (text, expected) => expect(conditions(text)).toEqual([expected]));

  it("there's a sore spot on my gum is still a condition", () => expect(conditions("there's a sore spot on my gum")).toHaveLength(1));
});

describe('a medicine asked about for what it does', () => {
  const medicines = (text: string) => of('MEDICATION', found([['caller', text]], 'GB'));
  it.each(['does ibuprofen make you drowsy', 'how long does the lidocaine last', 'when does the articaine wear off'])('%s is left alone', (text) => expect(medicines(text)).toEqual([]));
  it.each([
    ['I take ibuprofen, does it affect the numbing', 'MEDICATION:ibuprofen'],
    ['my amoxicillin makes me sick', 'MEDICATION:amoxicillin'],
  ])('%s keeps the person’s', (text, expected) => expect(medicines(text)).toEqual([expected]));
});

describe('a condition asked about as a thing, made for, or said of anyone', () => {
  it.each([
    'Our diabetes-friendly appointments are in the mornings.',
    'the arthritis-friendly toothbrush, do you stock it',
    "what's dry socket, my mate said it's the worst",
    'how common is gum disease in teenagers',
    "my nan always said a cold sore means you're run down",
    'um does the cleaning make your gums bleed like normally',
    'so with braces do your teeth ache at first or',
    'is there an asthma plan I need to bring',
    'my heart sank when I saw the price',
  ])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));

  it.each(["It's normal to have a bit of sensitivity after whitening.", 'The anaesthetic can make your lip feel numb for a few hours.'])('the agent saying %s is left alone', (text) =>
    expect(conditions(text, 'agent')).toEqual([]),
  );

  it.each([
    ['my son has arthritis and needs a friendly dentist', 'MEDICAL_CONDITION:arthritis'],
    ["my daughter's asthma plan says no nitrous", 'MEDICAL_CONDITION:asthma'],
    ['my heart is racing and my jaw hurts', 'MEDICAL_CONDITION:heart'],
  ])('%s keeps the person’s', (text, expected) => expect(conditions(text)).toContain(expected));
  it('the agent saying "your gums are bleeding" still masks it', () => expect(conditions('So your gums are bleeding when you brush, is that right?', 'agent').length + conditions('Your gums are bleeding a lot today.', 'agent').length).toBeGreaterThan(0));
});

describe('"your" in a statement is the patient\'s, in a question anyone\'s', () => {
  it.each([
    ['Hi {firstName}, about your diabetes check, reply YES.', 'MEDICAL_CONDITION:diabetes'],
    ['a reminder that your asthma review is due', 'MEDICAL_CONDITION:asthma'],
    ['we have your gingivitis on the notes from last time', 'MEDICAL_CONDITION:gingivitis'],
  ])('%s masks the condition', (text, expected) => expect(conditions(text)).toContain(expected));

  it.each(['so with braces do your teeth ache at first or', 'will the braces make your teeth ache?', 'does a clean make your gums bleed'])('%s is left alone', (text) => expect(conditions(text)).toEqual([]));
});
