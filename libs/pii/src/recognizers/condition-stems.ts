import { Analysis } from '../analysis';
import { Candidate } from '../types';
import { flagWord } from '../word-memo';

/**
 * Clinical conditions by their Greek and Latin endings, as DRUG_STEMS finds medicines: an unseen
 * "endocarditis", "sialadenitis", "keratosis", "septicaemia" or "fibromyalgia" is a diagnosis. Only
 * long words, and not the everyday ones with the same endings ("diagnosis", "sympathy", "nostalgia").
 */
const ENDINGS = ['itis', 'osis', 'aemia', 'emia', 'algia', 'pathy'];
const NOT_CONDITIONS = new Set([
  'diagnosis', 'prognosis', 'osmosis', 'hypnosis', 'symbiosis', 'metamorphosis', 'apotheosis', 'synopsis', 'academia', 'bohemia', 'nostalgia',
  'sympathy', 'empathy', 'telepathy', 'homeopathy', 'homoeopathy', 'osteopathy', 'naturopathy', 'antipathy',
]);
const isConditionStem = flagWord((w) => w.length >= 8 && /^[a-zà-ÿ]+$/.test(w) && ENDINGS.some((e) => w.endsWith(e)) && !NOT_CONDITIONS.has(w));

export function conditionStems(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const token of a.tokens) {
    if (token.kind !== 'word' || token.text.length < 8 || !isConditionStem.of(token)) continue;
    found.push({ type: 'MEDICAL_CONDITION', start: token.start, end: token.end, rule: 'medical.condition_stem', confidence: 0.85, value: token.lower });
  }
  return found;
}
