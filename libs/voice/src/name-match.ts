/**
 * Names as callers say them: "cleaning", "a clean", "Dr. Lee", "doctor lee". Words are compared
 * after dropping titles and filler and a few English endings; an exact id or name always wins.
 * Pure.
 */

export interface Named {
  id: string;
  name: string;
}

export type NameMatch<T extends Named> = { type: 'match'; item: T } | { type: 'ambiguous'; items: T[] } | { type: 'none' };

const FILLER = new Set(['a', 'an', 'the', 'my', 'for', 'with', 'appointment', 'appt', 'visit', 'dr', 'doctor', 'doc', 'mr', 'mrs', 'ms', 'miss', 'nurse', 'please', 'just', 'some', 'one']);

const stem = (word: string): string => word.replace(/(ings?|ers?|ed|es|s)$/, '') || word;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w))
    .map(stem);
}

/** How well a spoken name fits a candidate: 3 same words, 2 every spoken word is one of the candidate's, 1 a word starts another; 0 none. */
function score(spoken: string[], candidate: string[]): number {
  if (spoken.length === 0 || candidate.length === 0) return 0;
  if (spoken.join(' ') === candidate.join(' ')) return 3;
  if (spoken.every((w) => candidate.includes(w))) return 2;
  if (spoken.every((w) => candidate.some((c) => (c.startsWith(w) || w.startsWith(c)) && Math.min(c.length, w.length) >= 3))) return 1;
  return 0;
}

export function matchName<T extends Named>(spoken: string, items: readonly T[]): NameMatch<T> {
  const exact = items.find((i) => i.id === spoken.trim() || i.name.toLowerCase() === spoken.trim().toLowerCase());
  if (exact) return { type: 'match', item: exact };
  const said = words(spoken);
  let best = 0;
  let found: T[] = [];
  for (const item of items) {
    const s = score(said, words(item.name));
    if (s > best) [best, found] = [s, [item]];
    else if (s === best && s > 0) found.push(item);
  }
  if (found.length === 1) return { type: 'match', item: found[0]! };
  return found.length > 1 ? { type: 'ambiguous', items: found } : { type: 'none' };
}
