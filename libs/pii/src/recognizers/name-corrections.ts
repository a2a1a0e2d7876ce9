/**
 * A name the caller puts right or shortens right after saying it: "Bogdan here, wait no, Bogusław", "Anna Nowak, sorry, Hanna
 * Nowak", "Joseph Haddad here, Joe", "Katarzyna speaking, Kasia's fine". The correction or the short form is the same person.
 */
import { Token } from '../analysis';
import { Candidate } from '../types';
import { isWord } from './context';

/** Words that close an introduction before the correction: "Bogdan here, ...". */
const INTRODUCED = new Set(['here', 'speaking', 'calling']);
/** Words of a correction; one of `PUTS_RIGHT` must be among them ("wait, no", "sorry", "I mean", "or rather", "actually"). */
const CORRECTING = new Set(['wait', 'no', 'sorry', 'i', 'mean', 'actually', 'or', 'rather', 'oops', 'hang', 'on', ',', 'um', 'uh', 'er', "it's", 'its']);
const PUTS_RIGHT = new Set(['no', 'sorry', 'mean', 'actually', 'rather', 'oops']);
const PAUSES = new Set(['hmm', 'hm', 'um', 'uh', 'er', 'erm']);

const span = (t: Token[], k: number, rule: string): Candidate => ({ type: 'PERSON', start: t[k]!.start, end: t[k]!.end, rule, confidence: 0.86, value: t[k]!.lower });

/**
 * The names said right after a name found, putting it right or giving its short form. `nameWord` says whether a word can be a
 * given name here; a short form must also start as the name does ("Joseph", "Joe") and close its clause.
 */
export function namesPutRight(t: Token[], found: readonly Candidate[], nameWord: (w: Token) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const taken = (k: number) => found.some((f) => f.start < t[k]!.end && t[k]!.start < f.end) || out.some((f) => f.start === t[k]!.start);
  for (const f of found) {
    if (f.type !== 'PERSON') continue;
    let k = t.findIndex((x) => x.start >= f.end);
    if (k < 0) continue;
    if (INTRODUCED.has(t[k]!.lower)) k++;
    // "jacqueline hmm jackie on the file": a pause puts it right as a comma does.
    if (t[k]?.text !== ',' && !PAUSES.has(t[k]?.lower ?? '')) continue;
    let m = k + 1;
    let corrected = false;
    for (; m < t.length && m < k + 6 && CORRECTING.has(t[m]!.lower); m++) if (PUTS_RIGHT.has(t[m]!.lower)) corrected = true;
    const w = t[m];
    if (!isWord(w) || taken(m) || !nameWord(w)) continue;
    const closes = t[m + 1] === undefined || t[m + 1]!.kind === 'punct' || (t[m + 1]!.lower === "'s" || w.lower.endsWith("'s"));
    if (corrected && (closes || isWord(t[m + 1]))) out.push(span(t, m, 'person.corrected'));
    // A short form starts as the name does: two letters alike ("Jacqueline", "Jackie"), or one before the clause's end ("Joseph", "Joe,").
    const first = f.value.split(' ')[0]!;
    const alike = w.lower.slice(0, 2) === first.slice(0, 2) || (closes && w.lower[0] === first[0]);
    if (!corrected && m === k + 1 && alike && w.lower !== first) out.push(span(t, m, 'person.short_form'));
  }
  return out;
}
