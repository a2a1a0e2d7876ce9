interface Node {
  next: Map<string, Node>;
  fail?: Node;
  /** Lengths of the patterns that end here, longest first. */
  outputs: number[];
}

export interface DictionaryMatch {
  start: number;
  end: number;
}

/**
 * Aho–Corasick over lowercase text: every dictionary term in one pass, whatever the number of terms.
 * Only whole-word matches are reported (no letter or digit on either side).
 */
export class AhoCorasick {
  private readonly root: Node = { next: new Map(), outputs: [] };

  constructor(terms: Iterable<string>) {
    for (const term of terms) this.add(term.toLowerCase().trim());
    this.link();
  }

  private add(term: string): void {
    if (!term) return;
    let node = this.root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), outputs: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.outputs.includes(term.length)) node.outputs.push(term.length);
  }

  private link(): void {
    const queue: Node[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const [ch, child] of node.next) {
        let fail = node.fail;
        while (fail && !fail.next.has(ch)) fail = fail.fail;
        child.fail = fail?.next.get(ch) ?? this.root;
        child.outputs.push(...child.fail.outputs.filter((l) => !child.outputs.includes(l)));
        child.outputs.sort((a, b) => b - a);
        queue.push(child);
      }
    }
  }

  /** Whole-word matches in `lower` (already lowercased), longest at each end position. */
  search(lower: string): DictionaryMatch[] {
    const matches: DictionaryMatch[] = [];
    let node = this.root;
    let i = 0;
    for (const ch of lower) {
      while (node !== this.root && !node.next.has(ch)) node = node.fail!;
      node = node.next.get(ch) ?? this.root;
      i += ch.length;
      for (const length of node.outputs) {
        const start = i - length;
        if (isBoundary(lower, start - 1) && isBoundary(lower, i)) {
          matches.push({ start, end: i });
          break;
        }
      }
    }
    return matches;
  }
}

function isBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[index]!);
}
