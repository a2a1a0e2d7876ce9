import { Analysis, Token, tokenize } from '../analysis';
import { CONDITIONS, MEDICATIONS } from '../dictionaries/medical';
import { bodyPartConditions, organTroubles, CLINICAL_CONDITIONS, DENTAL_CONDITIONS, INTERNATIONAL_BRANDS, LAY_CONDITIONS, MEDICINES, REGIONAL_CONDITIONS, REGIONAL_MEDICINES, split, SUPPLEMENTS, SYMPTOMS } from '../dictionaries/medical-terms';
import { SOURCED_CONDITIONS } from '../dictionaries/medical-sourced';
import { PhraseTrie } from '../phrase-trie';
import { Candidate } from '../types';
import { flagWord } from '../word-memo';
import { symptomClauses } from './symptoms';
import { partStates } from './part-states';
import { withArticles } from './condition-extent';
import { hurtsWhen } from './hurts-when';
import { ofAnAnimal } from './of-an-animal';
import { procedures } from './procedures';
import { layStates } from './lay-states';
import { conditionAnswers } from './condition-answers';
import { conditionStems } from './condition-stems';
import { withStrengths } from './medicine-extent';
import { notTheMedicine, remarkOfNobody } from './remarks';
import { notAPersonsCondition } from './condition-precision';
import { saidOfAGroup } from './condition-groups';

type MedicalType = 'MEDICAL_CONDITION' | 'MEDICATION';

/**
 * Generic drug names by their INN stems (WHO's "stems" list): an unseen "-sartan" or "-gliflozin"
 * is a medicine. Only long words, so everyday words with these endings stay out.
 */
const DRUG_STEMS = new Set(
  `pril sartan olol dipine statin mab cillin mycin floxacin cycline prazole tidine gliptin gliflozin glutide oxetine azepam azolam codone
triptan vudine navir tegravir parin xaban gatran lukast terol sonide tropium phylline setron tinib platin rubicin trexate dronate fibrate
semide thiazide conazole prost`.split(/\s+/),
);
const STEM_LENGTHS = [...new Set([...DRUG_STEMS].map((s) => s.length))];
const hasDrugStem = flagWord((word) => STEM_LENGTHS.some((n) => word.length >= n + 3 && DRUG_STEMS.has(word.slice(-n))) && /^[a-z]+$/.test(word));
const NOT_DRUGS = new Set(['terol', 'patrol', 'control', 'petrol', 'cholesterol', 'paramycin', 'metropol', 'capitol']);

