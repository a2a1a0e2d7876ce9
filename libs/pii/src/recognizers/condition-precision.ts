import { Analysis } from '../analysis';
import { Candidate } from '../types';
import { idiomNotBody } from './condition-idioms';
import { effectAskedOf } from './condition-effects';
import { saidOfAGroup } from './condition-groups';

/**
 * The last word on every condition mask, whichever rule found it: ways a condition word is said that are no
 * person's condition. Run once over the recognizers' output, so a new rule for finding conditions is held to them too.
 */

/** A condition naming a place, a team, a service or an event: "the diabetes nurse", "the stroke unit", "a cancer charity". */
const INSTITUTION_AFTER = /^\s+(?:(?:foot|eye|skin|care|outpatient|outpatients|specialist|research|support|liaison|day)\s+)?(?:nurses?|teams?|units?|wards?|clinics?|cent(?:re|er)s?|departments?|dept|charit(?:y|ies)|foundations?|societ(?:y|ies)|associations?|trusts?|helplines?|hotlines?|research|support groups?|programmes?|programs?|educators?|consultants?|leaflets?|flyers?|posters?|pamphlets?|brochures?|camps?|walks?|fundraisers?|vans?)\b/;
/**
 * A kind of care or a product named for the condition ("gum disease treatment", "tmj splints", "the eczema cream"):
 * nobody's unless an owner says whose ("my son's asthma inhaler", "my gum disease treatment").
 */
