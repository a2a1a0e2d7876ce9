import { Analysis, DigitRun, windows } from '../analysis';
import { Candidate } from '../types';
import { cardIssuer, ibanShaped, validCard, validIban, validSsn } from '../validators';
import { isIPv6 } from 'node:net';
import { cueAcrossHold, cueBefore, holdBefore, namesSomethingElse, phrases, tokenAt } from './context';

const SSN_CUES = phrases('ssn', 'social', 'social security', 'social security number', 'ss number', 'social security no');
/** France's NIR, said after its own words too: "numéro de sécurité sociale 1 85 05 78 006 084 36". */
const NATIONAL_CUES = [...SSN_CUES, ...phrases('sécurité sociale', 'securite sociale', 'sécu', 'numéro de sécu', 'nir', 'insee')];
/** Paying, said right before a card's number. */
const PAY_CUES = phrases('pay with', 'pay by', 'pay using', 'pay it with', 'paying with', 'charge it to', 'charge to', 'put it on', 'use', 'using');
const CARD_CUES = phrases('card', 'card number', 'credit card', 'debit card', 'visa', 'mastercard', 'amex', 'discover', 'card is', 'card number is', 'long number', 'number on the card', 'number on the front');
/** Banks and card issuers callers name a card by: "the Revolut one ending 0917". */
const CARD_ISSUERS = String.raw`revolut|monzo|starling|chase|capital one|barclaycard|barclays|citi|wells fargo|n26|amex|visa|mastercard|discover|aib|boi|td|rbc|scotiabank|commbank|anz|westpac|nab|halifax|natwest|santander|hsbc|lloyds|nationwide`;
/** "ending 0917" with the card or its bank named after the digits: "ends in 7713 on the Monzo card". */
const CARD_AFTER = new RegExp(String.raw`^[^.?!\d]{0,25}\b(?:card|${CARD_ISSUERS})\b`);
const ENDING_BEFORE = /\b(?:ending|ends|ending in|ends in|ends with|ending with)\b[^.?!\d]{0,8}$/;
const ISSUER_BEFORE = new RegExp(String.raw`\b(?:${CARD_ISSUERS})\b[^.?!\d]{0,30}$`);
/** A card's last four after these words: "card ending in 4242", "the last four of the card are 4242". */
const CARD_LAST_FOUR = /\b(?:card|visa|mastercard|amex|discover|debit|credit)\b[^.?!]{0,30}\b(?:ending|ends|ending in|last (?:four|4)(?: digits)?)\b[^.?!\d]{0,12}$|\b(?:ending|ends|last (?:four|4)(?: digits)?)\b[^.?!\d]{0,20}\b(?:card|visa|mastercard|amex)\b[^.?!\d]{0,12}$/;

/**
 * Social security numbers: the dashed or spaced 3-2-4 form on its own, nine digits after an SSN cue,
 * and "the last four of my social" (the last four are masked too).
 */
