import { Analysis, Token } from '../analysis';
import { FIRST_NAMES, NOT_NAME_WORDS } from '../dictionaries/names';
import { Candidate } from '../types';
import { isCapitalised, isWord } from './context';

/** Cues after which a name follows. `dictionary`: only a known first name is taken ("I'm Sam", not "I'm fine"). */
const INTRODUCTION_LIST: Array<{ phrase: string[]; dictionary: boolean }> = [
  ...['my name is', "my name's", 'the name is', 'name is', 'this is', 'patient is', "patient's name is", 'patient name is', 'spelled'].map(
    (p) => ({ phrase: p.split(' '), dictionary: false }),
  ),
  ...["it's", 'i am', "i'm", 'call me', 'speaking with', 'talking to', 'ask for', 'asking for', 'for', 'with'].map((p) => ({
    phrase: p.split(' '),
    dictionary: true,
  })),
];
/** Introductions by their last word. */
const INTRODUCTIONS = new Map<string, Array<{ phrase: string[]; dictionary: boolean }>>();
for (const cue of INTRODUCTION_LIST) INTRODUCTIONS.set(cue.phrase.at(-1)!, [...(INTRODUCTIONS.get(cue.phrase.at(-1)!) ?? []), cue]);

const RELATIONS = new Set([
  'son', 'daughter', 'wife', 'husband', 'mom', 'mother', 'dad', 'father', 'child', 'kid', 'boy', 'girl', 'partner', 'brother', 'sister',
  'grandson', 'granddaughter', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'niece', 'nephew', 'fiancé', 'fiance', 'fiancée',
  'spouse', 'stepson', 'stepdaughter', 'baby', 'toddler', 'aunt', 'uncle', 'cousin', 'friend', 'neighbor', 'neighbour', 'patient',
]);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'the']);
const TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'nurse', 'prof', 'professor']);
/** Capitalised words that are not names even after a cue. */
const NOT_NAMES_CAPITALISED = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'ok', 'hi', 'hello']);

/**
 * Names from introductions ("this is Jane Doe", "my name's sam"), references ("for my son, Liam")
 * and titles ("Dr Okafor": the title is not part of the span). Never from capitalisation alone.
 */
export function people(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.lower;
    for (const cue of INTRODUCTIONS.get(w) ?? []) {
      const start = i - cue.phrase.length + 1;
      if (start < 0 || !cue.phrase.every((p, k) => t[start + k]!.lower === p)) continue;
      add(found, readName(t, skipComma(t, i + 1), cue.dictionary ? 'dictionary' : 'any'), 'person.introduction', 0.92);
    }
    if (RELATIONS.has(w) && POSSESSIVES.has(t[i - 1]?.lower ?? '')) {
      add(found, readName(t, skipComma(t, i + 1), 'any'), 'person.relation', 0.9);
    }
    if (TITLES.has(w) && isCapitalised(t[i]!)) {
      let k = i + 1;
      if (t[k]?.text === '.') k++;
      add(found, readName(t, k, 'capitalised'), 'person.title', 0.93);
    }
  }
  return found;
}

function add(found: Candidate[], name: { start: number; end: number; value: string } | undefined, rule: string, confidence: number): void {
  if (name) found.push({ type: 'PERSON', ...name, rule, confidence });
}

/** Commas, colons and fillers between a cue and the name: "this is, uh, Tom". */
function skipComma(t: Token[], i: number): number {
  let k = i;
  while (k < i + 3 && t[k] && [',', ':', 'uh', 'um', 'er', 'erm'].includes(t[k]!.lower)) k++;
  return k;
}

/**
 * A first name and up to two more parts. The first part must be capitalised or a known first name
 * (`dictionary`: only a known one; `capitalised`: only capitalised); later parts must not be words
 * that end a name ("calling", "and", "here").
 */
function readName(t: Token[], i: number, mode: 'any' | 'dictionary' | 'capitalised'): { start: number; end: number; value: string } | undefined {
  const first = t[i];
  if (!isWord(first) || NOT_NAME_WORDS.has(first.lower) || NOT_NAMES_CAPITALISED.has(first.lower)) return undefined;
  const known = FIRST_NAMES.has(first.lower);
  const capital = isCapitalised(first);
  if (mode === 'dictionary' && !known) return undefined;
  if (mode === 'capitalised' && !capital) return undefined;
  if (mode === 'any' && !known && !capital) return undefined;
  let last = i;
  for (let k = i + 1; k <= i + 4 && k < t.length; k++) {
    const part = t[k]!;
    const joined = part.text === '-' && t[k + 1] && t[k + 1]!.start === part.end && part.start === t[k - 1]!.end;
    if (joined) continue;
    if (!isWord(part) || NOT_NAME_WORDS.has(part.lower) || part.lower.endsWith('ing') || NOT_NAMES_CAPITALISED.has(part.lower)) break;
    // In capitalised text a lowercase word ends the name; in lowercase text any non-stop word may be a surname.
    if (capital && !isCapitalised(part)) break;
    if (!capital && !known) break;
    last = k;
    if (k - i >= 2) break;
  }
  const start = first.start;
  const end = t[last]!.end;
  return { start, end, value: t.slice(i, last + 1).filter((x) => x.kind === 'word').map((x) => x.lower).join(' ') };
}
