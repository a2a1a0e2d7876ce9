import { Analysis, TEENS, TENS, Token, UNITS } from '../analysis';
import { wordTable } from '../word-table';
import { Candidate } from '../types';
import { COMMON_WORDS, FIRST_NAMES, SURNAMES } from '../dictionaries/names';
import { startsOf, startWord } from '../starts';

export const WRITTEN = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])/g;
const WRITTEN_AT = new RegExp(WRITTEN.source, 'y');
/** `[A-Za-z0-9._%+-]`: what a written address's local part is made of (and what its lookbehind refuses before it). */
const isLocal = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * `[...text.matchAll(WRITTEN)]`, tried only where a match can start: in the run of local-part characters right before
 * an "@" (the run cannot cross another "@"), each letter or digit of it in turn, so the first match is the leftmost.
 */
export function writtenEmails(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    while (start > from && isLocal(text.charCodeAt(start - 1))) start--;
    for (; start < at; start++) {
      if (!isAlnum(text.charCodeAt(start))) continue;
      WRITTEN_AT.lastIndex = start;
      const match = WRITTEN_AT.exec(text);
      if (match === null) continue;
      out.push(match);
      from = start + match[0].length;
      break;
    }
  }
  return out;
}

/** What callers say after a spoken address whose local part has several words: they are written together. */
const ONE_WORD_AFTER = /^[\s,.]*(?:(?:with )?no spaces|all one word|(?:all )?in one word|one word|all together|no gaps)\b/;

/** Top-level domains a spoken address ends with: generic ones and the country codes of the countries we serve and their neighbours. */
const TLDS = new Set(
  `com org net edu gov io co us uk ca de fr au info biz me health care ai ie nz nl es it be ch at eu in za ng pl pt se no dk fi gr tr
mx br ar cl jp kr cn sg hk ph vn my id ae sa il ru ua cz hu ro ie dev app online email mail`.split(/\s+/),
);
const JOIN = wordTable({ dot: '.', period: '.', point: '.', punkt: '.', punto: '.', punt: '.', ponto: '.', underscore: '_', dash: '-', hyphen: '-', plus: '+' });
/** Number words that a unit is said before: "two thousand", "three hundred". */
const SCALES = new Set(['hundred', 'thousand']);
/** "my email's ... at": a cue after which a local part of two plain words ("mele fonoti") is still one local part. */
const EMAIL_CUES = new Set(["email's", 'email', 'e-mail', 'correo', 'courriel', 'mail']);
/**
 * Words a personal mail domain's name is often made of, said apart from the word before them: "optus net", "ruiz family",
 * "big pond". (Not a business's "dental", "clinic", "law": "front desk at demo dental dot com" writes to a business.)
 */
const DOMAIN_WORDS = new Set(['mail', 'net', 'family', 'online', 'web', 'home', 'box', 'pond', 'link', 'world']);
/** "at" in the languages our callers switch to: "jonas punkt schaefer at gmx punkt de" (German keeps the English "at"). */
const DOTS = new Set(['dot', 'point', 'punkt', 'punto', 'punt', 'ponto', '.']);
const LOCAL_STOPS = new Set(['is', "it's", 'email', 'e-mail', 'address', 'mail', 'me', 'my', 'to', 'at', 'the', 'send', 'reach', 'your', 'or', 'and', 'its', 'es', 'est', "c'est", 'correo', 'courriel', "email's", 'arroba', 'arobase']);

/** Email addresses as written, and as said: "jane dot doe at gmail dot com". */
/**
 * "my email t l pham at ...", "email is j k lee at ...": initials said as letters before the rest of the local part,
 * right after the email's cue, belong to it (elsewhere a letter before a name is anything: "plan b rosa at ...").
 */
function initialsAfterCue(t: Token[], j: number): boolean {
  let k = j;
  while (k >= 0 && t[k]!.kind === 'word' && t[k]!.text.length === 1 && /^[a-z]$/i.test(t[k]!.text) && j - k < 3) k--;
  if (k === j) return false;
  const cue = (n: number) => EMAIL_CUES.has(t[n]?.lower ?? '');
  return cue(k) || (['is', "it's", 'es', "c'est"].includes(t[k]?.lower ?? '') && cue(k - 1));
}

