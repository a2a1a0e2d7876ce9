import { Analysis } from '../analysis';
import { memoWord } from '../word-memo';
import { Candidate } from '../types';
import { startsOf, startWord } from '../starts';

/**
 * Lay symptoms said as a clause about someone's body, the way callers describe them: "my gums are
 * all puffy", "her jaw clicks", "the tooth is loose", "he chipped his front tooth", "pain when she
 * chews", "it's dead sensitive". The clause is masked as said (body part through the symptom; the
 * owner stays outside); with a complaint idiom ("my wisdom tooth is killing me") the body part alone
 * is the condition. A body part needs an owner before it, so "the gum in the jar" or "my back is to
 * the window" say nothing.
 */

/** Body parts, and the dental work callers speak of as part of them ("my filling's come out"). */
const PARTS = new Set([
  'tooth', 'teeth', 'molar', 'molars', 'premolar', 'premolars', 'incisor', 'incisors', 'canines', 'gum', 'gums', 'jaw', 'face', 'cheek', 'cheeks', 'mouth', 'tongue', 'lip', 'lips', 'throat',
  'palate', 'chin', 'tonsil', 'tonsils', 'sinus', 'sinuses',
  'filling', 'fillings', 'crown', 'crowns', 'denture', 'dentures', 'implant', 'veneer', 'bridge', 'brace', 'braces', 'retainer', 'cap',
  'knee', 'knees', 'hip', 'hips', 'ankle', 'ankles', 'wrist', 'shoulder', 'neck', 'ear', 'ears', 'eye', 'eyes', 'glands', 'stomach', 'tummy',
]);
/** Words said before a part that belong to it: "my wisdom tooth", "her back molar", "the bottom left one". */
const PART_MODIFIERS = new Set(['partial', 'full', 'whole', 'wisdom', 'front', 'back', 'bottom', 'top', 'lower', 'upper', 'left', 'right', 'baby', 'new', 'big', 'side', 'eye', 'canine']);
/** Whose the part is: a possessive, "the", or a name's or relation's ("my kid's gums", "Femi's jaw"). */
const OWNERS = new Set(['my', 'me', 'his', 'her', 'their', 'your', 'our', 'the', 'this', 'that', 'mah', 'ma']);

