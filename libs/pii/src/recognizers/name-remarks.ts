/**
 * How a caller says a name is written, right after it: "Zielinska with a Z", "Mohammed with two m's", "Fionnghuala
 * with the gh", "Ní with a fada". Nobody remarks on the letters of an everyday word, so the word before is a name.
 */
import { Token } from '../analysis';

/** Marks a name's spelling carries: "with a fada", "with the accent", "with a hyphen". */
const MARKS = new Set(['fada', 'fadas', 'accent', 'accents', 'hyphen', 'dash', 'apostrophe', 'umlaut', 'umlauts', 'cedilla', 'tilde', 'circumflex']);
const COUNTS = new Set(['a', 'an', 'the', 'one', 'two', 'double', 'three']);

/** Whether the words from `k` remark on how the word before them is spelled. */
export function spellingRemarkAt(t: readonly Token[], k: number): boolean {
  if (t[k]?.lower !== 'with' || !COUNTS.has(t[k + 1]?.lower ?? '')) return false;
  const mark = t[k + 2];
  if (mark === undefined || mark.kind !== 'word') return false;
  if (MARKS.has(mark.lower)) return true;
  // A letter said alone ("with a Z", "with two m's"), or after "the" a digraph that is no word ("with the gh").
  const letter = /^\p{L}(?:'s)?$/u.test(mark.text) && !(mark.text === 'I' || mark.lower === 'a');
  const digraph = t[k + 1]!.lower === 'the' && /^(?:gh|bh|dh|mh|th|sz|cz|rz|ij|ae|oe|ue|ch|kh|zh|sh|ph|dj|nh|ng|ll|rr|ss|tt|nn|mm|ff)$/.test(mark.lower);
  // "with a Z" ends there or goes on with the letter's place: "with a Z at the start", "with a y on the end".
  const after = t[k + 3];
  const closes = after === undefined || after.kind === 'punct' || ['at', 'on', 'not', 'and', 'in', 'like', 'as'].includes(after.lower);
  return (letter || digraph) && closes;
}

/** Mail services said after an e-mail's local part: "mac g p at gmail". */
const MAIL_SERVICES = 'gmail|googlemail|outlook|hotmail|yahoo|icloud|protonmail|proton|aol|live|msn|gmx|eircom|sky|btinternet|bigpond|optusnet|orange|free|wanadoo|shaw|rogers|telus|comcast|verizon';
const MAIL_AFTER = new RegExp(`^(?:\\s+\\p{L}\\b)*\\s*(?:@|\\s+at\\s+(?:${MAIL_SERVICES})\\b)`, 'iu');

/** Whether the name-like span ending at `end` of `text` is a word of an e-mail's local part said before its mail service ("it's mac g p at gmail"). */
export function spellsAnEmail(text: string, end: number): boolean {
  return MAIL_AFTER.test(text.slice(end, end + 40));
}

/** The end of an e-mail's local part said earlier in the turn: "@", or "at" and a mail service. */
const MAIL_SAID = new RegExp(`(?:@|\\s+at\\s+(?:${MAIL_SERVICES})\\b)`, 'giu');

/** Words said before an e-mail's local part, not in it: "it's", "email is", "my email's". */
const BEFORE_LOCAL = new Set(["it's", 'its', 'it', 'is', 'was', 'email', "email's", 'address', 'my', 'the', "that's", 'thats', 'so', 'ok', 'okay', 'uh', 'um', 'yeah', 'yes', 'and', 'or', 'me', 'at']);

/** The letters of the local part said before `at` (the index of its "@" or " at ..."): "rhonda k" is "rhondak", "j dot murphy" "jmurphy". */
function localPartBefore(lower: string, at: number): string {
  const words = lower.slice(Math.max(0, at - 60), at).split(/[\s,]+/).filter((w) => w !== '');
  if (lower[at] === '@') return (words.at(-1) ?? '').replace(/[^\p{L}]/gu, '');
  let n = words.length;
  while (n > 0 && !BEFORE_LOCAL.has(words[n - 1]!) && words.length - n < 4) n--;
  return words.slice(n).filter((w) => w !== 'dot' && w !== 'underscore').join('').replace(/[^\p{L}]/gu, '');
}

/**
 * "it's mkhumalo at outlook dot com, m k h u m a l o": letters spelled after an e-mail, with no word of a name between,
 * that spell its whole local part are the address spelled again, not a name. Letters spelling one part of it are the
 * name in it ("sarah.nowak1990@..., Nowak like N O W A K"). `lower` is the turn in lowercase, `start` where the
 * spelling begins, `letters` the letters it spells.
 */
export function spellsAnEmailAgain(lower: string, start: number, letters: string): boolean {
  if (letters.length < 3) return false;
  const before = lower.slice(0, start);
  const mark = [...before.matchAll(MAIL_SAID)].at(-1);
  if (mark === undefined || /\bname\b/.test(before.slice(mark.index))) return false;
  return localPartBefore(lower, mark.index) === letters;
}

/** What a half-remembered name follows: "the name was like grace something", "the lady who called me, Hope something?". */
const BEFORE_UNCERTAIN = new Set(['like', 'was', 'called', 'named', "name's", 'think', ',', 'maybe', 'probably']);
/** What closes it: the clause's end, or who the person is. */
const AFTER_UNCERTAIN = new Set(['.', ',', '?', '!', "he's", "she's", 'he', 'she', 'who', 'i', 'or', 'maybe', 'the']);

/**
 * The given names said with "something" for the surname the caller does not remember: "like mark something he's the one",
 * "Hope something?". `isGiven` says whether a word is a given name of the lexicons (word-names included).
 */
export function halfRememberedNames(t: readonly Token[], isGiven: (w: Token) => boolean): number[] {
  const out: number[] = [];
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k + 1]!.lower !== 'something' || t[k]!.kind !== 'word') continue;
    const after = t[k + 2];
    if (!BEFORE_UNCERTAIN.has(t[k - 1]!.lower) || (after !== undefined && !AFTER_UNCERTAIN.has(after.lower))) continue;
    if (isGiven(t[k]!)) out.push(k);
  }
  return out;
}

const NAME_OWNERS = new Set(['my', 'her', 'his', 'their', 'the']);
const NAME_KINDS = new Set(['first', 'last', 'middle', 'given', 'family', 'maiden', 'christian', 'full']);

/**
 * "Wing Yee is her first name", "..., Okoro is his surname": one to three name words opening a clause, said to be someone's name.
 * `nameWord` says whether a word can be one. The first and last index of each.
 */
export function namedAsAName(t: readonly Token[], nameWord: (w: Token) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i + 2 < t.length; i++) {
    if (t[i]!.lower !== 'is' || !NAME_OWNERS.has(t[i + 1]!.lower)) continue;
    const noun = NAME_KINDS.has(t[i + 2]!.lower) ? t[i + 3]?.lower : t[i + 2]!.lower;
    if (noun !== 'name' && noun !== 'surname' && noun !== 'names') continue;
    let first = i;
    while (first > 0 && first > i - 4 && t[first - 1]!.kind === 'word' && nameWord(t[first - 1]!)) first--;
    const before = t[first - 1];
    if (first === i || (before !== undefined && before.kind !== 'punct')) continue;
    out.push([first, i - 1]);
  }
  return out;
}
