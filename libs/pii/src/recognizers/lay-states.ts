import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * Lay complaints `symptoms.ts` leaves alone:
 * - dental work gone loose or broken, said after someone has it ("he's got a loose bridge", "I've a loose denture", "asthma and a
 *   loose crown", "she's got a broken denture", "I have a cracked veneer"): a state someone has, where "her denture broke" is an
 *   event of the appliance's (see `symptoms.ts`); a loose
 *   tooth only with more said of it ("a loose front tooth", "a loose tooth that's infected"): a child's loose
 *   tooth alone is no complaint;
 * - a person in pain ("she's in pain with it", "I'm in a lot of pain");
 * - sores, clots and patches someone gets ("he keeps getting sores", "these white patches");
 * - glands "up" (swollen, in the lay word);
 * - a symptom said to be worsening, lasting or back ("the swelling's worse", "the pain is getting worse", "the bleeding won't
 *   stop", "the swelling's still there", "the pain comes back"): the symptom's word alone;
 * - an appliance hurting a part ("the brace is cutting my lip", "they're rubbing his gums raw"): the harm, from its verb.
 */
const HAVING = String.raw`(?:got|have|has|had|'ve|with|having)`;
const LOOSE_WORK = new RegExp(String.raw`\b(?:${HAVING}|and)\s+(?:a|an|this|two|some)\s+((?:loose|broken|cracked|chipped|snapped|damaged)\s+(?:(?:front|back|top|bottom|partial|upper|lower)\s+)?(?:bridge|denture|dentures|crown|cap|filling|implant|veneer|retainer|plate))\b`, 'g');
const LOOSE_TOOTH = new RegExp(String.raw`\b${HAVING}\s+(?:a|two|some)\s+(loose\s+(?:(?:front|back|adult|big|top|bottom)\s+(?:tooth|teeth)|(?:tooth|teeth)(?=\s+(?:that's|that is|which|and it's|after|from|since))))\b`, 'g');
const IN_PAIN = /\b(?:i'm|im|i am|she's|shes|he's|hes|they're|she is|he is|they are|been|was|is)\s+(?:(?:still|really|so|just|like|uh|um)\s+)*(in\s+(?:(?:a lot of|so much|terrible|awful|real|constant|agony|bad)\s+)?pain)\b(?!\s+(?:management|clinic|relief|killers?|medication|meds|team|specialist|service|nurse))/g;
const GOT_THINGS = new RegExp(String.raw`\b(?:${HAVING}|getting|gets|get|keeps getting|has these|have these|got these)\s+(?:(?:these|some|a few|loads of|a lot of|little|small|a|an)\s+)*((?:white|red|black|mouth|cold|denture)?\s?(?:sores|patches|clots|blood clots|fistula)|fistula|white patch|red patch)\b`, 'g');
const WORSENING = /\b(?:the|my|his|her|their)\s+(swelling|pain|infection|bleeding|throbbing|ache|rash|abscess|numbness|tingling)(?:'s|\s+is|\s+has|\s+keeps|\s+has got|\s+'s got)?\s+(?:(?:getting|gotten|got|gone|way|much|a lot|even|still|just|always|only|never)\s+)*(?:worse|bigger|spreading|unbearable|not going down|not going away|back|(?<=still )there|comes? back|came back|coming back|won't (?:stop|go away|go down|settle|ease)|hasn't (?:stopped|gone down|gone away|settled|eased)|not (?:stopping|settling|easing|better|gone)|keeps? coming back|gets? worse)\b/g;
/** "the glands are up": swollen, in the lay word. */
const GLANDS_UP = /\b(?:my|me|his|her|their|the|[a-z]+'s)\s+(glands?\s+(?:are|is|'re|'s|r)\s+(?:(?:all|really|a bit|still)\s+)?up)\b/g;
/** "my da has the sugar", "she's got the nerves": the lay name of a condition said with "the" after someone has it (not a drink's "it has the sugar"). */
const HAS_THE = /\b(?<!\b(?:it|that|this|which|tea|coffee|drink|recipe) )(?:has|have|got|'s got|'ve got|with)\s+the\s+(sugars?|nerves)\b(?!\s+(?:in|on|for|from|already|too|bowl|jar)\b)/g;
/** "my gums recede", "her gums have receded": the slow state said as a verb. */
const RECEDE = /\b(?:my|me|his|her|their|our|[a-z]+'s)\s+(gums?\s+(?:(?:have|has|are|keep|keeps|started to|started|really|just)\s+)*(?:recede|receded|receding))\b/g;
/** "he's terrified of needles", "I'm so scared of the dentist": a fear said of a person is their condition (dental phobia in lay words). */
const AFRAID = /\b(?:i'm|im|i am|he's|hes|she's|shes|he is|she is|they're|they are|always been|been)\s+(?:(?:really|so|absolutely|just|very|quite|a bit|always|like|uh|um)\s+)*((?:terrified|petrified|scared|afraid|frightened) of (?:needles|injections|the needle|the drill|dentists|the dentist|going to the dentist))\b/g;
/** "he had radiation to the jaw": radiotherapy of the head is part of a person's history (as "radiation to my jaw"). */
const RADIATION = /\b(?:had|has had|having|after|since|with)\s+((?:radiation|radiotherapy|radiation therapy) (?:to|on) (?:the|my|his|her|their|me) (?:jaw|head|neck|head and neck|mouth|face|throat|tongue))\b/g;
const APPLIANCE = String.raw`(?:dentures?|braces?|brace wire|wires?|retainers?|plates?|aligners?|invisalign|night guard|mouth guard|splint|bridge|crown|filling|bracket|brackets|implant)`;
const HARM = String.raw`((?:rubbing|rubs|cutting|cuts|poking|pokes|digging into|digs into|digging in(?:to)?|scratching|scratches|catching|catches|pinching|pinches|stabbing|rubbing on|rubbing against|cutting into|sticking into|sticking in(?:to)?|hurting|irritating)\s+(?:the (?:inside|side|back|roof|edge|tip) of\s+)?(?:my|me|his|her|their|your)\s+(?:tongue|cheeks?|lips?|gums?|mouth|palate|gum line)(?:\s+(?:raw|sore|to bits|to pieces))?)`;
/** "it's cutting my gum", "the wire is poking her cheek", "they're rubbing his gums raw": the appliance (or "it") is the subject. */
const HARMED_BY = new RegExp(String.raw`\b(?:${APPLIANCE}(?:\s+(?:is|are|'s|keeps|keep|has been|have been|was|were|been|always|still|just|really|constantly))*|it's|its|it is|it keeps|they're|theyre|they are|they keep|it was|they were)\s+(?:(?:always|still|just|really|constantly|like|kind of|all)\s+)*${HARM}`, 'g');
// Said after a subject, so after a space; whole stems, so "digits" or "spoken" do not run the forms.
const HARM_WORDS = [' rubbing', ' rubs', ' cutting', ' cuts', ' poking', ' pokes', ' digging', ' digs', ' scratch', ' catch', ' pinch', ' stab', ' sticking', ' hurting', ' irritating'];
/** "braces cutting her cheek": with no verb between, the appliance is said with its harm. */
const HARM_BARE = new RegExp(String.raw`\b(${APPLIANCE}\s+${HARM.slice(1, -1)})`, 'g');
/** Each form by the words it cannot be said without: most turns say none, and a substring test or two skip the form. */
const FORMS: Array<[string[], RegExp, number?]> = [
  [['loose', 'broken', 'cracked', 'chipped', 'snapped', 'damaged'], LOOSE_WORK],
  [['loose'], LOOSE_TOOTH],
  [[' pain'], IN_PAIN],
  [['sores', 'patch', 'clots', 'fistula'], GOT_THINGS],
  [[' swelling', ' pain', ' infection', ' bleeding', ' throbbing', ' ache', ' rash', ' abscess', ' numbness', ' tingling'], WORSENING],
  [['gland'], GLANDS_UP],
  [[' the sugar', ' the nerves'], HAS_THE],
  [['recede'], RECEDE],
  [[' of needles', ' of injections', ' of the needle', ' of the drill', ' of dentists', ' of the dentist', ' of going'], AFRAID],
  [['radiation', 'radiotherapy'], RADIATION],
  // Above a symptom clause's (0.91): "rubbing his gums raw" is one harm, not "gums raw".
  [HARM_WORDS, HARM_BARE, 0.92],
  [HARM_WORDS, HARMED_BY, 0.92],
];

/** Any form's word: half the turns say none, and one scan for all of them skips the forms' substring tests (each its own scan). */
const ANY_FORM_WORD = new RegExp(FORMS.flatMap(([words]) => words).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** "if the pain comes back", "if he's got a loose crown": a state said as a condition of something else is nobody's yet. */
const IF_BEFORE = /\b(?:if|unless|in case)\s+$/;

export function layStates(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  if (!ANY_FORM_WORD.test(a.lower)) return found;
  for (const [word, re, confidence = 0.9] of FORMS) {
    if (!word.some((w) => a.lower.includes(w))) continue;
    for (const m of a.lower.matchAll(re)) {
      const word = m[1]!.trim();
      const start = m.index! + m[0].lastIndexOf(word);
      if (found.some((f) => f.start < start + word.length && start < f.end) || IF_BEFORE.test(a.lower.slice(Math.max(0, m.index! - 10), m.index!))) continue;
      found.push({ type: 'MEDICAL_CONDITION', start, end: start + word.length, rule: 'medical.lay_state', confidence, value: word });
    }
  }
  return found;
}