/** Words between the part and the symptom that change nothing: "are all", "is kind of", "keeps", "has gone". */
const LINK = String.raw`(?:that's|thats|that|which|is|are|'s|s|was|were|has|have|had|been|keeps?|kept|feels?|felt|looks?|seems?|gets?|getting|got|gone|went|goes|going|started|starting|starts|still|now|just|all|very|really|so|kinda|kind|sort|of|like|a|bit|little|pretty|super|dead|quite|proper|well|too|more|always|totally|slightly|completely|constantly|after|uh|um|er|erm)`;
const RELATIVE = /^\s+(?:that|which)\b/;
const PLACES = new Set(['on', 'in', 'under', 'inside', 'near', 'behind', 'above', 'below']);
/** Regions of a part: "the side of my face", "the roof of her mouth", "the inside of his cheek". */
const REGIONS = new Set(['side', 'back', 'roof', 'inside', 'top', 'bottom', 'front', 'floor', 'corner', 'edge', 'tip', 'underside', 'rest']);
/** Where a part is, by the work or the part beside it: "the tooth under it", "the gum around the crown", "the one next to it". */
const PLACE_AFTER = /\s+(?:under|underneath|beneath|behind|beside|around|near|above|below|next to|in front of)\s+(?:it|that|this|them|the (?:filling|fillings|crown|bridge|cap|implant|brace|braces|denture|dentures|veneer|one|gap))\b/y;
/** Symptoms said of a part. */
const STATE = String.raw`(?:(?:broke|broken|split|snapped|cracked) in (?:half|two)|(?:swelled|swollen|puffed|blown) up|swollen|swelling|puffy|impacted|bleeding|bleeds?|bled|locked|locking|locks|loose|wobbly|black|grey|gray|red|sore|tender|numb|sensitive|throbbing|throbs?|aching|aches?|hurts?|hurting|rubbing|rubs?|clicks?|clicking|popping|infected|cracked|cracking|broken|chipped|stiff|inflamed|raw|bruised|itchy|tingling|burning|discoloured|discolored|(?:fell|fallen|falling|came|come|coming) (?:out|off|loose)|(?:broke|broken|split|snapped|cracked) in (?:half|two)|broke|snapped|split|dislocated|flared up|flaring up|flares up|yellow|yellowish|stained|wiggly|burnt|burned|scalded|blistered|peeling|grazed|(?:pushed|bashed|shoved) (?:back|in|forward))`;
/** "sensitive to cold", "sore to touch": what sets the symptom off belongs to it. */
// "sensitive to hot and cold": two triggers joined are one.
const SETS_OFF = String.raw`(?:the\s+)?(?:cold drinks|hot drinks|sweet things|cold|hot|heat|sweets?|pressure|touch|biting|chewing)\b`;
const TRIGGER = String.raw`(?:\s+to\s+${SETS_OFF}(?:\s+(?:and|or|&)\s+${SETS_OFF})?)?`;
const TRIGGER_AFTER = new RegExp(TRIGGER.slice(3, -2), 'y');
const CLAUSE = new RegExp(String.raw`(?:\s+${LINK})*\s+${STATE}\b${TRIGGER}`, 'y');
/** Idioms in which the part is the complaint: "my wisdom tooth is killing me", "her back molar is giving her grief". */
const COMPLAINT = new RegExp(
  String.raw`(?:\s+${LINK})*\s+(?:killing (?:me|him|her|them)|(?:very |really |so )?painful|playing up|acting up|coming (?:through|in)|giving (?:me|him|her|them) (?:grief|trouble|hell|gyp|jip|bother)|bothering (?:me|him|her|them)|driving (?:me|him|her) (?:mad|crazy|nuts)|at (?:me|him|her|them)(?! (?:to|about|for)\b))\b`,
  'y',
);
/** Injuries said with the verb first: "cracked a tooth", "lost her front tooth", "knocked out his front tooth", "clench my teeth". */
const INJURY_VERBS = new Set(['cracked', 'chipped', 'broke', 'broken', 'lost', 'knocked', 'snapped', 'split', 'clench', 'clenches', 'clenching', 'grind', 'grinds', 'grinding']);
// (Not a denture: a broken denture is a device to mend, not the person's condition.)
const INJURY = /\s+(?:out\s+)?(?:a|my|his|her|their|the|one of (?:my|his|her|their))\s+(?:(?:front|back|wisdom|bottom|top|baby|adult|new)\s+)?(?:tooth|teeth|molars?|premolars?|incisors?|canines?|filling|crown|veneer|cap|bridge)\b/y;
/**
 * Appliances worn in the mouth: their breaking ("my denture broke", "the retainer snapped") is the appliance's, not a symptom;
 * one gone loose is the wearer's, as "a loose denture" is (`lay-states.ts`).
 */
