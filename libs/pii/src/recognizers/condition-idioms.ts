import { Analysis } from '../analysis';

/**
 * Condition words in idioms, said of a queue, a bill or a car park and not of a body: "a pain in the neck", "it's a
 * headache getting parking", "I nearly had a heart attack when I saw the bill", "this hold music is giving me a headache",
 * "that's a sore point".
 */

/** "a pain in the neck": with "the", a figure of speech; "a pain in my neck" is a body's. */
const PAIN_IN_THE = /^pain in the (?:neck|arse|ass|butt|backside|bum|rear)\b/;
/** "a sore point", "a sore loser", "a sore subject". */
const SORE_FIGURE = /^sore (?:point|loser|subject)\b/;
/** Nouns said of a situation after "it's a", "what a", "a real": "it's a headache", "what a nightmare", "a right pain". */
const FIGURATIVE = new Set(['headache', 'pain', 'nightmare', 'killer', 'torture', 'agony', 'migraine']);
const SITUATION_BEFORE = /(?:\b(?:it's|it is|its|that's|that is|thats|this is|that was|it was|it's been|that'll be|what|such|bit of|kind of|sort of)\s+an?\s+(?:(?:real|right|total|proper|royal|absolute|massive|huge|major|bit of a|little)\s+)?|\ban?\s+(?:real|right|total|proper|royal|absolute)\s+)$/;
/** The body's: "it's a headache behind my eyes", "that's a pain in my jaw", "it's a pain that comes and goes". */
const BODY_AFTER = /^\s+(?:in|on|behind|at|around|down|under|from|since|for|when|every|all|that|which|like|and|right|here|there)\b|^\s+(?:my|me|his|her)\b/;
/** A thing, not a body, giving it: "the hold music is giving me a headache", "this form gave me a migraine". */
const THING_GIVES = /\b(?:music|noise|this|that|it|traffic|paperwork|forms?|website|app|system|queue|hold|waiting|phone|line|call|kids|bill|price|parking)\s+(?:is |was |'s |are |were |keeps )?(?:giving|gave|give|gives|gonna give|going to give)\s+me\s+$/;
/** "I nearly had a heart attack", "you'll give me a heart attack", "I nearly fainted at the price": shock, not a body. */
const SHOCK_BEFORE = /\b(?:nearly|almost|practically|near enough|about to)\s+(?:had|have|gave me|give me|died of)\s+$|\b(?:you'll|you will|you're gonna|you're going to|gonna|going to|that'll|it'll)\s+give me\s+$/;
const SHOCK = new Set(['heart attack', 'stroke', 'coronary', 'seizure', 'fit', 'heart failure']);
const SHOCKED_BY_AFTER = /^\s+(?:at (?:the|that|your|this)|over (?:the|that)|when (?:i|we) (?:saw|heard|got|opened|read|looked)|when (?:they|you|she|he) (?:told|said|sent|quoted|rang)|seeing|reading|looking at)\b/;
const SHOCK_VERBS = new Set(['fainted', 'passed out', 'collapsed', 'threw up', 'vomited', 'choked', 'died']);

/** "my heart sank", "my heart skipped a beat", "my heart goes out to her": feeling, not a heart's condition. */
const HEART_FIGURE_AFTER = /^\s+(?:sank|sinks|sunk|skipped a beat|was in my mouth|goes out|went out|broke|breaks|melted|is set on|was set on|wasn't in it|isn't in it|bleeds|dropped)\b/;

export function idiomNotBody(a: Analysis, start: number, end: number, words: string, before: string, bare: string): boolean {
  const from = a.lower.slice(start, end + 24);
  if (PAIN_IN_THE.test(from) || SORE_FIGURE.test(from) || (words === 'heart' && HEART_FIGURE_AFTER.test(a.lower.slice(end, end + 20)))) return true;
  if (FIGURATIVE.has(words) && ((SITUATION_BEFORE.test(before) && !BODY_AFTER.test(a.lower.slice(end, end + 16))) || THING_GIVES.test(bare))) return true;
  if (SHOCK_VERBS.has(words)) return /\b(?:nearly|almost|practically)\s+$/.test(bare) && SHOCKED_BY_AFTER.test(a.lower.slice(end, end + 30));
  return SHOCK.has(words) && SHOCK_BEFORE.test(bare);
}
