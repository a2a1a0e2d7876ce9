import { Analysis } from '../analysis';
import { Candidate } from '../types';
import { NUMBER_NOUNS } from './details-after';

/**
 * Member numbers read off a card with no word naming them, in a caller's list of details ("Amara
 * Obi 2/4/88 HCX 4410 2281 07"), and a Medicare card's number by its printed shape. (The caller's
 * place on a Medicare card, the IRN, is no identifier by the other sets' majority: left alone.)
 */

/** Capitals before digits that say what else the number is: a reference, an order, a phone, a business's number. */
const NOT_ISSUERS = new Set(['REF', 'INV', 'ORD', 'PO', 'TEL', 'PH', 'MOB', 'FAX', 'EXT', 'APT', 'STE', 'ABN', 'ACN', 'TFN', 'GST', 'VAT', 'PIN', 'OTP',
  'LOT', 'NO', 'NR', 'ID', 'AM', 'PM', 'UTC', 'GMT', 'EST', 'PST', 'CST', 'MST', 'USD', 'AUD', 'CAD', 'EUR', 'GBP', 'NZD', 'AT', 'ON', 'IS', 'OR', 'IN', 'TO',
  'BY', 'OK', 'MY', 'UP', 'US', 'UK', 'EU', 'DOB', 'SSN', 'SIN', 'MRN', 'DL', 'BSB', 'IBAN', 'ACCT', 'APPT', 'BKG', 'CONF', 'TKT', 'CASE', 'ROOM', 'UNIT',
  'FLAT', 'BOX', 'HWY', 'RD', 'ST', 'AVE', 'CALL', 'TEXT', 'VISA', 'AMEX', 'ATM', 'IP', 'VPN', 'PC', 'TV']);
const MIN_DIGITS = 8;

/**
 * "MBR 7702 9913", "UHC 9021 4470 18": two to four capitals, then eight digits or more written in two
 * groups or more. Where speech-to-text writes the rest in lowercase, capitals before a number are the
 * card's print; where the caller writes everything in capitals, they are only shouting.
 */
export function issuerCodesInDetails(a: Analysis): Candidate[] {
  const t = a.tokens;
  const found: Candidate[] = [];
  for (let k = 1; k < t.length; k++) {
    const p = t[k - 1]!;
    const first = t[k]!;
    if (first.kind !== 'number' || p.kind !== 'word' || first.start - p.end !== 1 || !/^[A-Z]{2,4}$/.test(p.text) || NOT_ISSUERS.has(p.text)) continue;
    // A word before the capitals says what the number is ("order ABC ...", "serial XK ..."): not a member's.
    if (k >= 2 && NUMBER_NOUNS.has(t[k - 2]!.lower)) continue;
    if (a.text === a.text.toUpperCase()) return [];
    // Groups of digits a space apart; one that a dash or slash joins on is a date's start ("... 18 1985-10-02").
    let last = k;
    let digits = first.text.length;
    while (t[last + 1]?.kind === 'number' && t[last + 1]!.start === t[last]!.end + 1) digits += t[++last]!.text.length;
    if (last > k && ['-', '/', '.'].includes(t[last + 1]?.text ?? '') && t[last + 1]!.start === t[last]!.end) digits -= t[last--]!.text.length;
    if (last === k || digits < MIN_DIGITS) continue;
    found.push({ type: 'INSURANCE_ID', start: p.start, end: t[last]!.end, rule: 'id.insurance_id.issuer_code', confidence: 0.9, value: a.text.slice(p.start, t[last]!.end) });
    k = last;
  }
  return found;
}

/**
 * "3409 11852 2": a Medicare card's number as it is printed, four, five and one digits (the first 2 to 6).
 * No phone, date or card number is grouped so.
 */
export function medicareByShape(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const run of a.runs) {
    const g = run.groups;
    for (let i = 0; i + 2 < g.length; i++) {
      if (g[i]!.spoken || g[i + 1]!.spoken || g[i + 2]!.spoken) continue;
      if (g[i]!.digits.length !== 4 || g[i + 1]!.digits.length !== 5 || g[i + 2]!.digits.length !== 1 || !/^[2-6]/.test(g[i]!.digits)) continue;
      // Part of a longer number: a group before or after it joins it (a date's last group before it does not: "3/3/71 3409 ...").
      const dateBefore = i > 1 && '/-.'.includes(a.text[g[i - 1]!.start - 1]!);
      if ((i > 0 && g[i - 1]!.end + 1 === g[i]!.start && !dateBefore) || (i + 3 < g.length && g[i + 2]!.end + 1 === g[i + 3]!.start)) continue;
      const text = a.text.slice(g[i]!.start, g[i + 2]!.end);
      if (!/^\d{4} \d{5} \d$/.test(text)) continue;
      found.push({ type: 'INSURANCE_ID', start: g[i]!.start, end: g[i + 2]!.end, rule: 'id.insurance_id.medicare_shape', confidence: 0.97, value: text.replace(/ /g, '') });
    }
  }
  return found;
}