const CARE_AFTER = /^\s+(?:treatments?|therapy|therapies|maintenance|cover|coverage|benefits?|screenings?|management|care|procedures?|surgery|specialists?|doctors?|dentists?|creams?|ointments?|sprays?|inhalers?|splints?|guards?|mouthguards?|appliances?|drops|patch(?:es)?|plasters?|gels?|ads?|adverts?|plans?|action plans?)\b/;
// "my son's asthma inhaler", "she has asthma care at school": said as someone's, the care is theirs.
const OWNER_BEFORE = /\b(?:my|me|his|her|their|our|your|ma|[a-z]+'s|has|have|had|got|with|diagnosed with)\s+$/;
/** "diabetes-friendly appointments", "an arthritis-friendly toothbrush": a product or service made for anyone with it. */
const MADE_FOR_AFTER = /^-(?:friendly|safe|proof|aware)\b/;
/** "what's dry socket", "what is an abscess exactly": asking what the condition is, not saying anyone has it. */
const WHAT_IS_BEFORE = /(?:^|[,;]\s*|\b(?:and|so|but|um|uh|like)\s+)(?:what's|whats|what is|what are|what exactly is|what does|how common is|how common are|how rare is|how likely is|how often do (?:people|kids|you) get|what (?:percentage|proportion) of (?:people|patients|kids) (?:get|have))\s+$/;
/** "a cold sore means you're run down": what it says of anyone who has it. */
const MEANS_AFTER = /^\s+(?:means|usually means|can mean|is a sign|is a symptom|is caused by) (?:you|you're|your|that you|that your|people)\b/;
/** The caller's "does the cleaning make your gums bleed", "do your teeth ache at first": "your" said by a caller is anyone's. */
const ANYONES_BEFORE = /\byour\s+$/;
/** Said in a question ("... your gums bleed?", "do your teeth ache"): a statement's "your" ("about your diabetes check", a note or a text to the patient) is the patient's. */
const ASKING_BEFORE = /\b(?:do|does|did|can|could|will|would|should|is|are|how|why|when|what)\s+(?:[a-z']+\s+){0,5}$/;
const asked = (a: Analysis, before: string, end: number): boolean => ASKING_BEFORE.test(before) || /^[^.!]*\?/.test(a.lower.slice(end, end + 120));
const CAUSED_IN_YOU = /\b(?:make|makes|made|making|cause|causes|leave|leaves|give|gives)\s+your\s+$/;
/** "does it cover gum disease", "is periodontitis covered", "pre-existing conditions like diabetes": a policy's terms. */
const COVERED_BEFORE = /\b(?:cover|covers|covered|covering|include|includes|including|pay for|pays for|paying for|claim for|exclude|excludes|excluding|rebate for|funding for|conditions like|conditions such as)\s+(?:treatment (?:for|of)\s+|work for\s+|anything for\s+)?$/;
const COVERED_AFTER = /^\s+(?:(?:is|are)\s+)?(?:covered|included|excluded|claimable)\b/;
/** "do you check the tongue for cancer", "does the hygienist screen for gum disease": looked for in anyone, not found in someone. */
const LOOKED_FOR_BEFORE = /\b(?:check|checks|checking|screen|screens|screening|test|tests|testing|look|looks|looking)\s+(?!(?:me|him|her|them|us|my|his)\b)(?:[a-z]+\s+){0,3}for\s+$/;
/** "what are the signs of an abscess": asked of anyone, unless a person is in the sentence ("I've signs of gum disease"). */
const SIGNS_OF_BEFORE = /\b(?:signs|symptoms|sign|symptom|causes?) of\s+$/;

/** "implants can get infected", "grinding can wear the enamel down": what happens to anyone, said in general. */
const GENERIC_SUBJECT_BEFORE = /\b(?:you|people|kids|children|patients|teeth|gums|implants|fillings|crowns|bridges|braces|wounds?|sockets?|anyone|everyone|some people|lots of \w+|a lot of \w+)\s+(?:can|could|may|might|tend to|often|sometimes|usually|will sometimes|sometimes can)\s+(?:get|become|go|be|cause|give (?:you|people|them))\s+(?:really |very )?$/;
const GENERIC_MODAL_AFTER = /^\s+(?:can|could|may|might|tends? to|will often|is known to|often|usually)\s+(?:cause|wear|damage|lead|make|give|affect|ruin|weaken|happen|spread|crack|break|stain)\b/;
const PERSON_BEFORE = /\b(?:i|i'm|im|i've|ive|my|me|mine|he|he's|his|him|she|she's|her|they're|their|we|we're|our)\b/;
/** "if someone's got an abscess", "while you're pregnant", "do you get more cavities": a condition anyone may have. */
const ANYONE_MAY_HAVE = /\b(?:if|when|while|whilst|once|in case)\s+(?:someone|somebody|anyone|anybody|a patient|patients|a child|a kid|kids|people|you)(?:'s| is| are|'re| has| have|'ve)?(?: got| get| gets| develop| develops)?\s+(?:any |really )?$|^\s*(?:do|does|can|will|would) (?:you|people|kids|women|men|children) (?:get|have|develop|suffer from)\s+(?:more |less |fewer |a lot of |lots of )?$|\b(?:kids|children|babies|people|adults|patients|women|men)\b[^.?!]{0,40}\b(?:when|if|while|once)\s+(?:they're|they are|they get|they have)\s+$/;
/** "a flyer about dental trauma", "advice on gum disease": a topic, nobody's. */
const TOPIC_BEFORE = /\b(?:flyers?|leaflets?|posters?|pamphlets?|booklets?|articles?|videos?|talks?|webinars?|courses?|training|info|information|advice|presentations?|awareness of|research into|research on)\s+(?:about|on|for|regarding|around)?\s*(?:dental\s+|common\s+)?$/;
/** "there's chicken pox at the nursery", "there's a bug going round the office": about in a place, nobody's. */
const THERE_IS_BEFORE = /\b(?:there's|there is|there are|there's been|there have been)\s+(?:some\s+|a bit of\s+|a dose of\s+|a lot of\s+|loads of\s+)?$/;
const ABOUT_IN_A_PLACE = /^\s+(?:(?:going )?(?:at|in|round|around|about)\s+(?:the |our |his |her |their )?(?:nursery|school|daycare|day care|kindy|kindergarten|office|work|college|uni|club|gym|church|parish|village|town|house|care home|home|estate|area|city)\b|about\b|going (?:round|around)\b)/;

/** A treatment the lists hold as a condition ("chemo"): the treatment, when the turn names what it was for. */
const MASKED_CONDITION = /\[MEDICAL_CONDITION(?:_[0-9a-f]{12})?\]/;
const TREATMENTS = new Set(['chemo', 'chemotherapy', 'radiotherapy', 'radiation', 'radiation therapy', 'immunotherapy']);

/** The turn's text before `start`, back to the start of its sentence, at most `max` characters. */
function sentenceBefore(a: Analysis, start: number, max = 90): string {
  const before = a.lower.slice(Math.max(0, start - max), start);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
  return stop === -1 ? before : before.slice(stop + 1);
}

export function notAPersonsCondition(a: Analysis, c: Candidate, found: readonly Candidate[]): boolean {
  // The condition's words without the article a mask may take ("an abscess" starts at "abscess").
  const article = /^(?:an?|the)\s+/.exec(a.lower.slice(c.start, c.end));
  const start = article ? c.start + article[0].length : c.start;
  const words = a.lower.slice(start, c.end);
  const after = a.lower.slice(c.end, c.end + 40);
  const before = sentenceBefore(a, start);
  const bare = before.replace(/\b(?:an?|the)\s+$/, '');
  if (INSTITUTION_AFTER.test(after) || ((CARE_AFTER.test(after) || COVERED_AFTER.test(after)) && !OWNER_BEFORE.test(bare))) return true;
  if (MADE_FOR_AFTER.test(after) || WHAT_IS_BEFORE.test(bare) || MEANS_AFTER.test(after) || CAUSED_IN_YOU.test(bare) || (!a.agent && ANYONES_BEFORE.test(bare) && asked(a, before, c.end))) return true;
  if (idiomNotBody(a, start, c.end, words, before, bare) || effectAskedOf(a, words, c.end, before, bare)) return true;
  if (COVERED_BEFORE.test(bare) || LOOKED_FOR_BEFORE.test(bare) || GENERIC_SUBJECT_BEFORE.test(bare) || ANYONE_MAY_HAVE.test(bare) || TOPIC_BEFORE.test(bare) || saidOfAGroup(bare)) return true;
  if (((GENERIC_MODAL_AFTER.test(after) || SIGNS_OF_BEFORE.test(bare)) && !PERSON_BEFORE.test(before)) || (THERE_IS_BEFORE.test(bare) && ABOUT_IN_A_PLACE.test(after))) return true;
  // "had chemo for breast cancer", "breast cancer last year and did chemo": the condition is the one named, not its treatment.
  // A condition already masked counts too: the turn is read again around its masks ("... two years ago").
  if (!TREATMENTS.has(words)) return false;
  return MASKED_CONDITION.test(a.text) || found.some((o) => o !== c && o.type === 'MEDICAL_CONDITION' && !TREATMENTS.has(o.value) && (o.end <= c.start || o.start >= c.end));
}
