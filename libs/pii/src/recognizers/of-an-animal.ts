import { Analysis } from '../analysis';

/**
 * A condition said of a pet is nobody's health: "our dog has diabetes", "the cat's teething", and a caller who corrects
 * the subject to one ("the baby is teething, no I mean our cat is"). Only a pet named with a possessive or "the" as the
 * subject: "my son got bitten by a dog" keeps its condition.
 */
const ANIMALS = String.raw`(?:dog|dogs|cat|cats|puppy|pup|kitten|pet|rabbit|bunny|hamster|guinea pig|parrot|budgie|horse|pony|ferret|tortoise)`;
const SUBJECT = String.raw`\b(?:our|my|the|his|her|their)\s+(?:(?:old|little|new)\s+)?${ANIMALS}(?:'s|\s+(?:is|has|was|had|got|needs|keeps))`;
/** A part of the pet said between ("the cat's gums are bleeding"): the symptom is still the pet's. */
const PET_PART = String.raw`(?:gums?|teeth|tooth|mouth|jaw|paws?|ears?|eyes?|legs?|skin|tummy|stomach)\s+(?:are|is|have|has|keep|keeps)\s+`;
const ANIMAL_BEFORE = new RegExp(`${SUBJECT}\\s+(?:${PET_PART})?(?:(?:been|got|still|just|a|an|really|like|all)\\s+){0,3}$`);
const ANIMAL_AFTER = new RegExp(String.raw`^[^.?!]{0,40}\b(?:no|sorry|wait|actually)?,?\s*i mean\s+(?:our|my|the|his|her|their)\s+(?:(?:old|little|new)\s+)?${ANIMALS}\b`);

export function ofAnAnimal(a: Analysis, start: number, end: number): boolean {
  return ANIMAL_BEFORE.test(a.lower.slice(Math.max(0, start - 50), start)) || ANIMAL_AFTER.test(a.lower.slice(end, end + 80));
}
