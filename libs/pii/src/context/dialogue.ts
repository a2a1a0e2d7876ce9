/**
 * Dialogue context: what the turn before asked for, and which turns are the agent's. A question in
 * one turn ("and the last four of your social?") is the cue for the answer in the next ("4 4 1 9").
 */

import { MASK_PATTERN } from '../types';
import { INSURER_NAMED } from '../dictionaries/insurers';
import { CONDITIONS_ASK } from './condition-asks';
import { birthDateTalk, followUpAsks } from './follow-up';

export type Ask =
  | 'name'
  | 'spelling'
  | 'phone'
  | 'dob'
  | 'ssn'
  | 'insurance'
  | 'mrn'
  | 'license'
  | 'account'
  | 'card'
  | 'card4'
  | 'postal'
  | 'address'
  | 'email'
  | 'ip'
  | 'conditions';

export interface Turn {
  /** `agent`, `caller`, or whatever the platform calls them; only `agent`-like speakers are treated as the clinic. */
  speaker?: string;
  text: string;
}

const MASKS = new RegExp(MASK_PATTERN, 'g');

/** Each ask by the words that make it, matched against the end of the turn before. */
const ASKS: Array<[Ask, RegExp]> = [
  ['email', /\be-?mail\b/],
  ['name', /\b(?:first|last|sur|family|given|full|middle|maiden)\s?name|\b(?:your|the|his|her|their|patient'?s?|child'?s|son'?s|daughter'?s) name\b|\bwho (?:am i|i'm) (?:speaking|talking) (?:with|to)\b|\bwho'?s calling\b|\bwho do i have\b|\bpleasure of speaking\b|\bwho is calling\b|\bname,? please\b|\bname of\b|^\s*name\b|\bname\?|\bname for the (?:booking|appointment)\b|\band you are\b|\bwhich (?:hygienist|dentist|doctor|nurse|clinician|practitioner)\b|\bwho would you (?:like|prefer)\b|\bnom de famille\b|\bvotre nom\b|\bpr(?:é|e)nom\b|\bnachname\b|\bvorname\b|\bfamilienname\b|\bihr name\b|\bwie hei(?:ß|ss)en sie\b|\bapellidos?\b|\bsu nombre\b|\bc(?:ó|o)mo se llama\b|\bachternaam\b|\bvoornaam\b|\buw naam\b|\bcognome\b|\bil suo nome\b|\bcome si chiama\b|^\W*(?:and\s+)?(?:the\s+|your\s+)?(?:first|last|middle|sur|given|family)(?:\s?name)?(?: one)?\W*\?\W*$/],
  ['spelling', /\bspell\b|\bspelling\b/],
  ['phone', /\b(?:phone|callback|call back|contact|mobile|cell|telephone|home|work|landline)(?: phone)? number\b|\bbest number\b|\bnumber (?:to|we can|i can) (?:reach|call|text)|\bnumber (?:for|on) (?:you|file)\b|\bphone\b|\bmobile\b|\bcell\b/],
  ['dob', /\bdate of birth\b|\bbirth ?date\b|\bd\.?o\.?b\b|\bborn\b|\bbirthday\b|\byear of birth\b|\b(?:and|the|what|which) year\s*\?|\bgeburtsdatum\b|\bdate de naissance\b|\bfecha de nacimiento\b|\bgeboortedatum\b/],
  ['ssn', /\bsocial\b|\bssn\b|\bsocial security\b|\bsin number\b|\bss number\b/],
  ['insurance', /\bmember(?:ship)? (?:id|number|no)\b|\bpolicy (?:number|id|no)\b|\binsurance (?:id|number|card)\b|\bsubscriber (?:id|number)\b|\bgroup (?:number|id)\b|\b(?:and|what's|what is) the group\s*\?|\bmedicare\b|\bmedicaid\b|\bnhs number\b|\bpps number\b|\bhealth card\b|\bid (?:number )?on (?:the|your) card\b|\bplan (?:id|number)\b|\binsurance\b|\bohip\b|\bhealth card\b|\bcarte vitale\b|\bmutuelle\b|\bvhi\b|\blaya\b|\bhcf\b|\bbupa\b|\bmedibank\b|\bmedical card\b|\bpps\b|\bramq\b|\bpolicyholder'?s? id\b|\bpersonal health number\b|\bphn\b|\bchi number\b|\bcare card\b|\bhealth number\b|\bdva\b|\bgold card\b|\bwhite card\b|\b(?:health |dental |work )?benefits\b|\bcoverage\b|\b(?:kranken)?versichertennummer\b|\bkrankenversicherungsnummer\b|\bkvnr\b/],
  ['mrn', /\bmedical record\b|\bmrn\b|\bchart number\b|\bpatient (?:id|number)\b|\bhospital number\b|\brecord number\b|\bur number\b|\bdossier\b|\bfile number\b|\bpatientennummer\b|\bpatient ref(?:erence)?\b/],
  ['license', /\blicen[cs]e\b|\bdl (?:number|no)\b|\bthe dl\b|\bpermis\b|\bf(?:ü|u)hrerschein\b|\brijbewijs\b|\bcarnet de conducir\b|\bpatente\b|\bphoto id\b|\bid number\b|\bstate is the id\b|\bthe id from\b|\bwhat state (?:issued|is it from)\b|\bissuing (?:state|province)\b|\b(?:state|province) (?:issued|of issue)\b/],
  ['account', /\baccount number\b|\bsort code\b|\biban\b|\bbank\b|\brouting\b|\baccount\b/],
  ['card', /\bcard number\b|\bcredit card\b|\bdebit card\b|\bcard\b/],
  ['postal', /\bzip\b|\bpost ?code\b|\bpostal code\b|\beircode\b|\bsuburb\b|\bpostleitzahl\b|\bplz\b|\bcode postal\b|\bc(?:ó|o)digo postal\b|\bcodice postale\b|\bpostcode\b/],
  ['address', /\baddress\b|\bwhere do you live\b|\bwhat street\b|\bhome address\b|\bstreet\b[^.!?]*\?|\bhouse number\b|\bfirst line\b|\badresse\b|\bhausnummer\b|\bdirecci(?:ó|o)n\b|\b(?:unit|apartment|apt|flat|suite) (?:number|no)\b[^.!?]*\?|\b(?:the|your|a|an|any) (?:unit|apartment|apt|flat|suite)\s*\?/],
  ['ip', /\bip\b|\bip address\b/],
  ['conditions', CONDITIONS_ASK],
];

/** The asks of the last two sentences of `text` (the question the answer will follow). */
export function asksOf(text: string): Set<Ask> {
  // A mask is a value already given: "my number is [PHONE]" asks for nothing, as "my number is 555 0147" did.
  const lower = text.replace(MASKS, ' ').toLowerCase();
  const sentences = lower.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0);
  const tail = sentences.slice(-2).join(' ');
  const asks = new Set<Ask>();
  for (const [ask, pattern] of ASKS) if (pattern.test(tail)) asks.add(ask);
  // "email address" asks for an email, not a street address.
  if (asks.has('email') && !/\b(?:home|street|postal|mailing) address\b/.test(tail)) asks.delete('address');
  if (asks.has('card') && asks.has('insurance')) asks.delete('card');
  // "the address on your license?" asks for an address, not the licence's number.
  if (asks.has('address') && /\baddress (?:on|from|in) (?:your|the|his|her|their) /.test(tail)) for (const ask of ['license', 'insurance', 'card', 'card4'] as const) asks.delete(ask);
  if (asks.has('card') && /\blast (?:four|4)\b|\bdigits\b|\bending\b|\bends\b/.test(tail)) asks.add('card4');
  // "the number next to your name on the card?" asks for a number, not a name.
  if (/\bnumber (?:next to|on|by|beside|under|after) (?:your|the) name\b/.test(tail)) asks.delete('name');
  // "Sun Life certificate number?", "your Denplan reference?": a payer named with a word for its number asks for it ("Bupa Dental Care, how can I help?" does not).
  if ((INSURER_NAMED.test(tail) && /\b(?:number|no|reference|ref|id|certificate|cert|membership|policy|card)\b/.test(tail)) || /\bcert(?:ificate)? (?:number|no)\b/.test(tail)) asks.add('insurance');
  if (asks.has('insurance') && asks.has('name')) asks.delete('insurance');
  return asks;
}

const AGENTS = new Set(['agent', 'assistant', 'ai', 'bot', 'receptionist', 'clinic', 'operator', 'system', 'staff', 'front desk']);

export function isAgent(speaker: string | undefined): boolean {
  return speaker !== undefined && AGENTS.has(speaker.toLowerCase().trim());
}

/** The asks the current turn answers: those of the last turn by another speaker (or the last turn when speakers are unknown). */
export function asksBefore(context: readonly Turn[] | undefined, speaker: string | undefined): Set<Ask> {
  if (!context || context.length === 0) return new Set();
  for (let i = context.length - 1; i >= 0 && i >= context.length - 2; i--) {
    const turn = context[i]!;
    if (speaker === undefined || turn.speaker === undefined || turn.speaker.toLowerCase() !== speaker.toLowerCase()) {
      const asks = asksOf(turn.text);
      if (asks.size === 0 && i >= 2) for (const ask of followUpAsks(context, i, asksOf)) asks.add(ask);
      if (asks.size === 0 && i >= 1 && birthDateTalk(context, asksOf, isAgent)) asks.add('dob');
      // "No, it's only to match the insurance record.": an answer to the speaker's question asks nothing of its own.
      const answer = asks.size > 0 && !/\?\s*$/.test(turn.text) && i > 0 && context[i - 1]!.speaker?.toLowerCase() === speaker?.toLowerCase() && /\?\s*$/.test(context[i - 1]!.text);
      if (asks.size > 0 && !answer) return asks;
      const standing = standingAsks(context, speaker);
      return standing.size > 0 || !answer ? standing : asks;
    }
  }
  return new Set();
}

/** What keeps a speaker going without asking anything: "mm", "go on", "yes", "got it", "and the rest?". */
const BACKCHANNEL = /^[\s,.!?…-]*(?:(?:mm+|m-?hm+|mm[- ]hm+|uh[- ]?huh|yes|yeah|yep|yup|ok|okay|go on|go ahead|right|sure|got (?:it|that)|and|then|and then|and the rest|the rest|thanks|thank you|ready|carry on|keep going|uh|um)[\s,.!?…-]*)+$/i;
/** A turn that is only (part of) a number, said or written: "nine one two", "oh eight seven", "22". */
const FRAGMENT = /(?:\d|\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|ten|double|triple)\b)[\s,.…-]*$/i;
/** The number asks an answer split over turns keeps answering. */
const NUMBER_ASKS: readonly Ask[] = ['phone', 'dob', 'ssn', 'insurance', 'mrn', 'license', 'account', 'card', 'card4', 'postal'];

