import { Analysis } from '../analysis';
import { Candidate } from '../types';
import { startsOf, startWord } from '../starts';

/** The names of a Canadian account's parts: a chain of them is one account. */
const PART_NAMES = new Set(['transit', 'institution', 'account', 'branch', 'acct']);
/** Said between a part's name and its digits, or between two parts. */
const LINKS = new Set([',', 'number', 'no', 'is', "it's", 'its', 'and', 'then', 'the', 'my', 'uh', 'um', ':', '#']);

export type ValueReader = (a: Analysis, i: number) => { last: number; digits: number } | undefined;

const chainStart = startWord((w) => w === 'transit' || w === 'institution');

/**
 * "transit 00412 institution 004 account 5529931", "transit 10482, account 5 0 0 9 1 3 7": a Canadian account's transit,
 * institution and account numbers said as one sequence are one account (the sets' brief labels a sort code and its
 * account whole, and this is the same thing said the Canadian way). Each part is named before its digits; the chain
 * starts at "transit" or "institution" and holds two parts or more.
 */
export function bankChains(a: Analysis, readValue: ValueReader): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  // Past the last chain read.
  let from = 0;
  for (const i of startsOf(t, chainStart)) {
    if (i < from) continue;
    let k = skipLinks(a, i + 1);
    const firstValue = readValue(a, k);
    if (!firstValue || firstValue.digits < 3) continue;
    const first = k;
    let last = firstValue.last;
    let parts = 1;
    for (;;) {
      let m = last + 1;
      let named = false;
      while (m < t.length && m <= last + 4 && (PART_NAMES.has(t[m]!.lower) || LINKS.has(t[m]!.lower))) named ||= PART_NAMES.has(t[m++]!.lower);
      const next = named ? readValue(a, m) : undefined;
      if (!next || next.digits < 3) break;
      last = next.last;
      parts++;
    }
    if (parts < 2) continue;
    out.push({ type: 'BANK_ACCOUNT', start: t[first]!.start, end: t[last]!.end, rule: 'bank.chain', confidence: 0.99, value: a.text.slice(t[first]!.start, t[last]!.end).replace(/\W/g, '') });
    from = last + 1;
  }
  return out;
}

function skipLinks(a: Analysis, k: number): number {
  let m = k;
  while (m < a.tokens.length && m < k + 3 && LINKS.has(a.tokens[m]!.lower)) m++;
  return m;
}
