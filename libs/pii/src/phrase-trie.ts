import { Token, tokenize } from './analysis';

interface Node<T> {
  next: Map<string, Node<T>>;
  tag?: T;
}

export interface PhraseMatch<T> {
  /** Token indexes of the match's first and last token. */
  first: number;
  last: number;
  tag: T;
}

/**
 * Dictionary phrases over tokens: a trie keyed by each token's lowercase text, so a lookup costs
 * one map read per token whatever the number of phrases, matches are whole words by construction,
 * and "covid-19" or "alzheimer's" match as the tokenizer splits them. Longest match first; the
 * first phrase added with a given text keeps its tag.
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map() };

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [text, tag] of phrases) this.add(tokenize(text.trim()), tag);
  }

  private add(tokens: Token[], tag: T): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token.lower);
      if (!child) node.next.set(token.lower, (child = { next: new Map() }));
      node = child;
    }
    if (node.tag === undefined) node.tag = tag;
  }

  /**
   * Leftmost-longest matches, not overlapping one another. `mayStart`, when given, says false only
   * for a token no phrase starts with (a cheaper test than the root's map, which it spares).
   */
  search(tokens: readonly Token[], mayStart?: (token: Token) => boolean): Array<PhraseMatch<T>> {
    const matches: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (mayStart !== undefined && !mayStart(tokens[i]!)) continue;
      let node = this.root.next.get(tokens[i]!.lower);
      if (!node) continue;
      let best: PhraseMatch<T> | undefined;
      for (let j = i; node; node = tokens[++j] ? node.next.get(tokens[j]!.lower) : undefined) {
        if (node.tag !== undefined) best = { first: i, last: j, tag: node.tag };
        if (node.next.size === 0) break;
      }
      if (best) {
        matches.push(best);
        i = best.last;
      }
    }
    return matches;
  }
}
