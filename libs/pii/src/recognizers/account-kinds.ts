import { Analysis } from '../analysis';

/** Whose books an account is in when it is not a bank's: a clinic's billing, a booking, an invoice. */
const NOT_A_BANK_BEFORE = new Set(['patient', 'patients', "patient's", 'billing', 'clinic', 'practice', 'surgery', 'hospital', 'customer', 'booking', 'invoice', 'loyalty', 'rewards', 'portal']);
/** Said between "account" and its number: the account is with the clinic or on its paperwork ("my account with you is 77812"). */
const NOT_A_BANK_BETWEEN = /\b(?:with (?:you|you guys|the (?:clinic|practice|surgery|office|hospital|dentist))|here|on (?:the|your|my) (?:invoice|bill|statement|receipt|portal)|for (?:the|my) (?:bill|invoice))\b/;

/**
 * "my patient account number is 4418203", "the account number on the invoice is 90022131": a number after "account" that
 * names an account with the clinic, not a bank's. `cueEnd` is the cue's last token, `value` the value's first.
 */
export function accountWithClinic(a: Analysis, cueEnd: number, value: number): boolean {
  const t = a.tokens;
  for (let m = Math.max(0, cueEnd - 3); m <= cueEnd; m++) if (NOT_A_BANK_BEFORE.has(t[m]!.lower)) return true;
  const between = t.slice(cueEnd + 1, value).map((x) => x.lower).join(' ');
  return NOT_A_BANK_BETWEEN.test(between);
}
