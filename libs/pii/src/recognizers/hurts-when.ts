import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * "it hurts when I chew", "she says it stings when she drinks cold stuff": a pain said of "it" with the mouth's action
 * that sets it off is the caller's (or the patient's) symptom; masked from the pain word through what sets it off. Only
 * the mouth's actions: "it hurts when I think about the bill" says nothing of a body.
 */
const HURTS_WHEN = new RegExp(
  String.raw`\b(?:it|it's|its|that|this one|this|which)\s+(?:(?:really|only|just|still|kind of|kinda|sort of|always|also)\s+)?` +
    String.raw`((?:hurts|aches|stings|throbs|twinges|is sore|is sensitive|gets sore|kills)\s+(?:when|whenever|if)\s+(?:i|he|she|they|we)\s+` +
    String.raw`(?:chew|chews|bite|bites|eat|eats|drink|drinks|brush|brushes|floss|flosses|swallow|swallows|yawn|yawns|open|opens|chewing|biting|eating|drinking)` +
    String.raw`(?:\s+(?:anything|something|stuff|things|cold|hot|sweet|sugary|icy|fizzy|ice|ice cream|on it|on that side|down)(?:\s+(?:stuff|things|drinks|food|water|cream))?)?)\b`,
  'g',
);

/** Above a dictionary word's (0.9), so "aches when he eats" is one span, not "aches" alone. */
export function hurtsWhen(a: Analysis): Candidate[] {
  if (!/\b(?:hurts|aches|stings|throbs|twinges|sore|sensitive|kills)\b/.test(a.lower)) return [];
  const out: Candidate[] = [];
  for (const m of a.lower.matchAll(HURTS_WHEN)) {
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ type: 'MEDICAL_CONDITION', start, end: start + m[1]!.length, rule: 'medical.hurts_when', confidence: 0.91, value: m[1]! });
  }
  return out;
}
