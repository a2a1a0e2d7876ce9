import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * Lay states of a body part that `symptoms.ts`' words do not read: the slow ones ("my gums are receding", "his wisdom teeth
 * are impacted"), the plain "bad" ("me knees are bad"; "playing up" is a complaint idiom there, the part alone), and the ASR spellings of "are"/"is" ("my gums r bleeding"); and a tooth
 * said to be coming through after "I've got a" ("a wisdom tooth coming through"). The owner stays outside, as there.
 */
const PART = String.raw`(?:(?:wisdom|front|back|bottom|top|lower|upper|baby|adult|new|left|right)\s+){0,2}(?:tooth|teeth|molars?|gums?|knees?|hips?|back|jaw|eyes?|ears?|joints|feet|legs?|ankles?|wrists?|shoulders?|chest|stomach|nerves)`;
const DEGREE = String.raw`(?:(?:really|so|very|pretty|quite|a bit|all|proper|well|dead|getting|gotten|gone)\s+)*`;
/** The slow and plain states, after any "is/are"; and the common ones after the ASR "r"/"iz" only (the others are `symptoms.ts`'). */
const SLOW_STATE = new RegExp(
  String.raw`\b(?:my|me|his|her|their|our|[a-z]+'s)\s+(${PART}\s+(?:(?:are|is|'s|s|have been|has been|been|keep|keeps)\s+${DEGREE}(?:receding|impacted|bad)(?!\s+(?:news|luck|idea|at|with|about|for|to)\b)|(?:r|iz|ar)\s+${DEGREE}(?:receding|impacted|bad|bleeding|swollen|sore|sensitive|loose|wobbly|killing me|hurting|aching|numb)))\b`,
  'g',
);
const COMING_THROUGH = new RegExp(String.raw`\b(?:got|have|has|had|'ve)\s+(?:an?|two|some)\s+(${PART}\s+(?:coming|growing|pushing|cutting)\s+(?:through|in|up))\b`, 'g');
/** Most turns say none of these: one scan for each form's words first. */
const STATE_WORDS = / (?:r|iz|ar) /;
const saysAState = (lower: string) => lower.includes('receding') || lower.includes('impacted') || lower.includes('bad') || STATE_WORDS.test(lower);
const COMING_WORDS = /(?:coming|growing|pushing|cutting) (?:through|in|up)\b/;

export function partStates(a: Analysis): Candidate[] {
  const forms = [...(saysAState(a.lower) ? [SLOW_STATE] : []), ...(COMING_WORDS.test(a.lower) ? [COMING_THROUGH] : [])];
  if (forms.length === 0) return [];
  const found: Candidate[] = [];
  for (const re of forms) {
    for (const m of a.lower.matchAll(re)) {
      const start = m.index! + m[0].length - m[1]!.length;
      found.push({ type: 'MEDICAL_CONDITION', start, end: start + m[1]!.length, rule: 'medical.part_state', confidence: 0.91, value: m[1]! });
    }
  }
  return found;
}
