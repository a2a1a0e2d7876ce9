import { Analysis } from '../analysis';
import { Candidate } from '../types';
import { idiomNotBody } from './condition-idioms';

/**
 * The last word on every condition mask, whichever rule found it: ways a condition word is said that are no
 * person's condition. Run once over the recognizers' output, so a new rule for finding conditions is held to them too.
 */

/**
 * A condition naming a place, a team, a service or a kind of care: "the diabetes nurse", "the stroke unit", "a
 * cancer charity", "gum disease treatment". Always nobody's, said of an institution.
 */
const INSTITUTION_AFTER = /^\s+(?:nurses?|teams?|units?|wards?|clinics?|cent(?:re|er)s?|departments?|dept|charit(?:y|ies)|foundations?|societ(?:y|ies)|associations?|trusts?|helplines?|hotlines?|research|support groups?|programmes?|programs?|educators?|consultants?|leaflets?|flyers?|posters?|pamphlets?|brochures?|camps?|walks?|fundraisers?|month|week|day)\b/;
/** A kind of care named for the condition: nobody's unless an owner says whose ("my gum disease treatment"). */
const CARE_AFTER = /^\s+(?:treatments?|therapy|therapies|maintenance|cover|coverage|benefits?|screenings?|management|care|procedures?|surgery|specialists?|doctors?|dentists?)\b/;
const OWNER_RIGHT_BEFORE = /\b(?:my|me|his|her|their|our|your|ma|mum's|mom's|dad's|son's|daughter's|husband's|wife's|[a-z]+'s)\s+$/;

/** What a treatment does to anyone who has it: the effect words a caller asks about before the treatment. */
const EFFECTS = new Set(['numbness', 'numb', 'swelling', 'bleeding', 'soreness', 'sensitivity', 'pain', 'bruising', 'tenderness', 'stiffness', 'discomfort', 'aching', 'infection', 'infected', 'throbbing']);
/** "will the numbness wear off", "how long does the swelling last", "is bleeding normal after", "is there pain after". */
const EFFECT_ASKED_BEFORE = /(?:^|[,;]\s*|\b(?:and|so|but|um|uh|like|also|just)\s+)(?:will|would|does|do|is|are|can|could|should|how long (?:will|does|do|is|till|until|for)|how long till|how long until|how much|how bad (?:is|will)|when (?:does|will|do)|is there(?: usually| normally| much| a lot of| any)?|will there be(?: much| any)?|should there be(?: much| any)?|is it normal to (?:have|get|feel)|normal to (?:have|get|feel)|do people (?:get|have|feel)|do you (?:usually |normally )?(?:get|have|feel))\s+(?:the\s+|any\s+|much\s+|some\s+)?$/;
/** "the numbness, is it gone in an hour", "the swelling, how long does it last": the effect put first, then asked. */
const EFFECT_ASKED_AFTER = /^\s*,?\s*(?:is it|will it|does it|how long (?:does|will) it|how long is it|when does it|normally|usually)\b/;
/** A question said after a treatment or of one: the sentence names what is done, not what anyone has. */
const TREATMENT_SAID = /\b(?:after|from|with|during|following)\s+(?:an?|the|my|your)?\s*(?:filling|crown|root canal|extraction|implant|cleaning|clean|scale|whitening|injection|anaesthetic|anesthetic|numbing|sedation|surgery|procedure|treatment|braces|bridge|veneer|tooth (?:comes|coming) out|wisdom teeth?)|\b(?:wears?|wearing) off\b|\b(?:last|lasts|go down|goes down|go away|settle|normal|usual|expected)\b/;

