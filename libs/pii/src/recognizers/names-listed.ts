/**
 * Names said in the shapes of a form being filled in aloud, where no cue word stands before them:
 * surname first, a comma, the given name, then the details ("Okonkwo-Hale, Birgit. Date of birth ..."),
 * and two people joined by "and" when the second is named in full ("rowan and tadhg mcgrath both need ...").
 */
import { Token } from '../analysis';
import { Candidate } from '../types';
import { isCapitalised, isWord } from './context';
import { detailAt } from './details-after';
import { startsOf, startWord } from '../starts';

/** Openers a caller may say before the name: "uh", "yes,", "sure". */
const LEAD = new Set(['uh', 'um', 'er', 'erm', 'yeah', 'yes', 'sure', 'so', 'ok', 'okay', 'oh', ',']);

/** The last token of a capitalised word and its hyphenated parts from `k` ("Dong-hyun", "Delgado-Reyes"), or -1. */
function capitalisedFrom(t: Token[], k: number, nameWord: (w: Token) => boolean): number {
  if (!isWord(t[k]) || !isCapitalised(t[k]!) || !nameWord(t[k]!)) return -1;
  let e = k;
  while (t[e + 1]?.text === '-' && t[e + 1]!.start === t[e]!.end && isWord(t[e + 2]) && t[e + 2]!.start === t[e + 1]!.end) e += 2;
  return e;
}

const span = (t: Token[], first: number, last: number, rule: string): Candidate => ({
  type: 'PERSON', start: t[first]!.start, end: t[last]!.end, rule, confidence: 0.88, value: t.slice(first, last + 1).map((x) => x.lower).join(' '),
});

/**
 * "ter Linde, Arvid. Date of birth ...": an answer opening with a surname (its particles included), a comma, a
 * given name and a stop, then a detail of the caller's. Both words capitalised, so a sentence ("Sure, Monday.") is not read.
 */
export function invertedBeforeDetails(t: Token[], nameWord: (w: Token) => boolean, particles: ReadonlySet<string>): Candidate[] {
  let k = 0;
  while (k < t.length && k < 4 && LEAD.has(t[k]!.lower)) k++;
  const first = k;
  while (isWord(t[k]) && particles.has(t[k]!.text) && k < first + 3) k++;
  // After particles ("ter Horst"), a capitalised word is the surname's even when it is also a word.
  const surnameEnd = capitalisedFrom(t, k, k > first ? (w) => !/^\p{Lu}+$/u.test(w.text) : nameWord);
  if (surnameEnd < 0 || t[surnameEnd + 1]?.text !== ',') return [];
  const givenEnd = capitalisedFrom(t, surnameEnd + 2, nameWord);
  if (givenEnd < 0 || (t[givenEnd + 1]?.text !== '.' && t[givenEnd + 1]?.text !== ',')) return [];
  if (detailAt(t, givenEnd + 2) === undefined) return [];
  return [span(t, first, surnameEnd, 'person.inverted_details'), span(t, surnameEnd + 2, givenEnd, 'person.inverted_details')];
}

/**
 * "priya and dev anand both need ...": a given name joined by "and" to a person named in full (given and surname) is a
 * person too. `givenName` says whether a word is one; a name already found is left alone.
 */
export function joinedToName(t: Token[], found: readonly Candidate[], givenName: (w: Token) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const f of found) {
    if (f.type !== 'PERSON' || !f.value.includes(' ')) continue;
    const j = t.findIndex((x) => x.start === f.start);
    const w = t[j - 2];
    if (j < 2 || t[j - 1]!.lower !== 'and' || !isWord(w) || !givenName(w)) continue;
    if (j > 2 && isWord(t[j - 3]) && !LEAD.has(t[j - 3]!.lower)) continue;
    if (!found.some((g) => g.start < w.end && w.start < g.end)) out.push(span(t, j - 2, j - 2, 'person.joined'));
  }
  return out;
}

/** Staff a caller names by their role: "the hygienist", "the receptionist". */
export const STAFF_ROLES = new Set(['hygienist', 'dentist', 'receptionist', 'nurse', 'orthodontist', 'surgeon', 'assistant', 'therapist', 'physio', 'hygienists']);
const roleWord = startWord((w) => STAFF_ROLES.has(w));

/**
 * "the hygienist marisol did my cleaning", "Bronagh, the receptionist, said ...": a given name beside "the" and a
 * role is a member of staff's. `givenName` says whether a word is one (an everyday word only with its capital).
 */
export function namedByRole(t: Token[], givenName: (w: Token) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const i of startsOf(t, roleWord)) {
    if (i < 1 || t[i - 1]!.lower !== 'the') continue;
    const after = t[i + 1];
    if (isWord(after) && givenName(after)) out.push(span(t, i + 1, i + 1, 'person.role'));
    const b = t[i - 2]?.text === ',' ? i - 3 : i - 2;
    const before = t[b];
    // Without a comma, a word opening its sentence may be a verb: "Will the hygienist be in?"
    const opens = b <= 0 || ['.', '?', '!'].includes(t[b - 1]!.text);
    if (isWord(before) && givenName(before) && (b !== i - 2 || !opens)) out.push(span(t, b, b, 'person.role'));
  }
  return out;
}

/** What a member of staff did about the call: "said you'd call", "rang me", "told me to". */
const REPORTED = new Set(['said', 'says', 'told', 'rang', 'called', 'phoned', 'asked', 'mentioned', 'suggested', 'recommended', 'wants', 'wanted', 'booked', 'sent', 'texted', 'emailed']);
const WORKPLACE_DETERMINERS = new Set(['the', 'your', 'my', 'our']);

/** Whether the words from `k` name where the one just named works, then what they did: "from the pharmacy said", "from reception rang". */
export function saidFromWork(t: Token[], k: number): boolean {
  if (t[k]?.lower !== 'from') return false;
  let m = k + 1;
  if (WORKPLACE_DETERMINERS.has(t[m]?.lower ?? '')) m++;
  // One to three words of the workplace ("the dental hospital", "the front desk"), then the verb.
  for (let n = m; n < m + 4 && isWord(t[n]); n++) if (n > m && REPORTED.has(t[n]!.lower)) return true;
  return false;
}
