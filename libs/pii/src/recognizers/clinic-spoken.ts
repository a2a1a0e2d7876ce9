import { Analysis, DigitGroup, Token } from '../analysis';
import { Candidate } from '../types';

/** Words of a number said aloud that no digit group holds ("sixteen hundred"). */
const NUMBER_GLUE = new Set(['hundred', 'thousand', 'oh', 'o', 'double', 'triple', 'and']);

/**
 * "sixteen hundred west anderson lane suite two ten, got it" after the agent gave "1600 West Anderson Lane, Suite 210": the
 * clinic's address said back in words is still the clinic's. Its words (the numbers left out) are a run of the clinic's
 * address, eight letters or more, and its digit groups come in the clinic's address in the same order, so a caller on
 * the clinic's street at another number is still the caller.
 */
export function saysClinicAddress(a: Analysis, c: Candidate, allowed: readonly string[]): boolean {
  const groups: DigitGroup[] = [];
  for (const run of a.runs) for (const g of run.groups) if (a.tokens[g.first]!.start >= c.start && a.tokens[g.last]!.end <= c.end) groups.push(g);
  if (groups.length === 0) return false;
  // Asked of every address found: the tokens inside it (sorted, apart) are one stretch, found by halving, not a pass over the turn.
  const inside: Array<{ x: Token; k: number }> = [];
  for (let k = firstTokenFrom(a.tokens, c.start); k < a.tokens.length && a.tokens[k]!.end <= c.end; k++) inside.push({ x: a.tokens[k]!, k });
  const inGroup = (k: number) => groups.some((g) => g.first <= k && k <= g.last);
  const letters = inside.filter(({ x, k }) => x.kind === 'word' && !inGroup(k) && !NUMBER_GLUE.has(x.lower)).map(({ x }) => x.lower).join('').replace(/[^a-z]/g, '');
  if (letters.length < 8) return false;
  return allowed.some((address) => {
    if (!address.replace(/\d/g, '').includes(letters)) return false;
    const digits = address.replace(/\D/g, '');
    let from = 0;
    for (const g of groups) {
      const at = digits.indexOf(g.digits, from);
      if (at < 0) return false;
      from = at + g.digits.length;
    }
    return true;
  });
}

/** The first token starting at or after `at`. */
function firstTokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
