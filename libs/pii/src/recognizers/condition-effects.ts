import { Analysis } from '../analysis';

/**
 * What a treatment does to anyone who has it, asked about or forecast: "how long does the numbness last", "is bleeding
 * normal after an extraction", "what if the swelling doesn't go down", "you may have some swelling for a day or two".
 * Said before the treatment, of nobody's body yet; the same words said of a body ("the numbness in my lip") stay.
 */
// The effect alone, or with the treatment it follows ("sensitivity after whitening", read by the symptom rules as one).
const EFFECT = /^(?:numbness|numb|swelling|bleeding|soreness|sensitivity|sensitive|pain|bruising|tenderness|stiffness|discomfort|aching|infection|infected|throbbing|dry socket)(?:$|\s+(?:after|following|from|with)\b)/;
/** The question's opening right before the effect (the article stripped): "will", "how long does", "is there any". */
const ASKED_BEFORE = /(?:^|[,;]\s*|\b(?:and|so|but|um|uh|like|also|just|ok|okay)\s+)(?:will|would|does|do|is|are|can|could|should|how long (?:will|does|do|is|till|until|for)|how long till|how long until|how much|how bad (?:is|will)|when (?:does|will|do)|what (?:happens )?if|what about|is there(?: usually| normally| much| a lot of| any)?|will there be(?: much| any)?|should there be(?: much| any)?|(?:it's |it is |is it )?normal to (?:have|get|feel)|do people (?:get|have|feel)|do you (?:usually |normally )?(?:get|have|feel)|any)\s+(?:the\s+|any\s+|much\s+|some\s+|a bit of\s+|a little\s+|a touch of\s+|a little bit of\s+)?$/;
/** A forecast of the effect: "you may have some swelling", "some patients feel a bit of sensitivity after whitening". */
const FORECAST_BEFORE = /\b(?:may|might|will|could|can|should|would|usually|often|sometimes) (?:have|get|feel|notice|experience|see)\s+(?:some |a bit of |a little |a little bit of |any |a lot of |a touch of |mild )?$|\b(?:some|most|many|lots of|a lot of|a few) (?:patients|people|folks)\s+(?:\w+\s+){0,4}$/;
/** "the numbness, is it gone in an hour", "the swelling, how long does it last": the effect put first, then asked. */
const ASKED_AFTER = /^\s*,?\s*(?:is it|will it|does it|how long (?:does|will) it|how long is it|when does it|normally|usually)\b/;
/** The sentence names a treatment or an effect's course: what is done, not what anyone has. */
const TREATMENT_SAID = /\b(?:after|from|with|during|following|before)\s+(?:an?|the|my|your|i get|you do)?\s*(?:filling|crown|root canal|extraction|implant|cleaning|clean|deep clean|scale|whitening|injection|anaesthetic|anesthetic|numbing|sedation|surgery|procedure|treatment|braces|bridge|veneer|tooth (?:comes|coming) out|wisdom teeth?)|\b(?:wears?|wearing|wore) off\b|\b(?:last|lasts|go down|goes down|go away|settle|normal|usual|expected)\b/;
const OWNER_BEFORE = /\b(?:my|me|his|her|their|our|your|[a-z]+'s)\s+$/;
/** "will the numbness in my tongue go away": placed in someone's body, it is theirs. */
const PLACED_AFTER = /^\s+(?:in|on|under|around|at|down|along|near)\s+(?:my|me|his|her|their|our|the (?:left|right|top|bottom|front|back))\b/;

/** `before` is the sentence up to the effect's words, article and all; `bare` the same without the article. */
export function effectAskedOf(a: Analysis, words: string, end: number, before: string, bare: string): boolean {
  if (!EFFECT.test(words)) return false;
  const after = a.lower.slice(end, end + 40);
  if (OWNER_BEFORE.test(bare) || /\bstill\s+$/.test(bare) || PLACED_AFTER.test(after)) return false;
  const sentence = a.lower.slice(Math.max(0, end - 90), end + 60);
  if (ASKED_BEFORE.test(bare) || FORECAST_BEFORE.test(bare)) return TREATMENT_SAID.test(sentence) || a.text.slice(end).includes('?');
  return /(?:^|[,;]\s*|\b(?:and|so|but|um|uh)\s+)the\s+$/.test(before) && ASKED_AFTER.test(after);
}
