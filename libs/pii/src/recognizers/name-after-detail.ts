/**
 * "born the sixth of july nineteen seventy three rania al-hashimi i'd like to book", "Born Jan 11 '13, Liban Jama, I'd like ...",
 * "+61 491 570 110, Deng Majok, calling about ...": a caller's turn that opens with a detail of theirs and then says whose it is.
 * Read after the other recognizers, on what they chose: the detail is a span they found at the turn's start.
 */
import { Analysis, Token } from '../analysis';
import { Candidate } from '../types';
import { readName } from './name-before-detail';

/** Details a caller opens with before their name. */
const OPENING_DETAILS = new Set(['DATE_OF_BIRTH', 'PHONE', 'STREET_ADDRESS', 'EMAIL']);
const OPENERS = new Set(['um', 'uh', 'er', 'erm', 'so', 'ok', 'okay', 'yeah', 'yes', 'born', 'dob', ',']);
/** What closes the name: the turn's end, a pause, or the speaker going on ("I'd like", "I'm calling", "here"). */
const CLOSERS = new Set(['i', "i'd", "i'm", 'im', "i've", 'here', 'calling', 'speaking', 'and']);
const INTRODUCING = new Set(['here', 'calling', 'speaking']);

export function nameAfterDetail(a: Analysis, chosen: readonly Candidate[]): Candidate[] {
  if (a.agent) return [];
  const t = a.tokens;
  let i = 0;
  while (i < t.length && i < 3 && OPENERS.has(t[i]!.lower)) i++;
  const detail = t[i] ? chosen.find((c) => OPENING_DETAILS.has(c.type) && c.start === t[i]!.start) : undefined;
  if (detail === undefined) return [];
  let k = t.findIndex((x) => x.start >= detail.end);
  if (k < 0) return [];
  if (t[k]!.text === ',') k++;
  const taken = (w: Token) => chosen.some((c) => c.start < w.end && w.start < c.end);
  const name = readName(t, k, taken, () => false);
  // A word of the lexicons among them, and one that is no everyday word: "rania al-hashimi", not "my son" or "and then".
  if (name === undefined || !name.strong || !name.listed) return [];
  const next = t[name.end];
  if (next !== undefined && next.kind !== 'punct' && !CLOSERS.has(next.lower)) return [];
  // One word alone is as often where the detail belongs ("born 3 May 1980, Sydney, I was"): a name only before "here"/"calling".
  const words = t.slice(k, name.end).filter((x) => x.kind === 'word').length;
  if (words < 2 && !INTRODUCING.has(next?.lower ?? '')) return [];
  const start = t[k]!.start;
  const end = t[name.end - 1]!.end;
  return [{ type: 'PERSON', start, end, rule: 'person.after-detail', confidence: 0.75, value: a.lower.slice(start, end) }];
}
