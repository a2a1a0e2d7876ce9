import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * A strength said bare after a medicine's name is masked with it: "Ibuprofen 600", "Tylenol 3",
 * "aspirin 81". Some writers label it as part of the name (the German "Ibuprofen 600" is sold so),
 * others leave it out; a mask with it covers either, and the dose tells nothing without the name.
 * A strength with its unit ("500 mg") is a dose, said of the medicine, and stays outside, as do
 * counts ("Advil 2 times a day"), the first group of a longer number (a card, a phone: other recognizers'),
 * and short names the number would outweigh. The strength must close its phrase (an end, a stop, or a word that
 * goes on about the medicine): a number that runs into other words starts something else ("metformin 742 Evergreen
 * Terrace"), and a mask reaching into it would lose both to the other reading, and break idempotence.
 */
const BARE_STRENGTH = /^ (\d{1,4})(?![\d.,:/-]|\s+\d|\s*(?:mg|mcg|µg|ml|g|milligrams?|micrograms?|units?|iu|%|times?|x\b|tablets?|pills?|a day|daily|hours?|days?|weeks?|years?|am\b|pm\b|o'clock))(?=\s*$|\s*[.,;:!?)]|\s+(?:and|or|but|for|twice|once|every|each|at|in|since|now|so|because|with|then|daily|nightly|which|that|is|was|i|he|she|they|we|um|uh)\b)/i;

export function withStrengths(a: Analysis, found: Candidate[]): Candidate[] {
  for (const c of found) {
    if (c.type !== 'MEDICATION') continue;
    const m = BARE_STRENGTH.exec(a.lower.slice(c.end, c.end + 24));
    if (!m || m[1]!.length + 1 >= c.end - c.start) continue;
    const end = c.end + m[0].length;
    if (found.some((o) => o !== c && o.start < end && c.end < o.end)) continue;
    c.end = end;
  }
  return found;
}
