import { Analysis } from '../analysis';
import { INSURER_NAMED } from '../dictionaries/insurers';
import { Candidate } from '../types';
import { ValueReader } from './insurance-talk';

/**
 * A member number said, then corrected: "A one two three... no, M 4 4 7 ...", "1234 5678 T... no wait, 0 7 7 1 ...",
 * "B U P A 9 1 1... actually it's just the numbers, 9 1 1 4 2 7 0 3". The number after the self-correction is
 * the caller's id as much as the first was, and the brief labels both. Only in a turn about insurance (or
 * answering the agent's question on it), so "no, 4 o'clock" after a booking stays a time.
 */
const INSURANCE_TURN = /\b(?:insurance|insurer|insured|policy|member|subscriber|medical card|health card|medicare|versicherten\w*|krankenkasse|carte vitale|ohip|phn|nhs number|health fund)\b/;
const CORRECTION = /(?:\.\.\.|…|,|\.|-)\s*(?:no|nope|sorry|wait|no wait|no sorry|no no|actually|i mean|hang on)\b(?:[^0-9.?!]{0,40}?,)?\s*/g;
const MIN_DIGITS = 6;

export function correctedInsuranceIds(a: Analysis, readValue: ValueReader): Candidate[] {
  if (!a.asked.has('insurance') && !INSURANCE_TURN.test(a.lower) && !INSURER_NAMED.test(a.lower)) return [];
  const found: Candidate[] = [];
  for (const m of a.lower.matchAll(CORRECTION)) {
    const at = m.index! + m[0].length;
    const k = a.tokens.findIndex((w) => w.start >= at);
    if (k === -1) continue;
    const value = readValue(a, k);
    if (!value || value.digits < MIN_DIGITS) continue;
    found.push({ type: 'INSURANCE_ID', start: a.tokens[k]!.start, end: a.tokens[value.last]!.end, rule: 'id.insurance_id.corrected', confidence: 0.93, value: value.text });
  }
  return found;
}
