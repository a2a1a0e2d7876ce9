/**
 * A full name said in lowercase after the person's relation to the caller, where the given name is in no list of ours:
 * "my husband tamsin choi is on gabapentin", "my dad brigid schmidt-rottluff is on eliquis", "my partner zhiyuan de groot has".
 * The relation says a person comes next; a surname of the lists (or particles and a word, or a hyphenated pair) after a word
 * that is no everyday one, with the clause going on as a person's ("is", "has", "she"), says the two words are that person.
 */
import { Token } from '../analysis';
import { isWord } from './context';

/** What the person named does next, or the clause closing: "... is on", "... has", "..., she's". */
const AFTER = new Set(['is', 'has', 'was', 'had', 'needs', 'takes', 'took', 'gets', 'got', 'said', 'wants', 'can', "can't", 'will', 'she', 'he', "she's", "he's", 'who']);

export interface NameWords {
  /** A word that can be a given name here: of the lists, or of no list of everyday words. */
  given: (w: Token) => boolean;
  /** A surname of the lists that is no everyday word. */
  surname: (w: Token) => boolean;
  /** A word that can be a surname's part after a hyphen or particles: no everyday word. */
  part: (w: Token) => boolean;
  particles: ReadonlySet<string>;
}

/** The last index of the surname when it is glued by hyphens: "schmidt-rottluff". */
function hyphenatedFrom(t: readonly Token[], k: number, part: (w: Token) => boolean): number {
  let e = k;
  while (t[e + 1]?.text === '-' && t[e + 1]!.start === t[e]!.end && isWord(t[e + 2]) && t[e + 2]!.start === t[e + 1]!.end && part(t[e + 2]!)) e += 2;
  return e;
}

/** The index of the name's last token when a lowercase given name and surname start at `k`, or undefined. */
export function fullNameAfterRelation(t: readonly Token[], k: number, words: NameWords): number | undefined {
  const g = t[k];
  if (!isWord(g) || g.text !== g.lower || !words.given(g)) return undefined;
  let s = k + 1;
  while (s < k + 4 && isWord(t[s]) && words.particles.has(t[s]!.lower) && isWord(t[s + 1])) s++;
  const w = t[s];
  if (!isWord(w) || w.text !== w.lower) return undefined;
  const particled = s > k + 1;
  const end = hyphenatedFrom(t, s, words.part);
  // A surname of the lists, or a word of none after particles or with a hyphenated part: "de groot", "schmidt-rottluff".
  if (!words.surname(w) && !((particled || end > s) && words.part(w))) return undefined;
  const next = t[end + 1];
  const closes = next === undefined || next.kind === 'punct' || AFTER.has(next.lower);
  return closes ? end : undefined;
}

/**
 * "my son is on it too, amare", "My husband's American, Travis, and his work ...": a given name set off by a comma at the end of
 * a clause whose subject is the caller's relation names that relation. `relationAt` says whether a token is an owned relation
 * ("my son"); `givenName` whether a word is a given name that is no everyday word. The indexes of the names.
 */
export function namedAfterRelationClause(t: readonly Token[], relationAt: (k: number) => boolean, givenName: (w: Token) => boolean): number[] {
  const out: number[] = [];
  for (let k = 2; k < t.length; k++) {
    const w = t[k]!;
    if (t[k - 1]!.text !== ',' || !isWord(w) || !givenName(w)) continue;
    const next = t[k + 1];
    if (next !== undefined && next.kind !== 'punct' && next.lower !== 'and') continue;
    // The relation opens the sentence's clause before the comma, within ten words, with no other comma or full stop between.
    for (let m = k - 2; m >= 0 && m >= k - 12; m--) {
      const x = t[m]!;
      if (x.kind === 'punct' && (x.text !== ',' || m < k - 2)) break;
      if (relationAt(m)) {
        out.push(k);
        break;
      }
    }
  }
  return out;
}