/** "implants can get infected", "grinding can wear the enamel down": what happens to anyone, said in general. */
const GENERIC_SUBJECT_BEFORE = /\b(?:you|people|kids|children|patients|teeth|gums|implants|fillings|crowns|bridges|braces|wounds?|sockets?|anyone|everyone|some people|lots of \w+|a lot of \w+)\s+(?:can|could|may|might|tend to|often|sometimes|usually|will sometimes|sometimes can)\s+(?:get|become|go|be|cause|give (?:you|people|them))\s+(?:a |an |really |very )?$/;
const GENERIC_MODAL_AFTER = /^\s+(?:can|could|may|might|tends? to|will often|is known to|often|usually)\s+(?:cause|wear|damage|lead|make|give|affect|ruin|weaken|happen|spread|crack|break|stain)\b/;
const PERSON_BEFORE = /\b(?:i|i'm|im|i've|ive|my|me|mine|he|he's|his|him|she|she's|her|they're|their|we|we're|our)\b/;
/** "if someone's got an abscess", "while you're pregnant", "when people have diabetes": a condition anyone may have. */
const ANYONE_MAY_HAVE = /\b(?:if|when|while|whilst|once|in case)\s+(?:someone|somebody|anyone|anybody|a patient|patients|a child|a kid|kids|people|you)(?:'s| is| are|'re| has| have|'ve)?(?: got| get| gets| develop| develops)?\s+(?:a |an |any |really )?$/;
/** "a flyer about dental trauma", "advice on gum disease": a topic, nobody's. */
const TOPIC_BEFORE = /\b(?:flyers?|leaflets?|posters?|pamphlets?|booklets?|articles?|videos?|talks?|webinars?|courses?|training|info|information|advice|presentations?|signs? of|symptoms of|awareness of|research into|research on)\s+(?:about|on|for|regarding|around)?\s*(?:the\s+|dental\s+|common\s+)?$/;

/** A treatment the lists hold as a condition ("chemo"): the treatment, when the turn names what it was for. */
const TREATMENTS = new Set(['chemo', 'chemotherapy', 'radiotherapy', 'radiation', 'radiation therapy', 'immunotherapy']);

/** The turn's text before `start`, back to the start of its sentence, at most `max` characters. */
function sentenceBefore(a: Analysis, start: number, max = 90): string {
  const before = a.lower.slice(Math.max(0, start - max), start);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  return stop === -1 ? before : before.slice(stop + 1);
}

/** The condition's words without the article a mask takes ("an abscess" starts at "abscess"). */
function wordsStart(a: Analysis, c: Candidate): number {
  const m = /^(?:an?|the)\s+/.exec(a.lower.slice(c.start, c.end));
  return m ? c.start + m[0].length : c.start;
}

export function notAPersonsCondition(a: Analysis, c: Candidate, found: readonly Candidate[]): boolean {
  const start = wordsStart(a, c);
  const words = a.lower.slice(start, c.end);
  const after = a.lower.slice(c.end, c.end + 40);
  const before = sentenceBefore(a, start);
  if (INSTITUTION_AFTER.test(after)) return true;
  if (CARE_AFTER.test(after) && !OWNER_RIGHT_BEFORE.test(before)) return true;
  if (idiomNotBody(a, start, c.end, words, before)) return true;
  if (EFFECTS.has(words) && effectAsked(a, c.end, before, after)) return true;
  if (GENERIC_SUBJECT_BEFORE.test(before) || ANYONE_MAY_HAVE.test(before) || TOPIC_BEFORE.test(before)) return true;
  if (GENERIC_MODAL_AFTER.test(after) && !PERSON_BEFORE.test(before)) return true;
  // "had chemo for breast cancer", "breast cancer last year and did chemo": the condition is the one named, not its treatment.
  return TREATMENTS.has(words) && found.some((o) => o !== c && o.type === 'MEDICAL_CONDITION' && !TREATMENTS.has(o.value) && (o.end <= c.start || o.start >= c.end));
}

/** An effect word asked about as a treatment's, not said as someone's: "how long does the numbness last". */
function effectAsked(a: Analysis, end: number, before: string, after: string): boolean {
  if (OWNER_RIGHT_BEFORE.test(before) || /\bstill\s+$/.test(before)) return false;
  if (EFFECT_ASKED_BEFORE.test(before)) return TREATMENT_SAID.test(a.lower.slice(Math.max(0, end - 90), end + 60)) || a.text.slice(end).includes('?');
  return /(?:^|[,;]\s*|\b(?:and|so|but|um|uh)\s+)the\s+$/.test(before) && EFFECT_ASKED_AFTER.test(after);
}