const APPLIANCES = new Set(['denture', 'dentures', 'retainer', 'brace', 'braces']);
const BREAKING = /^(?:\s+(?:is|are|has|have|'s|s|just|got|gone|all))*\s+(?:broke|broken|cracked|snapped|split|chipped|(?:fell|fallen|came|come|coming) (?:out|off|loose)|don't fit|doesn't fit)\b/;
/** "pain when she chews", "hurts when I bite": a symptom tied to what the person does. */
const PAIN_KINDS = new Set(['sharp', 'dull', 'stabbing', 'shooting', 'throbbing', 'burning', 'searing', 'nagging', 'gnawing', 'piercing']);
const PAIN_WHEN = /\s+when\s+(?:i|he|she|they|we|you)\s+(?:chew|chews|bite|bites|eat|eats|drink|drinks|brush|brushes|floss|flosses|swallow|swallows|yawn|yawns|open|opens)\b/y;
/** "he's bleeding a bit", "she's like bleeding": bleeding said of a person. */
const BLEEDING_SUBJECTS = new Set(["i'm", 'im', "he's", "she's", "they're", "it's", 'its', 'am', 'is', 'are']);
const BLEEDING_PAUSES = new Set(['like', 'still', 'now', 'just', 'uh', 'um', 'er']);
/** "it's dead sensitive", "now its uh loose": a symptom said of the part named before, with its degree. */
const OF_IT_SUBJECTS = new Set(["it's", 'its', "they're", 'it', 'they']);
const IT_STATE = String.raw`(?:(?:very|really|so|dead|super|quite|a bit|a little|all|kinda|pretty)\s+)*(?:sensitive|sore|swollen|throbbing|throbs|aches|stings|loose|wobbly|infected|numb|inflamed|bleeding|impacted|abscessed|itchy|blistered|blistering|weeping|burns|tingles|locks up|locked up|locking up|keeps locking)`;
/** "it's itchy and blistered": two states joined are one symptom said. */
const OF_IT = new RegExp(String.raw`(?:\s+(?:is|was|are|been))?\s+(?:(?:uh|um|er|like|now|still|just)\s+)*(${IT_STATE}${TRIGGER}(?:,?\s+and\s+${IT_STATE}${TRIGGER})?)(?=\s*(?:$|[,.!?;]|(?:and|when|now|again|on|at|since|after|but|to|in|if|so)\b))`, 'y');

/** Above a dictionary word's (0.9), so "gums are dead sore" is one span, not "sore" alone. */
const CONFIDENCE = 0.91;

/** Symptoms said before the part: "a wobbly crown", "her rotten back tooth", "my swollen gums". */
// (Not "loose": a child's loose tooth is no complaint; "cracked", "chipped", "broken" are read as injuries.)
const STATES_BEFORE = new Set(['wobbly', 'rotten', 'rotting', 'decayed', 'swollen', 'sore', 'infected', 'abscessed', 'impacted', 'throbbing', 'inflamed', 'puffy', 'aching', 'achy', 'painful', 'sensitive', 'numb', 'black', 'wonky', 'dodgy']);
/** Whose the part said after its symptom is: "my", or "a" after "I've got" ("a wobbly crown is common" is nobody's). */
const STATE_OWNERS = new Set(['my', 'his', 'her', 'their', 'got', 'have', 'has']);
const STATE_ARTICLES = new Set(['a', 'an', 'two', 'some', 'this']);
const HAVING = new Set(['got', 'have', 'has', 'had', 'with', "i've", "we've", "she's", "he's"]);
/** "she's expecting", "I'm expecting in May": pregnant, when nothing expected is named after it. */
const EXPECTING_SUBJECTS = new Set(["i'm", 'im', "she's", 'shes', "we're", 'wife', "wife's", 'partner', "partner's", 'daughter', "daughter's"]);
const EXPECTING_AFTER = /^\s*(?:$|[,.!;]|(?:like|about|uh|um|and|so|again|twins|a baby|in|due|since|at)\b|\w+ (?:months|weeks)\b)/;

/** Growths and sores said where they are: "a lump on my gum", "a little bump on her gum", "an ulcer under his tongue". */
// (Not "ulcer", "abscess", "cyst": a disease's own word is the condition alone, "an [ulcer] on my tongue", as the sets label it;
// nor "swelling", a symptom's word said without its place, "a bit of [swelling] on the left", "a [swelling] under his jaw".)
const GROWTHS = new Set(['crack', 'lump', 'lumps', 'bump', 'bumps', 'blister', 'blisters', 'boil', 'spot', 'spots', 'growth', 'patch', 'patches', 'cut', 'cuts', 'lesion', 'rash', 'graze', 'bruise', 'mark', 'marks']);
const WHERE = new RegExp(String.raw`\s+(?:on|in|under|inside|near|at the back of|on the side of|on the inside of)\s+(?:(my|me|his|her|their|your|the)\s+)((?:(?:${[...PART_MODIFIERS].join('|')})\s+){0,2})(${[...PARTS].filter((p) => !APPLIANCES.has(p)).join('|')})\b`, 'y');
const COLOURS = new Set(['white', 'red', 'black', 'yellow', 'dark', 'purple', 'grey', 'gray', 'brown']);
const WHERE_OWNERS = new Set(['my', 'me', 'his', 'her', 'their', 'your']);
/** Symptoms too general alone that are someone's after "I've got", "has been having": "i've got sensitivity". */
const HAD_SYMPTOMS = new Set(['sensitivity', 'tenderness', 'discomfort']);
const HAD_BEFORE = new Set(['got', 'have', 'has', 'had', 'having', 'getting', "i've", 'with', 'feel', 'feeling']);
/** "I saw Dr Vu for sensitivity to cold", "she's being treated for tenderness": a visit for a symptom is someone's symptom ("good for sensitivity" is a product's). */
const VISITED_FOR = /\b(?:saw|seen|seeing|treated|treating|referred|came in|come in|coming in|went in|booked|booking|appointment|checked)\b[^.?!]{0,40}$/;
const NOT_A_SYMPTOM_AFTER = new Set(['training', 'settings', 'setting', 'test', 'tests', 'testing', 'analysis', 'reader', 'readers', 'label', 'labels', 'level', 'levels', 'mode', 'score', 'scores', 'check', 'checks', 'reading', 'readings', 'issues', 'policy', 'course', 'session']);
const DEGREE = new Set(['some', 'a', 'bit', 'of', 'little', 'bad', 'really', 'terrible', 'awful', 'lot', 'like', 'uh', 'um', 'real', 'slight', 'mild', 'much', 'more', 'this', 'that', 'the', 'such', 'constant', 'bit']);

type Start = 'part' | 'injury' | 'pain' | 'bleeding' | 'it' | 'state' | 'expecting' | 'growth' | 'had';
/** Every word a symptom form starts at, by its form: one map read per token decides most tokens. */
const STARTS = new Map<string, Start>([
  ...[...PARTS].flatMap((p): Array<[string, Start]> => [[p, 'part'], [`${p}'s`, 'part']]),
  ...[...INJURY_VERBS].map((w): [string, Start] => [w, 'injury']),
  ['pain', 'pain'],
  ['bleeding', 'bleeding'],
  ...[...OF_IT_SUBJECTS].map((w): [string, Start] => [w, 'it']),
  ...[...STATES_BEFORE].map((w): [string, Start] => [w, 'state']),
  ['expecting', 'expecting'],
  ...[...GROWTHS].map((w): [string, Start] => [w, 'growth']),
  ...[...HAD_SYMPTOMS].map((w): [string, Start] => [w, 'had']),
]);
const startOf = memoWord((w) => STARTS.get(w));
const symptomStart = startWord((w) => STARTS.has(w));

export function symptomClauses(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const push = (start: number, end: number) => found.push({ type: 'MEDICAL_CONDITION', start, end, rule: 'medical.symptom', confidence: CONFIDENCE, value: a.lower.slice(start, end) });
  const at = (re: RegExp, from: number) => {
    re.lastIndex = from;
    return re.exec(a.lower);
  };

  for (const i of startsOf(t, symptomStart)) {
    const token = t[i]!;
    const kind = startOf.of(token)!;
    if (kind === 'part') {
      let first = i;
      while (first > 0 && PART_MODIFIERS.has(t[first - 1]!.lower) && first > i - 2) first--;
      const owner = t[first - 1]?.lower ?? '';
      // "he's got a tooth that aches": a part someone has, said with a clause about it (not an appliance: "dentures that
      // rub" is the denture's fault, and the sets leave appliances unlabelled).
      const had = !APPLIANCES.has(token.lower) && HAVING.has(owner) || (STATE_ARTICLES.has(owner) && HAVING.has(t[first - 2]?.lower ?? ''));
      if (!OWNERS.has(owner) && !owner.endsWith("'s") && !(had && RELATIVE.test(a.lower.slice(token.end, token.end + 8)))) continue;
      // "my filling's fell out": the "'s" glued to the part is said with it.
      // "the side of me face is swollen": the region of the part is said with it (its own "the" stays outside).
      const start = t[first - 2]?.lower === 'of' && REGIONS.has(t[first - 3]?.lower ?? '') ? t[first - 3]!.start : t[first]!.start;
      if (APPLIANCES.has(token.lower) && BREAKING.test(a.lower.slice(token.end, token.end + 30))) continue;
      // "the tooth under it hurts": where the part is, said between it and its symptom, is said with them.
      const place = at(PLACE_AFTER, token.end);
      // "a cut on her cheek that's bleeding": a clause after a part that is another thing's place is that thing's.
      const placeOf = PLACES.has(t[first - 2]?.lower ?? '') && RELATIVE.test(a.lower.slice(token.end, token.end + 8));
      const clause = placeOf ? null : (at(CLAUSE, token.end) ?? (place && at(CLAUSE, token.end + place[0].length)));
      if (clause) push(start, clause.index + clause[0].length);
      else {
        // "my tooth is killing me", the Irish "the tooth is at me": the sets label these idioms with their predicate; the milder ones
        // ("playing up") the part alone.
        const complaint = at(COMPLAINT, token.end);
        if (complaint) push(start, /killing| at /.test(complaint[0]) ? token.end + complaint[0].length : token.end);
      }
    } else if (kind === 'injury') {
      const m = at(INJURY, token.end);
      // "knocked his tooth out": the "out" said after the tooth is the injury's, as it is before it.
      const out = m && token.lower === 'knocked' ? /^\s+out\b/.exec(a.lower.slice(token.end + m[0].length)) : null;
      if (m) push(token.start, token.end + m[0].length + (out?.[0].length ?? 0));
    } else if (kind === 'pain') {
      const m = at(PAIN_WHEN, token.end);
      // "a sharp pain when i bite": a pain named by its kind is the kind and the pain, as the sets label it ("[sharp pain] when I bite").
      const kindOf = t[i - 1] && PAIN_KINDS.has(t[i - 1]!.lower) ? t[i - 1]! : null;
      if (m && kindOf) push(kindOf.start, token.end);
      else if (m) push(token.start, token.end + m[0].length);
    } else if (kind === 'state') {
      // "a rotten back tooth", "my swollen gums": the symptom, a modifier or two, and the part.
      let k = i + 1;
      while (k < t.length && k < i + 3 && PART_MODIFIERS.has(t[k]!.lower)) k++;
      const owner = t[i - 1]?.lower ?? '';
      const owned = STATE_OWNERS.has(owner) || (STATE_ARTICLES.has(owner) && HAVING.has(t[i - 2]?.lower ?? ''));
      if (!PARTS.has(t[k]?.lower ?? '') || !owned) continue;
      // "a wobbly tooth that's gone black": a clause about the part, said after it, is the same symptom said on.
      const more = RELATIVE.test(a.lower.slice(t[k]!.end, t[k]!.end + 8)) ? at(CLAUSE, t[k]!.end) : null;
      push(token.start, more ? t[k]!.end + more[0].length : t[k]!.end);
    } else if (kind === 'bleeding') {
      let k = i - 1;
      while (k >= 0 && BLEEDING_PAUSES.has(t[k]!.lower)) k--;
      if (k >= 0 && BLEEDING_SUBJECTS.has(t[k]!.lower)) push(token.start, token.end);
    } else if (kind === 'expecting') {
      if (EXPECTING_SUBJECTS.has(t[i - 1]?.lower ?? '') && EXPECTING_AFTER.test(a.lower.slice(token.end, token.end + 20))) push(token.start, token.end);
    } else if (kind === 'growth') {
      // The part's owner says whose; "the" does when someone has it: "I've got a lump on the gum".
      const m = at(WHERE, token.end);
      if (!m) continue;
      let h = i - 1;
      while (h >= 0 && (STATE_ARTICLES.has(t[h]!.lower) || DEGREE.has(t[h]!.lower) || STATES_BEFORE.has(t[h]!.lower))) h--;
      // "a white patch on her tongue": a colour said before the growth is part of what is seen.
      const coloured = COLOURS.has(t[i - 1]?.lower ?? '') ? t[i - 1]!.start : token.start;
      if (WHERE_OWNERS.has(m[1]!) || HAVING.has(t[h]?.lower ?? '')) push(coloured, token.end + m[0].length);
    } else if (kind === 'had') {
      let h = i - 1;
      while (h >= 0 && h > i - 5 && DEGREE.has(t[h]!.lower)) h--;
      // "we have sensitivity training", "has tenderness scores": a noun after it makes it another thing's.
      const visited = t[h]?.lower === 'for' && VISITED_FOR.test(a.lower.slice(Math.max(0, t[h]!.start - 50), t[h]!.start));
      if ((HAD_BEFORE.has(t[h]?.lower ?? '') || visited) && !NOT_A_SYMPTOM_AFTER.has(t[i + 1]?.lower ?? '')) {
        // "sensitivity to hot drinks": what sets it off is part of the complaint, as with "sensitive to cold".
        const end = token.end + (at(TRIGGER_AFTER, token.end)?.[0].length ?? 0);
        found.push({ type: 'MEDICAL_CONDITION', start: token.start, end, rule: 'medical.symptom', confidence: 0.92, value: a.lower.slice(token.start, end) });
      }
    } else if (kind === 'it') {
      const m = at(OF_IT, token.end);
      if (m) push(token.end + m[0].length - m[1]!.length, token.end + m[0].length);
    }
  }
  return found;
}
