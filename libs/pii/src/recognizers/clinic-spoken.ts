import { Analysis } from '../analysis';
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
  const inside = a.tokens.map((x, k) => ({ x, k })).filter(({ x }) => x.start >= c.start && x.end <= c.end);
  const groups = a.runs.flatMap((r) => r.groups).filter((g) => a.tokens[g.first]!.start >= c.start && a.tokens[g.last]!.end <= c.end);
  if (groups.length === 0) return false;
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