/** The "at" of a spoken address: English (German keeps it), Spanish "arroba", French "arobase". */
const SPOKEN_AT = startWord((w) => w === 'at' || w === 'arroba' || w === 'arobase');

export function emails(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const match of writtenEmails(a.text)) {
    found.push({ type: 'EMAIL', start: match.index!, end: match.index! + match[0].length, rule: 'email.written', confidence: 0.99, value: match[0].toLowerCase() });
  }
  const t = a.tokens;
  for (const at of startsOf(t, SPOKEN_AT)) {
    if (at < 1 || at >= t.length - 2) continue;
    // Domain: label (dot label)+ ending in a known top-level domain.
    const domain: string[] = [];
    // "..., o, at, icloud dot com": commas said around "at" in a spelled address.
    let k = t[at + 1]?.text === ',' ? at + 2 : at + 1;
    let last = -1;
    while (k < t.length && /^[a-z0-9-]+$/.test(t[k]!.lower) && t[k]!.kind !== 'punct') {
      // "dot a u", "dot n z": a country code spelled letter by letter is one label.
      const spelledCode = domain.length > 0 && t[k]!.text.length === 1 && t[k + 1]?.kind === 'word' && t[k + 1]!.text.length === 1 && TLDS.has(t[k]!.lower + t[k + 1]!.lower);
      // "proton mail dot com", "hot mail dot co dot uk": a mail provider's name said as two words is one label.
      // So is a first label said as two words after an email cue, or with a word domains are made of: "ruiz family dot us", "optus net dot com".
      const twoWords =
        !spelledCode && DOTS.has(t[k + 2]?.lower ?? '') && t[k + 1]?.kind === 'word' && /^[a-z0-9-]+$/.test(t[k + 1]!.lower) &&
        (t[k + 1]!.lower === 'mail' || (domain.length === 0 && (DOMAIN_WORDS.has(t[k + 1]!.lower) || t.slice(0, at).some((x) => EMAIL_CUES.has(x.lower)))));
      // "u c c dot i e", "n u i g dot i e": a label spelled letter by letter, up to the dot said after it.
      let n = k;
      while (!spelledCode && !twoWords && n < k + 8 && t[n]?.kind === 'word' && t[n]!.text.length === 1) n++;
      if (n - k >= 2 && DOTS.has(t[n]?.lower ?? '')) {
        domain.push(t.slice(k, n).map((x) => x.lower).join(''));
        k = n - 1;
      } else domain.push(spelledCode || twoWords ? t[k]!.lower + t[k + 1]!.lower : t[k]!.lower);
      if (spelledCode || twoWords) k++;
      last = k;
      if (!DOTS.has(t[k + 1]?.lower ?? '')) break;
      k += 2;
    }
    // "... at gmail dot com." ends on the sentence's full stop: the domain ends at its last label.
    if (domain.length < 2 || !TLDS.has(domain.at(-1)!) || last < 0) continue;
    const end = t[last]!.end;
    // Local part: back from "at" over words, digits and spoken joiners, until a stop word.
    let local = '';
    let j = t[at - 1]?.text === ',' ? at - 2 : at - 1;
    let start = -1;
    // Words of the local part are joined by a spoken or written joiner, or are a name ("kimberly smith at ..."), or digits:
    // "for billing use accounts at" is one word, "accounts".
    let joined = true;
    // "m o r g a n at ...", "k, i, m, b, e, r, l, y, dot, o at ...": a local part spelled letter by letter.
    let spelled = true;
    // "mcallister seven at ...", "k ninety-one at ...": a number said as words ends a local part as digits do.
    let numbered = false;
    // A local part written with a glued dot ("katya.v") has no spaces: the name said before it ("Ekaterina Volkova") is not in it.
    let written = false;
    // "big dave wright at sky dot com, no spaces": the caller says the words before "at" are written as one.
    const oneWord = ONE_WORD_AFTER.test(a.lower.slice(end, end + 24));
    while (j >= 0) {
      const w = t[j]!;
      // "ninety-one": the dash inside a number said as words.
      if (w.text === '-' && numbered && t[j - 1]?.lower !== undefined && t[j - 1]!.lower in TENS && t[j - 1]!.end === w.start) {
        j--;
        continue;
      }
      // "o-k-e-k-e dot ...": dashes between spelled letters, as commas are.
      // "t as in tom, n, g, ...": the comma after a letter spelled with its word, as after a letter alone.
      const spelledWith = t[j - 2]?.lower === 'in' && t[j - 3]?.lower === 'as' && t[j - 4]?.kind === 'word' && t[j - 4]!.text.length === 1;
      if ((w.text === ',' || w.text === '-') && spelled && local !== '' && t[j - 1]?.kind === 'word' && (t[j - 1]!.text.length === 1 || JOIN[t[j - 1]!.lower] || spelledWith)) {
        j--;
        continue;
      }
      // "b as in boy w e l l s": a letter spelled with its word, among the letters of a spelled local part.
      if (spelled && w.kind === 'word' && t[j - 1]?.lower === 'in' && t[j - 2]?.lower === 'as' && t[j - 3]?.kind === 'word' && t[j - 3]!.text.length === 1 && (local === '' || /^[a-z0-9]/.test(local))) {
        local = t[j - 3]!.lower + local;
        start = t[j - 3]!.start;
        joined = false;
        j -= 4;
        continue;
      }
      // "c.ferreira-obi", "marie-eve": a dash written inside a word of the local part, glued on both sides.
      if (w.text === '-' && local !== '' && !local.startsWith('-') && t[j - 1]?.kind === 'word' && t[j - 1]!.end === w.start && t[j + 1]!.start === w.end) {
        local = '-' + local;
        joined = true;
        j--;
        continue;
      }
      // "the.sullivans", "me.tremblay": a stop word written glued to the local part's dot is part of it.
      const gluedToDot = local.startsWith('.') && t[j + 1]?.text === '.' && t[j + 1]!.start === w.end && t[j + 2]?.start === t[j + 1]!.end;
      if (LOCAL_STOPS.has(w.lower) && !gluedToDot && !(spelled && w.text.length === 1 && local !== '') || w.kind === 'punct' && w.text !== '.') break;
      const joiner = JOIN[w.lower];
      if (joiner) {
        if (local === '' || start < 0) break;
        local = joiner + local;
        joined = true;
      } else if (/^[a-z0-9]+$/.test(w.lower)) {
        if (written && w.end < t[j + 1]!.start) break;
        const letter = w.text.length === 1 && spelled && /^[a-z0-9]/.test(local);
        const afterCue = EMAIL_CUES.has(t[j - 1]?.lower ?? '') || (['is', 'es', "c'est"].includes(t[j - 1]?.lower ?? '') && EMAIL_CUES.has(t[j - 2]?.lower ?? ''));
        // "pryce two thousand at": a unit before "hundred"/"thousand" is the number's too.
        const ofScale = w.lower in UNITS && SCALES.has(t[j + 1]?.lower ?? '');
        if (!joined && !letter && !oneWord && !initialsAfterCue(t, j) && !(w.kind === 'number' || /^\d/.test(local) || (numbered && (w.lower in TENS || ofScale || !COMMON_WORDS.has(w.lower))) || FIRST_NAMES.has(w.lower) || SURNAMES.has(w.lower) || afterCue)) break;
        numbered = w.lower in UNITS || w.lower in TEENS || w.lower in TENS || SCALES.has(w.lower);
        local = w.lower + local;
        start = w.start;
        joined = false;
        // "w e l l s nine at": a digit said as a word ends a spelling as a digit would.
        if (w.text.length > 1 && !(w.lower in UNITS)) spelled = false;
      } else if (w.text === '.') {
        local = '.' + local;
        joined = true;
        written ||= t[j + 1]?.start === w.end && t[j - 1]?.end === w.start;
      }
      else break;
      j--;
    }
    if (start < 0 || /^[._+-]/.test(local)) continue;
    found.push({ type: 'EMAIL', start, end, rule: 'email.spoken', confidence: 0.95, value: `${local}@${domain.join('.')}` });
  }
  return found;
}
