import { AhoCorasick } from '../aho-corasick';
import { Analysis } from '../analysis';
import { CONDITIONS, MEDICATIONS } from '../dictionaries/medical';
import { Candidate } from '../types';

export class MedicalTerms {
  private readonly conditions: AhoCorasick;
  private readonly medications: AhoCorasick;

  constructor(extraConditions: readonly string[] = [], extraMedications: readonly string[] = []) {
    this.conditions = new AhoCorasick([...CONDITIONS, ...extraConditions]);
    this.medications = new AhoCorasick([...MEDICATIONS, ...extraMedications]);
  }

  /** Conditions and medications: whole words, any case, multi-word terms, one pass per dictionary. */
  find(a: Analysis): Candidate[] {
    const hits = (automaton: AhoCorasick, type: 'MEDICAL_CONDITION' | 'MEDICATION'): Candidate[] =>
      automaton.search(a.lower).map((m) => ({ type, start: m.start, end: m.end, rule: `medical.${type === 'MEDICATION' ? 'medication' : 'condition'}`, confidence: 0.9, value: a.lower.slice(m.start, m.end) }));
    return [...hits(this.conditions, 'MEDICAL_CONDITION'), ...hits(this.medications, 'MEDICATION')];
  }
}
