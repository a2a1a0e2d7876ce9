interface Node<T> {
  next: Map<number, Node<T>>;
  fail?: Node<T>;
  /** Patterns ending here, longest first. */
  outputs: Array<{ length: number; tag: T }>;
}

export interface DictionaryMatch<T = undefined> {
  start: number;
  end: number;
  tag: T;
}

/**
 * Aho–Corasick over lowercase text: every dictionary term in one pass, whatever the number of terms.
 * Walks UTF-16 code units (terms and text alike), and reports only whole-word matches, longest at
 * each end position. Each term carries a tag (e.g. its entity type).
 */
export class AhoCorasick<T = undefined> {
  private readonly root: Node<T> = { next: new Map(), outputs: [] };

  constructor(terms: Iterable<string | readonly [string, T]>) {
    for (const term of terms) {
      const [text, tag] = typeof term === 'string' ? [term, undefined as T] : term;
      this.add(text.toLowerCase().trim(), tag);
    }
    this.link();
  }

  private add(term: string, tag: T): void {
    if (!term) return;
    let node = this.root;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), outputs: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.outputs.some((o) => o.length === term.length)) node.outputs.push({ length: term.length, tag });
  }

  private link(): void {
    const queue: Array<Node<T>> = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const [code, child] of node.next) {
        let fail = node.fail;
        while (fail && !fail.next.has(code)) fail = fail.fail;
        child.fail = fail?.next.get(code) ?? this.root;
        for (const inherited of child.fail.outputs) if (!child.outputs.some((o) => o.length === inherited.length)) child.outputs.push(inherited);
        child.outputs.sort((a, b) => b.length - a.length);
        queue.push(child);
      }
    }
  }

  /** Whole-word matches in `lower` (already lowercased, same length as the text). */
  search(lower: string): Array<DictionaryMatch<T>> {
    const matches: Array<DictionaryMatch<T>> = [];
    let node = this.root;
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      while (node !== this.root && !node.next.has(code)) node = node.fail!;
      node = node.next.get(code) ?? this.root;
      if (node.outputs.length === 0 || isWordCode(lower, i + 1)) continue;
      for (const output of node.outputs) {
        const start = i + 1 - output.length;
        if (!isWordCode(lower, start - 1)) {
          matches.push({ start, end: i + 1, tag: output.tag });
          break;
        }
      }
    }
    return matches;
  }
}

/** Whether the code unit at `index` belongs to a word (letter or digit); outside the text it does not. */
function isWordCode(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const c = text.charCodeAt(index);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}]/u.test(text[index]!);
}