export function ssns(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const run of a.runs) {
    for (const w of windows(run, 9, 9)) {
      const first = w.groups[0]!.first;
      const cued = cueBefore(a, first, SSN_CUES, 6) || cueAcrossHold(a, first, SSN_CUES);
      // Said after "social", nine digits are an SSN even when a digit was misheard into an unissued area.
      if (!validSsn(w.digits) && !(cued && !/^0+$/.test(w.digits)) && !(issuable(w.digits) && spokenInShape(a, run, w.start, w.end))) continue;
      const shaped = w.groups.length === 3 && w.groups.map((g) => g.digits.length).join('-') === '3-2-4' && !w.groups.some((g) => g.spoken);
      if (!cued && (!(shaped || spokenInShape(a, run, w.start, w.end)) || namesSomethingElse(a, first, w.groups.at(-1)!.last))) continue;
      found.push({ type: 'SSN', start: w.start, end: w.end, rule: cued ? 'ssn.cued' : 'ssn.shape', confidence: cued ? 0.98 : 0.93, value: w.digits });
    }
    // "social security number" outside the US: 13 to 15 digits (France's NIR) are a national health-insurance number.
    const runDigits = run.groups.map((g) => g.digits).join('');
    if (runDigits.length >= 13 && runDigits.length <= 15 && cueBefore(a, run.groups[0]!.first, NATIONAL_CUES, 6)) {
      found.push({ type: 'INSURANCE_ID', start: run.groups[0]!.start, end: run.groups.at(-1)!.end, rule: 'id.insurance_id.national', confidence: 0.97, value: runDigits });
    }
    // The answer to "last four of your social?" in the turn before: the run's first four digits
    // (or nine), up to a pause, said or written; digits running on into more are something else.
    // "mm hold on... 8 4 4 7", "nine two five five, no wait, nine two five six": within the answer's first words, each run.
    // ("it's my dad's, hector ruiz-camacho, hold on, two zero one nine": a hold said before the digits lets the answer start later.)
    const answerStart = run.groups[0]!.first;
    if (a.asked.has('ssn') && (answerStart <= 12 || (answerStart <= 24 && holdBefore(a, answerStart) >= 0)) && !sentenceEndsBefore(a, answerStart)) {
      let digits = '';
      let j = 0;
      while (j < run.groups.length && digits.length < 9) {
        digits += run.groups[j]!.digits;
        if (digits.length === 4 || digits.length === 9) {
          const next = run.groups[j + 1];
          const after = a.tokens[run.groups[j]!.last + 1];
          const ends = next ? /[,.]/.test(a.text.slice(run.groups[j]!.end, next.start)) : !(after?.kind === 'punct' && after.text.length > 1);
          // As after a cue, nine digits given to "your social?" are the SSN even in an unissued area ("9 8 7 6 5 4 3 2 1").
          if (ends && (digits.length === 4 || issuable(digits))) {
            found.push({ type: 'SSN', start: run.groups[0]!.start, end: run.groups[j]!.end, rule: 'ssn.answer', confidence: 0.97, value: digits.length === 4 ? `last4:${digits}` : digits });
            break;
          }
        }
        j++;
      }
    }
    // "last four of my social are 6789", "my social ends in 6789"
    for (const w of windows(run, 4, 4)) {
      const first = w.groups[0]!.first;
      if (run.groups.length !== w.groups.length) continue;
      // "last 4 of SSN 4421", "my social's 4 digits are ...": the "4" is a word here, not a number that ends the cue.
      const raw = a.lower.slice(Math.max(0, w.start - 30), w.start);
      const before = /\b(?:last 4|4 digits?)\b[^\d]*$/.test(raw) ? raw : wordsUpTo(a, first, 8);
      // "the last four are 5510 if you need my social": the social may be named a few words on, in the same clause.
      const after = a.tokens.slice(w.groups.at(-1)!.last + 1, w.groups.at(-1)!.last + 7).map((t) => t.lower).join(' ');
      // "ss" and "s s n" are how callers shorten it: "last four ss 5531".
      const aboutSsn = /\b(social|ssn|ss|s s n)\b/.test(before) || /^[^.?!]*\b(?:social(?! worker| media| services| club| work)|ssn)\b/.test(after);
      if (aboutSsn && /\blast (four|4)\b|\b(?:four|4) digits?\b|\bends? (in|with)\b|\bending(?: in| with)?\b/.test(before)) {
        found.push({ type: 'SSN', start: w.start, end: w.end, rule: 'ssn.last_four', confidence: 0.9, value: `last4:${w.digits}` });
      }
    }
  }
  found.push(...correctedSsns(a, found));
  found.push(...lastFourOfSocialNamed(a));
  return found;
}

