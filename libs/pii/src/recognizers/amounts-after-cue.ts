import { Analysis } from '../analysis';

/** Words that make the number after them an amount: "my plan costs 12000 a year", "the policy pays 15000". */
const PRICE_VERBS = new Set(['cost', 'costs', 'costing', 'pay', 'pays', 'paid', 'charge', 'charges', 'charged', 'covers', 'covered', 'deductible', 'premium', 'copay', 'owe', 'owes']);
/** Words after a number that make it an amount or a count. */
const AMOUNT_AFTER = new Set(['dollars', 'dollar', 'bucks', 'euros', 'euro', 'pounds', 'quid', 'cents', 'grand', 'a', 'per', 'each', 'percent', '%', 'k']);

/**
 * Whether the value between tokens `from` and `last`, read after an identifier's cue ending before `cueNext`, is an amount: a
 * price word between the cue and the value, or a currency or "a year" after it.
 */
export function amountAfterCue(a: Analysis, cueNext: number, from: number, last: number): boolean {
  const t = a.tokens;
  for (let m = cueNext; m < from; m++) if (PRICE_VERBS.has(t[m]!.lower)) return true;
  if (from > 0 && /^[$€£]$/.test(t[from - 1]!.text)) return true;
  const next = t[last + 1]?.lower;
  if (next === undefined || !AMOUNT_AFTER.has(next)) return false;
  // "a year", "a month": the article only with a span of time after it.
  return next !== 'a' || ['year', 'month', 'week', 'day', 'visit'].includes(t[last + 2]?.lower ?? '');
}