/**
 * The ask a number dictated over several turns still answers: "What's a good number?" / "oh eight seven" / "mm" / "nine one
 * two". Walking back from the last turn: the other speaker's turns that only keep the speaker going, or that answer the
 * speaker's question about the ask ("is it ok to give that over the phone?" / "Yes, it's only used to find the policy."), and
 * the speaker's own turns ending in part of a number; the first turn with a number ask (the speaker's own cue too: "so the
 * social is, ready? nine one four") is what the turn answers. Anything else ends the walk: a new topic asks nothing.
 */
function standingAsks(context: readonly Turn[], speaker: string | undefined): Set<Ask> {
  const none = new Set<Ask>();
  if (speaker === undefined) return none;
  const self = speaker.toLowerCase();
  let said = 0;
  for (let i = context.length - 1; i >= 0 && i >= context.length - 6; i--) {
    const turn = context[i]!;
    if (turn.speaker === undefined) return none;
    const own = turn.speaker.toLowerCase() === self;
    const text = turn.text.replace(MASKS, ' 0 ');
    if (own && !FRAGMENT.test(text) && !/\?\s*$/.test(text)) return none;
    // A number is dictated in three parts at most: past two of the speaker's own, what follows "ok" is a new topic. (Turns are
    // counted, not digits: a part already masked reads the same as the digits it replaced.)
    if (own && FRAGMENT.test(text) && ++said > 2) return none;
    const answersQuestion = !own && !/\?\s*$/.test(text) && i > 0 && context[i - 1]!.speaker?.toLowerCase() === self && /\?\s*$/.test(context[i - 1]!.text);
    const asks = new Set([...asksOf(turn.text)].filter((ask) => NUMBER_ASKS.includes(ask)));
    if (asks.size > 0 && !answersQuestion && (!own || FRAGMENT.test(text))) return asks;
    if (own) continue;
    if (!BACKCHANNEL.test(turn.text) && !answersQuestion) return none;
  }
  return none;
}