/** Lay words that name a condition only as someone's: "my sugar is high", "her pressure", "his heart". */
const OWNED_ONLY = ['clot', 'sugar', 'pressure', 'heart', 'thyroid', 'nerves', 'blood pressure', 'bp', 'cholesterol', 'kidneys', 'liver', 'prostate', 'sugars', 'chest', 'asthma', "pressure's", "sugar's", "asthma's", "eczema's"];
/** Eponyms said without their "'s" that are surnames too ("Dr Parkinson"): a condition only when someone has it. */
const HAD_ONLY = ['parkinson', 'crohn'];
/** A tooth said missing is someone's ("my missing teeth", "I've two missing teeth"), not "implants for missing teeth". */
const HAD_OR_OWNED = ['missing teeth', 'missing tooth', 'missing front tooth', 'missing front teeth', 'missing back teeth'];
const COUNTED = new Set(['two', 'three', 'four', 'few', 'some', 'of', 'several', 'couple']);
const HAVING_BEFORE = new Set(['has', 'have', 'had', 'with', 'got', 'having', 'diagnosed', 'early', 'mild', 'hat', 'a']);
const OWNERS = new Set(['my', 'me', 'his', 'her', 'their', 'our', "mum's", "mom's", "dad's", "son's", "daughter's", "husband's", "wife's", 'your', 'ma', 'for']);
/** A reaction said in answer to "allergies?" is the allergy's, not a condition of its own: "amoxicillin gives me a rash". */
const REACTION_BEFORE = /\b(?:gives? (?:me|him|her|them)|break(?:s)? out in|brings? me out in|come out in|makes? (?:me|him|her) (?:come out in|get))\s*$/;
/** Abbreviations of medicines, read only in capitals: Germany's "ASS 100" (aspirin), Canada's "ASA", "HCTZ", "MTX". */
const CAPITAL_MEDICINES = new Set(['ASS', 'ASA', 'HCTZ', 'MTX', 'GTN', 'NTG', 'APAP']);
/** Acronyms of conditions, read only in capitals: "I've got MS" (not "Ms"), "RA", "MND". */
const CAPITAL_ACRONYMS = new Set(['MS', 'RA', 'MND', 'ALS', 'CF', 'CP', 'ME', 'CKD', 'PKD', 'POTS', 'EDS', 'HFMD', 'UTI']);
/** "she's type 2", "I'm type one": diabetes named by its type after a person. */
const DIABETES_TYPE = /\b(?:i'm|i am|im|she's|he's|she is|he is|they're|they are|i have|i've got|she has|he has|has|(?:[a-z]+'s|they've|we've|i've|has|have) got)\s+(type (?:1|2|one|two|i|ii))\b/g;
/** "kidney disease, stage 3", "diabetes, type one": the stage or type said after a condition belongs to it. */
const QUALIFIER_AFTER = /^,?\s*(?:stage (?:[1-5]|one|two|three|four|five|i{1,3}|iv|v)\b|(?:type|tipo|typ|type de) (?:1|2|one|two|i|ii|uno|dos|eins|zwei|un|deux)\b)(?!\s+diabet)/;
/** "a heart valve thing", "a thyroid problem": the lay word after a condition or an organ names it with it. */
const LAY_SUFFIX_AFTER = /^\s+(?:thing|things|problem|problems|issue|issues|trouble|condition)\b/;
/** "I'm grinding at night": a verb's time is the act's, and the sets label the verb alone (a noun's, "a grinding at night", stays whole). */
const AT_NIGHT = ' at night';
const ACTING_BEFORE = /\b(?:i'm|im|i am|he's|she's|they're|you're|we're|am|is|are|was|were|been|be|keeps?|kept|starts?|started|stop)\s+(?:(?:always|still|really|constantly|just|probably|apparently|definitely|like|also)\s+)*$/;
/** "Will the numbness last long?", "how long does the numbness take to wear off": the anaesthetic's effect asked about, no symptom. */
const ANAESTHETIC_EFFECTS = new Set(['numbness', 'tingling']);
const WEARS_OFF_AFTER = /^\s+(?:last|lasts|wear off|wears off|go away|goes away|go down|take to wear off|takes to wear off|be gone|usually last|normally last)\b/;
/** A condition said as what a person is ("diabetic", "asthmatic", "epileptic"), not what they have. */
const ADJECTIVE = /ic$/;
const MONEY_AFTER = /^\s+(?:sums?|fund|funds|payment|payments)\b/;
/** A symptom word naming a product, not a body: "the tingling toothpaste", "sensitive mouthwash", "sore throat lozenges". */
const PRODUCT_NOUN_AFTER = /^\s+(?:toothpastes?|mouthwash(?:es)?|gels?|strips|lozenges|sprays?|toothbrush(?:es)?|floss|range|formula)\b/;
/** A remark about nobody: "the flu is going around", "do you treat sleep apnea?", "a flu shot". */
const REMARK_AFTER = /^\s*(?:thing |bug |virus )?(?:is |are |has been |have been |has |'s )?(?:(?:all |really |so |very |pretty |quite |super )?common\b|going around|going round|bug|season|shots?|jabs?|vaccines?|vaccinations?|boosters?|injections?|clinics?|awareness|tests?|testing|patients|cases|outbreaks?|specialists?|services?)\b/;
const REMARK_BEFORE = /\b(?:do you|does (?:the|your) (?:doctor|dentist|clinic|practice)|can you|do they|you guys|y'all) (?:treat|see|do|handle|offer|deal with|take|help with|work with)\b[^.?!]*$|\b(?:we|the clinic|the doctor|the dentist|dr \w+) (?:treats?|sees?|handles?|specializes? in|specialises? in)\b[^.?!]*$|\bwhat about\s*$|\b(?:there's|there is) (?:a lot of |lots of |loads of |so much |some )\s*$|\b(?:cause|causes|causing|prevent|prevents|lead to|leads to|linked to|risk of)\s*$|^\s*(?:is|are|can|does|do)\s*$/;
/** A medicine spoken of as a product, not as someone's: "the ibuprofen leaflet says", "the paracetamol packet". */
const PRODUCT_AFTER = /^\s*(?:leaflet|packet|box|label|instructions|insert|advert|ad|website|price|prices|shortage)\b/;
/** What a medicine is taken for, said right after it: "for my back", "for the pressure", "for her allergies". */
const ORGANS = new Set(['heart', 'chest', 'stomach', 'skin', 'bladder', 'prostate']);
const TAKEN_FOR = /^(?:\s+\d+)?(?:\s+(?:mg|tablets?|pills?|daily|every day|at night|in the morning))?,?\s+for\s+(?:my|his|her|their|the|me|ma)\s+(back|knees?|hips?|joints|neck|shoulders?|pressure|blood pressure|sugar|sugars|allergy|allergies|hay fever|heart|cholesterol|thyroid|nerves|anxiety|arthritis|migraines?|headaches|reflux|stomach|skin|acne|asthma|chest|sleep|prostate|bladder|water|gout)\b|^\s+for\s+(fits|seizures|epilepsy)\b/;
/** "no allergies", "never had diabetes": a condition the caller says they do not have is none of theirs. */
const EPONYM = /^[a-zé-]+(?:'s|s')(?: (?:disease|syndrome|palsy))?$/;
const TIMED_BY = /\b(?:after|since|before|following)\s+(?:a|the|my|his|her|their|its)\s+$/;
const NEGATED_BEFORE = /\b(?:no|not|never|never had|don't have|doesn't have|haven't got|hasn't got|without|free of)\s+(?:any\s+)?$/;

const DICTIONARY_CONDITIONS = [...CONDITIONS, ...split(CLINICAL_CONDITIONS), ...split(DENTAL_CONDITIONS), ...split(SYMPTOMS), ...split(LAY_CONDITIONS), ...bodyPartConditions(), ...organTroubles(), ...OWNED_ONLY, ...HAD_ONLY, ...split(REGIONAL_CONDITIONS), ...SOURCED_CONDITIONS];
const DICTIONARY_MEDICATIONS = [...MEDICATIONS, ...split(MEDICINES), ...split(INTERNATIONAL_BRANDS), ...split(SUPPLEMENTS), ...split(REGIONAL_MEDICINES)];
/** A term's first word as the trie keys it (the tokenizer's lowercase), or none for an empty term. */
const firstWord = (term: string) => tokenize(term.trim())[0]?.lower;
/** The first words of the dictionaries' terms, memoised per word: most tokens start none, and one slot read says so. */
const DICTIONARY_FIRST_WORDS = new Set([...DICTIONARY_CONDITIONS, ...DICTIONARY_MEDICATIONS].map(firstWord));
const startsADictionaryTerm = flagWord((w) => DICTIONARY_FIRST_WORDS.has(w));

export class MedicalTerms {
  private readonly phrases: PhraseTrie<MedicalType>;
  private readonly owned: ReadonlySet<string>;
  /** Whether a token may start a term: a dictionary's, or one of the tenant's extras. */
  private readonly mayStart: (token: Token) => boolean;

  constructor(extraConditions: readonly string[] = [], extraMedications: readonly string[] = []) {
    this.phrases = new PhraseTrie<MedicalType>([
      ...[...DICTIONARY_CONDITIONS, ...extraConditions].map((t) => [t, 'MEDICAL_CONDITION'] as const),
      ...[...DICTIONARY_MEDICATIONS, ...extraMedications].map((t) => [t, 'MEDICATION'] as const),
    ]);
    this.owned = new Set(OWNED_ONLY.filter((t) => !CONDITIONS.includes(t)));
    const extraFirstWords = new Set([...extraConditions, ...extraMedications].map(firstWord));
    this.mayStart = extraFirstWords.size === 0 ? (token) => startsADictionaryTerm.of(token) : (token) => startsADictionaryTerm.of(token) || extraFirstWords.has(token.lower);
  }

  /**
   * Conditions and medications: whole words, any case, multi-word terms, one map read per token;
   * minus remarks about nobody in particular, and lay words that are conditions only as someone's.
   */
  find(a: Analysis): Candidate[] {
    const found: Candidate[] = [];
    for (const match of this.phrases.search(a.tokens, this.mayStart)) {
      const m = { start: a.tokens[match.first]!.start, end: a.tokens[match.last]!.end, tag: match.tag };
      const value = a.lower.slice(m.start, m.end);
      // "Are you pregnant?", "Any allergies?", "Are you on blood thinners?": the agent's questions are about nobody yet.
      if (a.agent && inQuestion(a, m.end) && !readBack(a, m.start, m.end)) continue;
      if (m.tag === 'MEDICATION') {
        const sentence = sentenceAround(a, m.start, m.end);
        if (IN_GENERAL.test(a.lower.slice(sentence.from, sentence.to)) || PRODUCT_AFTER.test(a.lower.slice(m.end, m.end + 24)) || askingInGeneral(a) || notTheMedicine(a, m.start, m.end, value)) continue;
      }
      if (m.tag === 'MEDICAL_CONDITION') {
        // "a lump sum", "a growth fund": money, not a body.
        if (MONEY_AFTER.test(a.lower.slice(m.end, m.end + 8)) || PRODUCT_NOUN_AFTER.test(a.lower.slice(m.end, m.end + 14))) continue;
        const after = a.lower.slice(m.end, m.end + 24);
        const previous = a.tokens[match.first - 1]?.lower ?? '';
        // "he has a heart thing": an organ's lay trouble someone has (not "the heart thing at the museum").
        const had = HAVING_BEFORE.has(previous) && (previous !== 'a' || HAVING_BEFORE.has(a.tokens[match.first - 2]?.lower ?? ''));
        if (this.owned.has(value) && !OWNERS.has(previous) && !(had && LAY_SUFFIX_AFTER.test(after))) continue;
        if (HAD_OR_OWNED.includes(value) && (previous === 'for' || !OWNERS.has(previous)) && !had && !COUNTED.has(previous)) continue;
        if (HAD_ONLY.includes(value) && !HAVING_BEFORE.has(a.tokens[match.first - 1]?.lower ?? '')) continue;
        const before = a.lower.slice(Math.max(0, m.start - 30), m.start);
        if (aboutNobody(a, m.start, m.end) || REACTION_BEFORE.test(before) || NEGATED_BEFORE.test(before)) continue;
        if (ANAESTHETIC_EFFECTS.has(value) && before.endsWith('the ') && WEARS_OFF_AFTER.test(after)) continue;
        if (value.endsWith(AT_NIGHT) && ACTING_BEFORE.test(before)) m.end -= AT_NIGHT.length;
        // "immunocompromised after a transplant": an organ-less transplant said as a time is the cause, not the condition.
        if (value === 'transplant' && TIMED_BY.test(before)) continue;
        const qualifier = QUALIFIER_AFTER.exec(a.lower.slice(m.end, m.end + 16));
        // "diabetes, type one" is one name; "I'm diabetic, type two" adds the type to an adjective, and the sets label the adjective alone.
        if (qualifier && !(qualifier[0].startsWith(',') && ADJECTIVE.test(value))) m.end += qualifier[0].length;
        else m.end += LAY_SUFFIX_AFTER.exec(after)?.[0].length ?? 0;
      }
      // "for Crohn's", "with Parkinson's": a disease named for its describer, possessive and all, is the disease and not a
      // person's name (the dictionary holds the whole eponym, so "Crohn" alone is nobody's condition).
      const eponym = m.tag === 'MEDICAL_CONDITION' && EPONYM.test(value);
      found.push({ type: m.tag, start: m.start, end: m.end, rule: m.tag === 'MEDICATION' ? 'medical.medication' : 'medical.condition', confidence: eponym ? 0.97 : 0.9, value });
    }
    const stems = conditionStems(a).filter((c) => !found.some((f) => f.start < c.end && c.start < f.end));
    for (const c of [...symptomClauses(a), ...partStates(a), ...procedures(a), ...layStates(a), ...conditionAnswers(a), ...hurtsWhen(a), ...stems]) {
      if ((a.agent && inQuestion(a, c.end)) || aboutNobody(a, c.start, c.end, false) || NEGATED_BEFORE.test(a.lower.slice(Math.max(0, c.start - 30), c.start))) continue;
      found.push(c);
    }
    // "tylenol 3 for my back", "lisinopril for the pressure": what a medicine is for is the condition of whoever takes it.
    for (const f of found.filter((m) => m.type === 'MEDICATION')) {
      const taken = TAKEN_FOR.exec(a.lower.slice(f.end, f.end + 40));
      // "Marcumar for the heart": an organ said with "the" is the organ it works on (the sets leave it, two labels to one); "for my heart" is someone's.
      if (!taken || (ORGANS.has(taken[1] ?? '') && /\bthe\s+\w+$/.test(taken[0]))) continue;
      const reason = [taken[0], taken[1] ?? taken[2]!] as const;
      const start = f.end + reason[0].length - reason[1]!.length;
      if (!found.some((m) => m.start < start + reason[1]!.length && start < m.end)) found.push({ type: 'MEDICAL_CONDITION', start, end: start + reason[1]!.length, rule: 'medical.taken_for', confidence: 0.88, value: reason[1]! });
    }
    for (let n = 0; n < a.tokens.length; n++) {
      const token = a.tokens[n]!;
      if (token.text.length < 2 || token.text.length > 4) continue;
      if (CAPITAL_MEDICINES.has(token.text)) {
        // "ASS 100", "ASA 81 mg": with its dose after it; a capitalised "ASS" alone is anything.
        const next = a.tokens[n + 1];
        if (next?.kind === 'number' && next.text.length <= 4 && !found.some((f) => f.start <= token.start && token.start < f.end)) {
          found.push({ type: 'MEDICATION', start: token.start, end: token.end, rule: 'medical.medicine_abbreviation', confidence: 0.86, value: token.lower });
        }
        continue;
      }
      if (!CAPITAL_ACRONYMS.has(token.text)) continue;
      if (!found.some((f) => f.start <= token.start && token.start < f.end) && !aboutNobody(a, token.start, token.end)) {
        found.push({ type: 'MEDICAL_CONDITION', start: token.start, end: token.end, rule: 'medical.acronym', confidence: 0.86, value: token.lower });
      }
    }
    for (const match of a.lower.includes('type') ? a.lower.matchAll(DIABETES_TYPE) : []) {
      const start = match.index! + match[0].length - match[1]!.length;
      if (!found.some((f) => f.start <= start && start < f.end)) found.push({ type: 'MEDICAL_CONDITION', start, end: start + match[1]!.length, rule: 'medical.condition', confidence: 0.88, value: match[1]! });
    }
    for (const token of a.tokens) {
      if (token.kind !== 'word' || token.text.length < 7 || !hasDrugStem.of(token) || NOT_DRUGS.has(token.lower)) continue;
      if (found.some((f) => f.start <= token.start && token.end <= f.end) || (a.agent && inQuestion(a, token.end)) || askingInGeneral(a) || notTheMedicine(a, token.start, token.end, token.lower)) continue;
      found.push({ type: 'MEDICATION', start: token.start, end: token.end, rule: 'medical.drug_stem', confidence: 0.85, value: token.lower });
    }
    const masks = withStrengths(a, withArticles(a, found));
    // Whichever rule found a condition, the ways it is said of nobody are read last, once.
    return masks.some((c) => c.type === 'MEDICAL_CONDITION') ? masks.filter((c) => c.type !== 'MEDICAL_CONDITION' || !notAPersonsCondition(a, c, masks)) : masks;
  }
}

/**
 * "And it's amoxicillin five hundred, correct?", "So you're on Eliquis, right?": the agent reading back what the caller
 * said asks about the caller's own medicine, not about anyone's.
 */
const READ_BACK_START = /(?:^|[.?!]\s+)(?:(?:and|so|ok|okay|ok so|okay so|right|and so)\s+)?(?:it's|it is|that's|that is|you're on|you are on|you're taking|you take|we have you on|i have you on|you said)\s+(?:still\s+)?$/;
const READ_BACK_TAG = /^[^.?!]{0,30}?,?\s*(?:correct|right|is that (?:right|correct)|yeah|yes)\s*\?/;
function readBack(a: Analysis, start: number, end: number): boolean {
  return READ_BACK_START.test(a.lower.slice(Math.max(0, start - 40), start)) || READ_BACK_TAG.test(a.lower.slice(end, end + 40));
}

function inQuestion(a: Analysis, end: number): boolean {
  const stop = a.text.slice(end).search(/[.?!]/);
  return stop !== -1 && a.text[end + stop] === '?';
}

/** A sentence that says it speaks "in general" speaks of nobody in particular. */
const IN_GENERAL = /\bin general\b|\bgenerally\b/;
/** A turn that says its question is asked in general, anywhere in it: "Is the 500 mg dose ok for a kid? I'm asking in general." */
const ASKING_IN_GENERAL = /\b(?:asking|ask|question is|wondering) (?:in general|generally|hypothetically|for a (?:flyer|leaflet|newsletter|poster|school \w+|class project|project))\b|\bfor an? (?:article|blog|essay|story|school project|class project)\b|\bit's for a (?:school|class|uni|college) \w+/;
/** Whether the turn says so, read once per turn: the rules ask it of every term they find. */
const askedInGeneral = new WeakMap<Analysis, boolean>();
function askingInGeneral(a: Analysis): boolean {
  let said = askedInGeneral.get(a);
  if (said === undefined) askedInGeneral.set(a, (said = ASKING_IN_GENERAL.test(a.lower)));
  return said;
}
/** A condition someone may have, said to anyone: "reschedule if you have a fever", "if anyone has a cold". */
const IF_ANYONE_HAS = /\bif (?:you|anyone|anybody|someone|somebody|a patient|patients|your child|kids)(?: have| has|'ve got| have got| get| gets| develop| develops| are| is| feel| feels| come down with| comes down with)\b(?:[^.?!;]{0,40}\b(?:or|and))?(?: a| an| any)?\s*$/;

function sentenceAround(a: Analysis, start: number, end: number): { from: number; to: number } {
  const from = Math.max(a.lower.lastIndexOf('.', start - 1), a.lower.lastIndexOf('?', start - 1), a.lower.lastIndexOf('!', start - 1)) + 1;
  const stop = a.lower.slice(end).search(/[.?!]/);
  return { from, to: stop === -1 ? a.lower.length : end + stop };
}

/** "loads of people get bleeding gums when they're pregnant": what a crowd is when it gets something is nobody's either. */
const CROWD_WHEN = /\b(?:everyone|everybody|(?:lots|loads|a lot) of (?:people|kids|women|mums|moms|patients)|most (?:people|women|kids))\b[^.?!]{0,60}\b(?:when|if|while|once)\s+(?:they're|they are|they get|they have|you're|you are|you get)\s+$/;

/** "If it still throbs tomorrow, ring us": the agent's advice names a symptom nobody has said they have. */
const AGENT_IF = /\b(?:if|unless|in case)\b[^,;]*$/;

/** `remarks`: whether the words before may make it a remark ("do you treat ..."); a symptom clause is said of its owner. */
function aboutNobody(a: Analysis, start: number, end: number, remarks = true): boolean {
  const sentence = sentenceAround(a, start, end);
  const before = a.lower.slice(sentence.from, start);
  // The crowd is said within a few words before: test the sentence's last 80 characters only.
  const near = before.length > 80 ? before.slice(-80) : before;
  if (ofAnAnimal(a, start, end) || (a.agent && AGENT_IF.test(before))) return true;
  if (IN_GENERAL.test(a.lower.slice(sentence.from, sentence.to)) || saidOfAGroup(near) || CROWD_WHEN.test(near)) return true;
  // "if you have" is said within a few words before: the sentence's last 90 characters only.
  if (askingInGeneral(a) || IF_ANYONE_HAS.test(before.length > 90 ? before.slice(-90) : before) || remarkOfNobody(a, sentence.from, start, end)) return true;
  const owned = /\b(?:my|his|her|their|for (?:my|him|her|them))\b[^.?!]{0,25}$/.test(before);
  if (REMARK_AFTER.test(a.lower.slice(end, end + 30))) return !/\b(?:i|my|he|she|his|her|they)(?:'ve| have| has| had| got| caught)\b/.test(before);
  return remarks && REMARK_BEFORE.test(before) && !owned;
}
