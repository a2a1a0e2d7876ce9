import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * Answers to the agent's question about conditions (`context/condition-asks.ts`), which name the
 * condition without an owner: "high blood pressure and the thyroid", "clots in my leg last year",
 * "me heart, the irregular beat", "it's cracked and throbbing". Out of such an answer these words
 * say nothing: "the thyroid" may be a gland, "it's cracked" a phone; "it's broken" is said of anything, and is left alone. Body parts alone ("me heart")
 * stay unmasked, as the sets label them.
 */
const OWNED_CONDITION = /(?:^|\bthe |\band |\bmy |\bme |, )(thyroid|sugars?|pressure|blood pressure|cholesterol|nerves)\b/g;
const BARE_CONDITION = /\b((?:blood )?clots?|irregular (?:heart ?)?beat|(?:high|low) sugars?|palpitations)\b/g;
const STATE_OF_IT = /\b(?:it's|its|it is|it was|they're|they are)\s+(?:(?:like|uh|um|all|a bit|kind of|really|so)\s+)*(cracked|chipped|split|cracked in half|snapped)\b/g;

export function conditionAnswers(a: Analysis): Candidate[] {
  if (a.agent || !a.asked.has('conditions')) return [];
  const found: Candidate[] = [];
  for (const re of [OWNED_CONDITION, BARE_CONDITION, STATE_OF_IT]) {
    for (const m of a.lower.matchAll(re)) {
      const start = m.index! + m[0].length - m[1]!.length;
      found.push({ type: 'MEDICAL_CONDITION', start, end: start + m[1]!.length, rule: 'medical.condition_answer', confidence: 0.89, value: m[1]! });
    }
  }
  return found;
}
