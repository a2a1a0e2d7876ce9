import { Analysis } from '../analysis';

/**
 * More ways a condition is talked of as nobody's: a fact about it ("gum disease is linked to heart
 * trouble", "cavities run in families", "a hip replacement quote"), the people who have it as a kind ("do you take people with
 * diabetes?"), a crowd that is it ("a lot of people are allergic to latex"), and a question put for
 * someone unnamed ("teething is rough at that age, asking for a friend").
 */
const FACT_AFTER = /^\s+(?:quotes?|prices?|costs?|estimates?|leaflets?|brochures?)\b|^\s*(?:is |are |can be |may be )?(?:linked to|connected to|associated with|caused by|a risk factor|hereditary|genetic|contagious|catching)\b|^\s*(?:runs?|ran) in (?:the |a lot of |lots of |many |most |some )?famil(?:y|ies)\b|^\s*(?:is|are) (?:rough|hard|tough|awful|common|normal) (?:at|for|in|with)\b/;
const KIND_BEFORE = /\b(?:people|patients|kids|children|adults|folks|those|anyone|someone|somebody|clients|women|men) (?:with|who have|who've got|that have|who get|that get|suffering from)\s+(?:(?:a|an|some)\s+)?$/;
const CROWD_IS = /\b(?:(?:a lot|lots|loads|plenty|most|many|half) of (?:people|kids|patients|women|men|folks|children)|most people|many people|so many people|everyone|everybody)\b[^.?!,]{0,30}\b(?:are|is|get|suffer from|have|develop)\s+(?:a\s+|an\s+)?$/;
const FOR_SOMEONE_UNNAMED = /\basking for a friend\b|\bi (?:saw|read|heard) (?:on|in) the (?:news|paper|radio|internet|telly|tv)\b/;

/** Whether the turn says it, read once per turn: the rule asks it of every condition found. */
const saidForSomeoneUnnamed = new WeakMap<Analysis, boolean>();

export function remarkOfNobody(a: Analysis, sentenceFrom: number, start: number, end: number): boolean {
  const before = a.lower.slice(Math.max(sentenceFrom, start - 90), start);
  if (FACT_AFTER.test(a.lower.slice(end, end + 30)) || KIND_BEFORE.test(before) || CROWD_IS.test(before)) return true;
  let said = saidForSomeoneUnnamed.get(a);
  if (said === undefined) saidForSomeoneUnnamed.set(a, (said = FOR_SOMEONE_UNNAMED.test(a.lower)));
  return said;
}

/** "the crown prep", "bowel prep", "a prep appointment": the preparing of a treatment, not PrEP the medicine. */
const PREPARED_BEFORE = /\b(?:crown|veneer|bridge|implant|tooth|filling|cavity|bowel|meal|food|surgical|pre-op|test|exam)\s+$/;
const PREP_AFTER = /^\s+(?:appointment|visit|work|time|stage|session|kit)\b/;

/** "Penicillin allergy is pretty common", "ibuprofen is safe in pregnancy?": a fact about the medicine, nobody's. */
const MEDICINE_FACT_AFTER = /^\s*(?:allerg(?:y|ies)\s+)?(?:is|are)\s+(?:(?:pretty|really|very|quite|so|super|generally|usually)\s+)?(?:common|rare|normal|safe|ok|okay|dangerous|addictive)\b/;

/** "the package says 0.5 percent ...", "the label reads": a product's printed words, nobody's medicine. */
const PRINTED_BEFORE = /\b(?:the|its|it's|this) (?:package|packet|box|label|bottle|tube|leaflet|insert|jar) (?:says|said|reads|lists|has)\b(?:[^.?!]|\.\d){0,30}$/;

/** "does Corsodyl stain your teeth", "how long till the novocaine wears off": what a product does, asked of anyone's. */
const ASKED_WHAT_IT_DOES_BEFORE = /(?:^|[,;.?!]\s*|\b(?:and|so|but|um|uh|like|also)\s+)(?:does|do|will|can|could|would|how long (?:till|until|does|do|will)|how long till|how long until|when does|when will)\s+(?:the\s+)?$/;
const WHAT_IT_DOES_AFTER = /^\s+(?:wears? off|last|stain|sting|taste|kick in|make you|cause|affect|work on|numb)\b/;

export function notTheMedicine(a: Analysis, start: number, end: number, value: string): boolean {
  if (MEDICINE_FACT_AFTER.test(a.lower.slice(end, end + 40)) || PRINTED_BEFORE.test(a.lower.slice(Math.max(0, start - 60), start))) return true;
  if (WHAT_IT_DOES_AFTER.test(a.lower.slice(end, end + 24)) && ASKED_WHAT_IT_DOES_BEFORE.test(a.lower.slice(Math.max(0, start - 40), start))) return true;
  return value === 'prep' && (PREPARED_BEFORE.test(a.lower.slice(Math.max(0, start - 20), start)) || PREP_AFTER.test(a.lower.slice(end, end + 16)));
}