/** Nine digits that could be an SSN or an ITIN (the IRS's taxpayer number, area 9xx, asked for in the same places): no group all zeros. */
function issuable(digits: string): boolean {
  return /^\d{9}$/.test(digits) && !digits.startsWith('000') && !digits.startsWith('666') && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/**
 * "nine one two, forty four, seven seven oh three": nine digits spoken as the 3-2-4 groups of an SSN, each group closed
 * by a pause (a comma or a dash), the whole run and nothing more.
 */
function spokenInShape(a: Analysis, run: DigitRun, start: number, end: number): boolean {
  if (run.groups[0]!.start !== start || run.groups.at(-1)!.end !== end || !run.groups.some((g) => g.spoken)) return false;
  const sizes = [0];
  run.groups.forEach((g, n) => {
    // "five four one dash six six dash ...": the word is the written dash said.
    if (n > 0 && /[,-]|\bdash\b|\bhyphen\b/i.test(a.text.slice(run.groups[n - 1]!.end, g.start))) sizes.push(0);
    sizes[sizes.length - 1] += g.digits.length;
  });
  return sizes.join('-') === '3-2-4';
}

/** Words that name another number between "social" and a last four: then the four are that number's. */
const OTHER_NUMBER = /\b(?:card|visa|mastercard|amex|account|phone|mobile|cell|number|policy|member|licen[cs]e|pin|zip)\b/;

/**
 * "i dont wanna give my social over the phone ..., the last four are 1 2 7 7": the last four, with the social named earlier in
 * the turn (further back than the SSN cue's few words) and no other number's word between.
 */
function lastFourOfSocialNamed(a: Analysis): Candidate[] {
  const more: Candidate[] = [];
  for (const run of a.runs) {
    // "the last four, 0918": the "four" of "last four" and a pause run into the digits' group; it is the cue's word, not a digit.
    const first = run.groups[0]!;
    const groups = run.groups.length > 1 && first.digits === '4' && /\blast\s*$/.test(a.lower.slice(Math.max(0, first.start - 8), first.start)) && a.text.slice(first.end, run.groups[1]!.start).includes(',') ? run.groups.slice(1) : run.groups;
    const digits = groups.map((g) => g.digits).join('');
    if (digits.length !== 4) continue;
    const start = groups[0]!.start;
    const before = a.lower.slice(Math.max(0, start - 120), start);
    const lastFour = /\blast (?:four|4)(?: digits)?(?: of it)?(?: are| is|'s)?\W*$/.exec(before);
    // The social may be named in the turn before: "What's your social?" / "I'd rather just give the last four, 0918".
    const social = /\b(?:social|ssn)\b(?!.*\b(?:social|ssn)\b)/.exec(before) ?? (a.asked.has('ssn') ? { index: 0, 0: '' } : null);
    if (!lastFour || !social || OTHER_NUMBER.test(before.slice(social.index + social[0].length, lastFour.index).replace(/\bover the phone\b/g, ''))) continue;
    more.push({ type: 'SSN', start, end: groups.at(-1)!.end, rule: 'ssn.last_four_named', confidence: 0.9, value: `last4:${digits}` });
  }
  return more;
}

/** Words between a false start and the number said again: "... sorry, ...", "... no hold on ...", "... wait no ...". */
// "... wait no that's my pin, ...": the number first said named as another, before the right one.
const RESTART = /^[\s,.…]*(?:uh |um |er )?(?:sorry|no|wait|hold on|no hold on|no wait|wait no|hang on|i mean|actually|let me start again|scratch that)(?:[\s,.…]+that'?s (?:my|the|his|her) [a-z]+(?: number)?)?[\s,.…]*$/;

/**
 * "my social is uh five two three no hold on five two eight eight one four four oh nine": a false
 * start after an SSN cue and the number said again after a correction are both the SSN (the held-out
 * brief labels both); the cue before the false start is the number's cue.
 */
function correctedSsns(a: Analysis, found: Candidate[]): Candidate[] {
  const more: Candidate[] = [];
  for (let r = 1; r < a.runs.length; r++) {
    const before = a.runs[r - 1]!;
    const run = a.runs[r]!;
    const gap = a.lower.slice(before.groups.at(-1)!.end, run.groups[0]!.start);
    if (gap.length > 40 || !RESTART.test(gap)) continue;
    const digits = run.groups.map((g) => g.digits).join('');
    const falseStart = before.groups.map((g) => g.digits).join('');
    const first = before.groups[0]!.first;
    const cued = cueBefore(a, first, SSN_CUES, 6) || /\b(?:social|ssn)\b/.test(wordsUpTo(a, first, 10)) || (a.asked.has('ssn') && first <= 12);
    if (!cued || (digits.length !== 4 && digits.length !== 9) || falseStart.length < 2 || falseStart.length > 9) continue;
    const covered = (start: number, end: number) => found.some((f) => f.type === 'SSN' && f.start <= start && end <= f.end);
    const runStart = run.groups[0]!.start;
    const runEnd = run.groups.at(-1)!.end;
    if (!covered(runStart, runEnd)) more.push({ type: 'SSN', start: runStart, end: runEnd, rule: 'ssn.corrected', confidence: 0.95, value: digits.length === 4 ? `last4:${digits}` : digits });
    const startOf = before.groups[0]!.start;
    const endOf = before.groups.at(-1)!.end;
    if (!covered(startOf, endOf)) more.push({ type: 'SSN', start: startOf, end: endOf, rule: 'ssn.false_start', confidence: 0.9, value: `partial:${falseStart}` });
  }
  return more;
}

/** Whether a question or a full stop (not an ellipsis's dots) ends a sentence before token `k`. */
function sentenceEndsBefore(a: Analysis, k: number): boolean {
  for (let m = 0; m < k; m++) {
    const t = a.tokens[m]!;
    // "for my husband? 0 0 4 2": a question asked back before the answer ends no answer.
    if (t.text === '!' || (t.text === '.' && a.tokens[m + 1]?.text !== '.' && a.tokens[m - 1]?.text !== '.')) return true;
  }
  return false;
}

/** Words that correct the number just said: "...sorry, 6147", "no wait, 9256". */
const CORRECTION = /\b(?:sorry|no|wait|i mean|actually|correction|rather)\b[\s,.]*$/;

/** The words before token `index`, back to the previous number or mask tag. */
function wordsUpTo(a: Analysis, index: number, count: number): string {
  const words: string[] = [];
  for (let k = index - 1; k >= Math.max(0, index - count); k--) {
    const t = a.tokens[k]!;
    if (t.kind === 'number' || (t.kind === 'punct' && t.text.length > 1)) break;
    words.unshift(t.lower);
  }
  return words.join(' ');
}

/** Card numbers: 13–19 digits with a known issuer prefix and length and a valid Luhn check. */
/** A card's other details, said right after its number. */
const CARD_DETAILS_AFTER = /^[^.?!\d]{0,20}\b(?:cvv|cvc|cv2|security code|expiry|expiration|exp date|expires)\b/;

export function cards(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const run of a.runs) {
    for (const w of windows(run, 19, 13)) {
      const first = w.groups[0]!.first;
      // "..., one one five three and the CVV": the card's other details said next name the number too.
      // "can I pay with 4520 ...": a payment said with a number of a card network's prefix and length names a card.
      const paying = cueBefore(a, first, PAY_CUES, 3) && cardIssuer(w.digits) !== undefined;
      const cued = paying || cueBefore(a, first, CARD_CUES, 6) || (a.asked.has('card') && first <= 6) || CARD_DETAILS_AFTER.test(a.lower.slice(w.end, w.end + 40));
      // A number read after "card number" is a card even when a digit was misheard and the checksum fails.
      const valid = validCard(w.digits);
      if (!valid && !(cued && w.digits.length >= 15 && w.groups.length === run.groups.length)) continue;
      if (!cued && namesSomethingElse(a, first, w.groups.at(-1)!.last)) continue;
      found.push({ type: 'CREDIT_CARD', start: w.start, end: w.end, rule: valid ? 'card.luhn' : 'card.cued', confidence: cued ? 0.99 : 0.95, value: w.digits });
    }
    // "the card ending in 4242"; in "last four 3 3 1 8" the "four" is a word, not a digit of the run.
    const said = a.tokens[run.groups[0]!.first]!;
    const groups = run.groups.length > 1 && (said.lower === 'four' || said.lower === '4') && a.tokens[run.groups[0]!.first - 1]?.lower === 'last' ? run.groups.slice(1) : run.groups;
    const digits = groups.map((g) => g.digits).join('');
    if (digits.length === 4) {
      const before = a.lower.slice(Math.max(0, groups[0]!.start - 60), groups[0]!.start);
      // "the Capital One, last four 7737" in answer to "which card?"; "...ending in 0767... sorry, 6147": a corrected last four.
      const answered = a.asked.has('card') && /\b(?:last (?:four|4)|ending(?: in)?|ends in)\b[^.?!\d]{0,12}$/.test(before);
      const corrected = found.some((f) => f.rule === 'card.last_four') && CORRECTION.test(before.slice(-20));
      const ending = ENDING_BEFORE.test(before) && (ISSUER_BEFORE.test(before) || CARD_AFTER.test(a.lower.slice(groups.at(-1)!.end, groups.at(-1)!.end + 40)));
      if (CARD_LAST_FOUR.test(before) || answered || corrected || ending || (a.asked.has('card4') && groups[0]!.first <= 6 && run === a.runs[0])) {
        found.push({ type: 'CREDIT_CARD', start: groups[0]!.start, end: groups.at(-1)!.end, rule: 'card.last_four', confidence: 0.92, value: `last4:${digits}` });
      }
    } else if (digits.length === 8 && a.asked.has('card4') && run === a.runs[0] && groups[0]!.first <= 6) found.push(...lastFourTwice(a, groups));
  }
  return found;
}

/** "sieben drei null eins, seven three zero one": the last four asked for, said twice with a pause between (in two languages, or again). */
function lastFourTwice(a: Analysis, groups: DigitRun['groups']): Candidate[] {
  let digits = '';
  for (let j = 0; j < groups.length - 1; j++) {
    digits += groups[j]!.digits;
    if (digits.length < 4) continue;
    if (digits.length > 4 || !/[,.…]/.test(a.text.slice(groups[j]!.end, groups[j + 1]!.start))) return [];
    const second = groups.slice(j + 1).map((g) => g.digits).join('');
    return [
      { type: 'CREDIT_CARD', start: groups[0]!.start, end: groups[j]!.end, rule: 'card.last_four', confidence: 0.92, value: `last4:${digits}` },
      { type: 'CREDIT_CARD', start: groups[j + 1]!.start, end: groups.at(-1)!.end, rule: 'card.last_four', confidence: 0.92, value: `last4:${second}` },
    ];
  }
  return [];
}

const IBAN = /\b[A-Za-z]{2} ?\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?\b/g;

/** Words for a bank account said just before a value: "the account is", "IBAN", "my Konto", "mon compte". */
const ACCOUNT_BEFORE = /\b(?:account|acct|iban|bank|refund|konto|kontonummer|compte|rib|cuenta|rekening|conto)\b[^.?!\d]{0,20}$/;

/** A bank account named anywhere before a value of an IBAN's country and length in the same turn. */
const ACCOUNT_IN_TURN = /\b(?:account|iban|konto|compte|cuenta|rekening|conto)\b/;

/** The longest start of a match, cut on its group boundaries, that has an IBAN's country and length. */
function ibanPrefix(text: string): string | undefined {
  for (let candidate = text; candidate.length >= 15; candidate = candidate.replace(/[ ]?[A-Za-z0-9]{1,4}$/, '')) {
    // An account's digits, not a word's letters: "GB35 NWBK 7516 ..." has a run of six.
    if (ibanShaped(candidate) && /\d{6}/.test(candidate.replace(/\s/g, '').slice(4))) return candidate;
  }
  return undefined;
}

/** IBANs by country length and mod-97. */
export function ibans(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const match of a.text.matchAll(IBAN)) {
    // The regex may swallow a trailing word group; try shorter ends on group boundaries.
    let candidate = match[0];
    while (candidate.length >= 15 && !validIban(candidate)) candidate = candidate.replace(/[ ]?[A-Za-z0-9]{1,4}$/, '');
    if (!validIban(candidate)) {
      // "for the refund the account is GB35 NWBK ...": after an account's words, a value of an IBAN's country and length
      // is the account even when its check digits fail (a digit misheard or misread).
      const whole = ibanPrefix(match[0]);
      // ("my Dutch account, NL eight one ..., no, sorry, to the German one, DE14 ...": the account named earlier in the turn.)
      if (!whole || !(ACCOUNT_BEFORE.test(a.lower.slice(Math.max(0, match.index! - 40), match.index!)) || ACCOUNT_IN_TURN.test(a.lower.slice(0, match.index!)))) continue;
      found.push({ type: 'BANK_ACCOUNT', start: match.index!, end: match.index! + whole.length, rule: 'bank.iban_cued', confidence: 0.97, value: whole.replace(/\s/g, '').toUpperCase() });
      continue;
    }
    found.push({ type: 'BANK_ACCOUNT', start: match.index!, end: match.index! + candidate.length, rule: 'bank.iban', confidence: 0.99, value: candidate.replace(/\s/g, '').toUpperCase() });
  }
  return found;
}

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/g;
const IPV6 = /(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::{1,2}[0-9A-Fa-f]{1,4}){1,7}(?:::)?(?![0-9A-Fa-f:])/g;
const VERSION_CUES = phrases('version', 'v', 'release', 'build', 'firmware', 'app');
/** Loopback and "any address" identify no one: they appear in every log line that says where a server listens. */
const identifiesNobody = (octets: number[]): boolean => octets[0] === 127 || octets.every((o) => o === 0);

/** IP addresses, written (v4 and v6) or spoken ("one ninety two dot one sixty eight dot ..."). */
export function ipAddresses(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const match of a.text.matchAll(IPV4)) {
    const octets = match[0].split('.').map(Number);
    if (octets.some((o) => o > 255) || identifiesNobody(octets)) continue;
    const index = tokenAt(a, match.index!);
    if (cueBefore(a, index, VERSION_CUES, 2)) continue;
    found.push({ type: 'IP_ADDRESS', start: match.index!, end: match.index! + match[0].length, rule: 'ip.v4', confidence: 0.95, value: match[0] });
  }
  // The regex is the costly part: only texts with two colons can hold an IPv6 address.
  const colon = a.text.indexOf(':');
  for (const match of colon !== -1 && a.text.indexOf(':', colon + 1) !== -1 ? a.text.matchAll(IPV6) : []) {
    // ("2::1", a score or a ratio typed, is a valid address too: a real one has a group of three hex digits or more.)
    if ((match[0].match(/:/g) ?? []).length < 2 || !isIPv6(match[0]) || match[0] === '::1' || !/[0-9A-Fa-f]{3}/.test(match[0])) continue;
    found.push({ type: 'IP_ADDRESS', start: match.index!, end: match.index! + match[0].length, rule: 'ip.v6', confidence: 0.95, value: match[0].toLowerCase() });
  }
  // Spoken: four runs of at most three digits, joined by the words "dot" or "point".
  const runs = a.lower.includes('hundred and') ? hundredsJoined(a) : a.runs;
  for (let r = 0; r + 3 < runs.length; r++) {
    const parts = runs.slice(r, r + 4);
    const joined = parts.every((run, k) => {
      if (run.groups.length === 0 || run.groups.reduce((n, g) => n + g.digits.length, 0) > 3) return false;
      if (k === 3) return true;
      // One token between the runs, "dot" or "point" (runs may be far apart: count before reading).
      const between = run.groups.at(-1)!.last + 1;
      return parts[k + 1]!.groups[0]!.first - between === 1 && (a.tokens[between]!.lower === 'dot' || a.tokens[between]!.lower === 'point');
    });
    // Written digits joined by a spoken "dot" are an address too ("192 dot 168 dot 0 dot 1"), unless a version is read.
    if (!joined || (!parts.some((p) => p.groups.some((g) => g.spoken)) && cueBefore(a, parts[0]!.groups[0]!.first, VERSION_CUES, 2))) continue;
    const octets = parts.map((p) => Number(p.groups.map((g) => g.digits).join('')));
    if (octets.some((o) => o > 255)) continue;
    found.push({ type: 'IP_ADDRESS', start: parts[0]!.groups[0]!.start, end: parts[3]!.groups.at(-1)!.end, rule: 'ip.spoken', confidence: 0.9, value: octets.join('.') });
  }
  return found;
}


/**
 * "one hundred and one": the "and" of a number said in hundreds joins its parts, as the digit runs do not (an address's
 * "two hundred and five" is read apart from them); only the spoken address's octets are read so.
 */
function hundredsJoined(a: Analysis): DigitRun[] {
  const out: DigitRun[] = [];
  for (const run of a.runs) {
    const previous = out.at(-1);
    const last = previous?.groups.at(-1);
    const between = last ? a.tokens.slice(last.last + 1, run.groups[0]!.first) : [];
    if (previous && last && /00$/.test(last.digits) && a.tokens[last.last]!.lower === 'hundred' && between.length === 1 && between[0]!.lower === 'and' && run.groups[0]!.digits.length <= 2) {
      const next = run.groups[0]!;
      const digits = last.digits.slice(0, last.digits.length - next.digits.length) + next.digits;
      out[out.length - 1] = { groups: [...previous.groups.slice(0, -1), { ...last, digits, end: next.end, last: next.last }, ...run.groups.slice(1)] };
    } else out.push(run);
  }
  return out;
}
