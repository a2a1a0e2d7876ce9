import { Analysis, tokenize } from '../analysis';
import { AFTER_NAME, INSURER_NAMED, INSURERS } from '../dictionaries/insurers';
import { flagWord } from '../word-memo';
import { Candidate } from '../types';
import { startsOf, startWord } from '../starts';

/** A value read from a token on: where it ends and how many digits it has (`identifiers.ts`' reader). */
export type ValueReader = (a: Analysis, i: number) => { last: number; digits: number; text: string } | undefined;

/**
 * "Sun Life, plan 25114 and my ID is SL 0042 7719 03", "the group is 88120, and my ID is MET44102298":
 * a bare "ID" is a member id when the turn speaks of a payer, a plan or a group, or answers a
 * question about insurance. Elsewhere "my ID" is a photo id, a student card or a login, and is left
 * to the cues that name them.
 */
const INSURANCE_TALK = /\b(?:insurance|insurer|insured|ppo|hmo|epo|plan|group|policy|benefits|coverage|member|subscriber|dental cover|health fund)\b/;
const idWord = startWord((w) => w === 'id' || w === "id's");

/** The words between "ID" and its value: "ID is", "ID's", "ID number:", "ID, uh,". */
const BRIDGE = new Set(['is', "'s", 'number', 'no', ':', ',', 'uh', 'um', 'it', "it's", 'its', '#']);
const BEFORE_ID = new Set(['my', 'the', 'his', 'her', 'their', 'and', 'an', ',', 'your']);
const MIN_DIGITS = 5;

export function idsInInsuranceTalk(a: Analysis, readValue: ValueReader): Candidate[] {
  const t = a.tokens;
  if (!a.lower.includes('id') || startsOf(t, idWord).length === 0) return [];
  if (!a.asked.has('insurance') && !INSURANCE_TALK.test(a.lower) && !INSURER_NAMED.test(a.lower)) return [];
  const found: Candidate[] = [];
  // Past the last id read.
  let from = 0;
  for (const i of startsOf(t, idWord)) {
    if (i < from) continue;
    // "and ID M 2 2 8 ...", "my ID is ...": the id said as the speaker's, not "photo ID" or "ID card".
    if (i > 0 && !BEFORE_ID.has(t[i - 1]!.lower)) continue;
    let k = i + 1;
    while (k < t.length && k < i + 4 && BRIDGE.has(t[k]!.lower)) k++;
    const value = readValue(a, k);
    if (!value || value.digits < MIN_DIGITS) continue;
    found.push({ type: 'INSURANCE_ID', start: t[k]!.start, end: t[value.last]!.end, rule: 'id.insurance_id.in_insurance_talk', confidence: 0.95, value: value.text });
    from = value.last + 1;
  }
  return found;
}

/** Each insurer's and each after-name phrase's words, as the tokenizer reads them. */
const words = (phrase: string) => tokenize(phrase).map((t) => t.lower);
const NAMES = INSURERS.map(words);
const AFTER = AFTER_NAME.map(words).sort((x, y) => y.length - x.length);
/** Most words start no insurer's name: one memo slot read says so. */
const FIRST_WORDS = new Set(NAMES.map((n) => n[0]!));
const startsAnInsurer = flagWord((w) => FIRST_WORDS.has(w));
const VALUE_BRIDGE = new Set(['is', "'s", 'number', 'no', ':', '#', 'uh', 'um', 'it', "it's", 'its', 'says', 'reads']);

/**
 * "green shield ID GS9912 0447", "my Canada Life certificate is 5520 1934": an insurer's name, a word for its
 * number, and the number. The name alone is no cue: its letters may be printed on the card as the number's
 * prefix ("MGEN 4471 2298"), which the answer to the agent's question reads whole.
 */
export function idsAfterInsurers(a: Analysis, readValue: ValueReader): Candidate[] {
  const t = a.tokens;
  const found: Candidate[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!startsAnInsurer.of(t[i]!)) continue;
    const name = NAMES.find((n) => n.every((w, k) => t[i + k]?.lower === w));
    if (!name) continue;
    // "Manulife, contract G0045192": a pause may come between the insurer and the word for its number.
    let k = i + name.length + (t[i + name.length]?.text === ',' ? 1 : 0);
    const after = AFTER.find((p) => p.every((w, m) => t[k + m]?.lower === w));
    if (!after) continue;
    k += after.length;
    while (k < t.length && k < i + name.length + after.length + 3 && VALUE_BRIDGE.has(t[k]!.lower)) k++;
    // "hcf number is hcf 005 883 714", "vhi number vee aitch eye 4419...": the card prints the insurer's letters before its digits.
    const from = k;
    k += prefixSpelling(t.slice(k, k + 8).map((w) => w.lower), name.join(''));
    const value = readValue(a, k);
    if (!value || value.digits < 4) continue;
    found.push({ type: 'INSURANCE_ID', start: t[from]!.start, end: t[value.last]!.end, rule: 'id.insurance_id.insurer', confidence: 0.985, value: a.text.slice(t[from]!.start, t[value.last]!.end) });
    i = value.last;
  }
  return found;
}

/** Letters as their names are said ("vee aitch eye"), for reading an insurer's letters spelled before its number. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  bee: 'b', cee: 'c', see: 'c', dee: 'd', ee: 'e', ef: 'f', eff: 'f', gee: 'g', aitch: 'h', haitch: 'h', eye: 'i', jay: 'j', kay: 'k',
  el: 'l', em: 'm', en: 'n', oh: 'o', pee: 'p', cue: 'q', ar: 'r', ess: 's', tee: 't', vee: 'v', ex: 'x', zed: 'z', zee: 'z',
};

/** How many words, from the first, say the insurer's letters: the name as one word ("hcf"), or letter by letter ("h c f", "vee aitch eye"); 0 when they do not. */
export function prefixSpelling(words: readonly string[], letters: string): number {
  if (words[0] === letters) return 1;
  let n = 0;
  let spelt = '';
  while (n < words.length && spelt.length < letters.length) {
    const w = words[n]!;
    const letter = w.length === 1 && /[a-z]/.test(w) ? w : LETTER_NAMES[w];
    if (!letter) return 0;
    spelt += letter;
    n++;
  }
  return spelt === letters && letters.length > 1 ? n : 0;
}
