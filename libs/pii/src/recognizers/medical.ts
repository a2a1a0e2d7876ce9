import { AhoCorasick } from '../aho-corasick';
import { Analysis } from '../analysis';
import { CONDITIONS, MEDICATIONS } from '../dictionaries/medical';
import { Candidate } from '../types';

type MedicalType = 'MEDICAL_CONDITION' | 'MEDICATION';

export class MedicalTerms {
  private readonly automaton: AhoCorasick<MedicalType>;

  constructor(extraConditions: readonly string[] = [], extraMedications: readonly string[] = []) {
    this.automaton = new AhoCorasick<MedicalType>([
      ...[...CONDITIONS, ...extraConditions].map((t) => [t, 'MEDICAL_CONDITION'] as const),
      ...[...MEDICATIONS, ...extraMedications].map((t) => [t, 'MEDICATION'] as const),
    ]);
  }

  /** Conditions and medications: whole words, any case, multi-word terms, in one pass over the text. */
  find(a: Analysis): Candidate[] {
    return this.automaton.search(a.lower).map((m) => ({
      type: m.tag,
      start: m.start,
      end: m.end,
      rule: m.tag === 'MEDICATION' ? 'medical.medication' : 'medical.condition',
      confidence: 0.9,
      value: a.lower.slice(m.start, m.end),
    }));
  }
}
