import { Analysis } from '../analysis';
import { CONDITIONS, MEDICATIONS } from '../dictionaries/medical';
import { bodyPartConditions, CLINICAL_CONDITIONS, DENTAL_CONDITIONS, MEDICINES, split, SYMPTOMS } from '../dictionaries/medical-terms';
import { PhraseTrie } from '../phrase-trie';
import { Candidate } from '../types';
import { memoWord } from '../word-memo';

type MedicalType = 'MEDICAL_CONDITION' | 'MEDICATION';

/**
 * Generic drug names by their INN stems (WHO's "stems" list): an unseen "-sartan" or "-gliflozin"
 * is a medicine. Only long words, so everyday words with these endings stay out.
 */
const DRUG_STEMS = new Set(
  `pril sartan olol dipine statin mab cillin mycin floxacin cycline prazole tidine gliptin gliflozin glutide oxetine azepam azolam codone
triptan vudine navir tegravir parin xaban gatran lukast terol sonide tropium phylline setron tinib platin rubicin trexate dronate fibrate
semide thiazide conazole`.split(/\s+/),
);
const STEM_LENGTHS = [...new Set([...DRUG_STEMS].map((s) => s.length))];
const hasDrugStem = memoWord((word) => STEM_LENGTHS.some((n) => word.length >= n + 3 && DRUG_STEMS.has(word.slice(-n))) && /^[a-z]+$/.test(word));
const NOT_DRUGS = new Set(['terol', 'patrol', 'control', 'petrol', 'cholesterol', 'paramycin', 'metropol', 'capitol']);

/** Lay words that name a condition only as someone's: "my sugar is high", "her pressure", "his heart". */
const OWNED_ONLY = ['sugar', 'pressure', 'heart', 'thyroid', 'nerves', 'blood pressure', 'bp', 'cholesterol', 'kidneys', 'liver', 'prostate', 'sugars', 'chest', 'asthma'];
const OWNERS = new Set(['my', 'me', 'his', 'her', 'their', 'our', "mum's", "mom's", "dad's", "son's", "daughter's", "husband's", "wife's", 'your']);
/** A remark about nobody: "the flu is going around", "do you treat sleep apnea?", "a flu shot". */
const REMARK_AFTER = /^\s*(?:is |has been |has |'s )?(?:going around|going round|bug|season|shots?|jabs?|vaccines?|vaccinations?|clinics?|awareness|tests?|testing|patients|cases|outbreaks?|specialists?|services?)\b/;
const REMARK_BEFORE = /\b(?:do you|does (?:the|your) (?:doctor|dentist|clinic|practice)|can you|do they|you guys|y'all) (?:treat|see|do|handle|offer|deal with|take|help with|work with)\b[^.?!]*$|\b(?:we|the clinic|the doctor|the dentist|dr \w+) (?:treats?|sees?|handles?|specializes? in|specialises? in)\b[^.?!]*$|\b(?:everyone|everybody|lots of people|a lot of people|people|half the office|the whole school|kids at school)(?: \w+){0,3} (?:has|have|had|got|are getting)\s*$|\bwhat about\s*$/;

export class MedicalTerms {
  private readonly phrases: PhraseTrie<MedicalType>;
  private readonly owned: ReadonlySet<string>;

  constructor(extraConditions: readonly string[] = [], extraMedications: readonly string[] = []) {
    const conditions = [...CONDITIONS, ...split(CLINICAL_CONDITIONS), ...split(DENTAL_CONDITIONS), ...split(SYMPTOMS), ...bodyPartConditions(), ...OWNED_ONLY, ...extraConditions];
    this.phrases = new PhraseTrie<MedicalType>([
      ...conditions.map((t) => [t, 'MEDICAL_CONDITION'] as const),
      ...[...MEDICATIONS, ...split(MEDICINES), ...extraMedications].map((t) => [t, 'MEDICATION'] as const),
    ]);
    this.owned = new Set(OWNED_ONLY.filter((t) => !CONDITIONS.includes(t)));
  }

  /**
   * Conditions and medications: whole words, any case, multi-word terms, one map read per token;
   * minus remarks about nobody in particular, and lay words that are conditions only as someone's.
   */
  find(a: Analysis): Candidate[] {
    const found: Candidate[] = [];
    for (const match of this.phrases.search(a.tokens)) {
      const m = { start: a.tokens[match.first]!.start, end: a.tokens[match.last]!.end, tag: match.tag };
      const value = a.lower.slice(m.start, m.end);
      // "Are you pregnant?", "Any allergies?", "Are you on blood thinners?": the agent's questions are about nobody yet.
      if (a.agent && inQuestion(a, m.end)) continue;
      if (m.tag === 'MEDICAL_CONDITION') {
        if (this.owned.has(value) && !OWNERS.has(a.tokens[match.first - 1]?.lower ?? '')) continue;
        if (aboutNobody(a, m.start, m.end)) continue;
      }
      found.push({ type: m.tag, start: m.start, end: m.end, rule: m.tag === 'MEDICATION' ? 'medical.medication' : 'medical.condition', confidence: 0.9, value });
    }
    for (const token of a.tokens) {
      if (token.kind !== 'word' || token.text.length < 7 || !hasDrugStem(token.lower) || NOT_DRUGS.has(token.lower)) continue;
      if (found.some((f) => f.start <= token.start && token.end <= f.end)) continue;
      found.push({ type: 'MEDICATION', start: token.start, end: token.end, rule: 'medical.drug_stem', confidence: 0.85, value: token.lower });
    }
    return found;
  }
}

function inQuestion(a: Analysis, end: number): boolean {
  const stop = a.text.slice(end).search(/[.?!]/);
  return stop !== -1 && a.text[end + stop] === '?';
}

function aboutNobody(a: Analysis, start: number, end: number): boolean {
  const sentenceStart = Math.max(a.lower.lastIndexOf('.', start - 1), a.lower.lastIndexOf('?', start - 1), a.lower.lastIndexOf('!', start - 1)) + 1;
  const before = a.lower.slice(sentenceStart, start);
  const owned = /\b(?:my|his|her|their|for (?:my|him|her|them))\b[^.?!]{0,25}$/.test(before);
  if (REMARK_AFTER.test(a.lower.slice(end, end + 30))) return !/\b(?:i|my|he|she|his|her|they)(?:'ve| have| has| had| got| caught)\b/.test(before);
  return REMARK_BEFORE.test(before) && !owned;
}