const SPEAKER_LINE = /^[ \t]*(agent|caller|patient|receptionist|assistant|user|customer|bot|ai|operator|clinic)[ \t]*:[ \t]*/gim;

export interface Segment {
  speaker?: string;
  /** Offsets of the turn's text, without the speaker prefix. */
  start: number;
  end: number;
}

/**
 * A text of `Agent:`/`Caller:` lines read as a dialogue: one segment per turn, its speaker named.
 * Text before the first prefix (or with none) is one segment without a speaker.
 */
export function segments(text: string): Segment[] {
  const found: Array<{ speaker: string; prefixStart: number; textStart: number }> = [];
  for (const m of text.matchAll(SPEAKER_LINE)) found.push({ speaker: m[1]!.toLowerCase(), prefixStart: m.index!, textStart: m.index! + m[0].length });
  if (found.length === 0) return [{ start: 0, end: text.length }];
  const out: Segment[] = [];
  if (found[0]!.prefixStart > 0 && text.slice(0, found[0]!.prefixStart).trim()) out.push({ start: 0, end: found[0]!.prefixStart });
  found.forEach((f, i) => out.push({ speaker: f.speaker, start: f.textStart, end: i + 1 < found.length ? found[i + 1]!.prefixStart : text.length }));
  return out;
}
