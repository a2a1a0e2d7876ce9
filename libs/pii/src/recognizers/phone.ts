import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Analysis, windows } from '../analysis';
import { Candidate } from '../types';
import { cueBefore, namesSomethingElse, phrases } from './context';
import { phoneParts } from './phone-parts';

const CALL_CUES = phrases('call', 'phone', 'number', 'cell', 'mobile', 'reach', 'text', 'contact', 'callback', 'landline', 'me', 'at', 'on', 'whatsapp');
/** Cues strong enough to take a number libphonenumber finds possible but not assigned, e.g. 555 numbers. */
const PHONE_CUES = phrases(
  'phone number', 'phone', 'cell', 'cell number', 'mobile', 'mobile number', 'reach me at', 'reach me on', 'call me at', 'call me on',
  'call me back at', 'text me at', 'text me on', 'my number is', "my number's", 'number is', 'callback number', 'contact number', 'call back number',
  'landline', 'home number', 'work number', 'mobile is', 'cell is', 'number', 'whatsapp', 'ring me on', 'ring me at', "mobile's", "number's", "cell's", "phone's", 'ring me', 'call me', 'text me', 'reach me',
);
/** "call Marguerite on 555 0128", "ring my husband Tom at ...": someone's number, given for calling them, is as strong a cue as "call me on". */
const CALL_SOMEONE_ON = /\b(?:call|ring|text|reach|phone|try)\s+(?:(?:my|our|her|his)\s+\p{Ll}+\s+)?(?:[\p{L}'-]+\s+){1,2}(?:on|at)\s*$/iu;
const EXTENSION = /^\s*(?:,\s*)?(?:ext\.?|extension|x)\s*(\d{1,6})/i;
/**
 * Regions whose national formats are read even in another country's clinic, when the number starts
 * with its trunk prefix 0 ("07700 900777" said to a US clinic). Numbers with a country code are read
 * in every region libphonenumber knows.
 */
const TRUNK_ZERO_REGIONS = ['GB', 'IE', 'AU', 'NZ', 'FR', 'DE', 'ES', 'NL', 'BE', 'AT', 'CH', 'IT', 'PT', 'SE', 'NO', 'DK', 'FI', 'PL', 'IN', 'ZA', 'NG', 'PH', 'TR', 'IL', 'JP', 'KR', 'CN', 'BR', 'AR', 'VN'];

/** Business lines of the countries we serve, whatever the clinic's country: AU 1300/1800/13 xx xx, NANP toll-free, UK freephone. */
export const BUSINESS_LINE = /^(?:1[38]00\d{6}|13\d{4}|1?8(?:00|33|44|55|66|77|88)\d{7}|080[08]\d{6,7})$/;

interface Verdict {
  valid: boolean;
  possible: boolean;
  tollFree: boolean;
  e164: string;
}

/**
 * libphonenumber's verdicts for one clinic country, memoised per Redactor (the same digits always
 * get the same verdict, so the memo never changes an answer; it is bounded and owned by its engine).
 */
export class PhoneVerdicts {
  private readonly memo = new Map<string, Verdict | null>();

  constructor(readonly country: string) {}

  of(number: string, region: string): Verdict | null {
    const key = `${region}|${number}`;
    let v = this.memo.get(key);
    if (v !== undefined) return v;
    const parsed = parsePhoneNumberFromString(number, region as never);
    const type = parsed?.getType();
    // Toll-free, shared-cost ("1300"), premium and universal numbers are businesses' lines, not a caller's.
    v = parsed ? { valid: parsed.isValid(), possible: parsed.isPossible(), tollFree: type === 'TOLL_FREE' || type === 'SHARED_COST' || type === 'PREMIUM_RATE' || type === 'UAN', e164: parsed.number } : null;
    if (this.memo.size >= 20_000) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, v);
    return v;
  }

  /** The number read nationally in the clinic's country, then in the trunk-zero regions (valid only). */
  national(digits: string): { verdict: Verdict; home: boolean } | undefined {
    if (!(this.country === 'US' || this.country === 'CA') || !cannotBeNanp(digits)) {
      const home = this.of(digits, this.country);
      if (home && (home.valid || home.possible)) return { verdict: home, home: true };
    }
    if (digits[0] === '0' && digits[1] !== '0') {
      let possible: Verdict | undefined;
      let business: Verdict | undefined;
      for (const region of TRUNK_ZERO_REGIONS) {
        if (region === this.country) continue;
        const v = this.of(digits, region);
        // "030 23125 254" is a UK non-geographic line but a Berlin subscriber's: a caller's number abroad is read as a subscriber's where one region has it so.
        if (v?.valid && !v.tollFree) return { verdict: v, home: false };
        if (v?.valid && !business) business = v;
        if (v?.possible && !possible) possible = v;
      }
      if (business ?? possible) return { verdict: (business ?? possible)!, home: false };
    }
    if (this.country !== 'US' && !cannotBeNanp(digits)) {
      const v = this.of(digits, 'US');
      if (v?.valid || v?.possible) return { verdict: v, home: false };
    }
    return undefined;
  }
}

/** North American numbers never have an area code or exchange starting with 0 or 1. */
function cannotBeNanp(digits: string): boolean {
  const national = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  return national.length !== 10 || national[0] === '0' || national[0] === '1' || national[3] === '0' || national[3] === '1';
}

/**
 * Phone numbers, written or spoken ("oh", "double", "triple", "hundred"): digit windows of a run
 * read by libphonenumber in the clinic's country, in any region after a "+"/"00"/"plus", and in
 * the trunk-zero regions' national formats; seven-digit locals ("555-0199") after a cue or dashed.
 * Toll-free numbers are business lines and are kept; an extension is part of the span. Digits
 * joined by "/" are a date, never a phone.
 */
export function phones(a: Analysis, verdicts: PhoneVerdicts): Candidate[] {
  const found: Candidate[] = [];
  const asked = a.asked.has('phone');
  // The answer to "your member ID?" is that ID, whatever phone it could also be read as.
  // "the number's 1 0 4 4 ..." says "number", not "phone": only a word for a phone makes the answer a phone.
  const askedOther = !asked && ['insurance', 'mrn', 'license', 'account', 'ssn', 'card'].some((ask) => a.asked.has(ask as never)) && !PHONE_WORD.test(a.lower);
  for (const run of a.runs) {
    let total = 0;
    for (const g of run.groups) total += g.digits.length;
    if (total < 7) continue;
    // Cues belong to the whole run: "my number is 312 555 0147, five five five ..." covers both numbers.
    const runStart = run.groups[0]!.first;
    const runEnd = run.groups.at(-1)!.end;
    const before = a.text.slice(Math.max(0, run.groups[0]!.start - 40), run.groups[0]!.start);
    const phoneCue = asked || cueBefore(a, runStart, PHONE_CUES, 4) || PHONE_CUE_AFTER.test(a.lower.slice(runEnd, runEnd + 32)) || CALL_SOMEONE_ON.test(before);
    const callCue = phoneCue || cueBefore(a, runStart, CALL_CUES, 6);
    // Longest windows first: a number found (or the clinic's own, found and allowed later) hides the shorter readings inside it.
    const taken: Array<[number, number]> = [];
    const all = [...windows(run, 15, 7)].sort((x, y) => y.digits.length - x.digits.length);
    for (const w of all) {
      if (taken.some(([s, e]) => w.start < e && s < w.end)) continue;
      const span = a.text.slice(w.start, w.end);
      // "0491 570 327 6/20/1942": a group glued to a "/" is a date's, so no window takes it.
      if (span.includes('/') || /\d:\d/.test(span) || slashDigit(a.text, w.end, 1) || slashDigit(a.text, w.start - 1, -1)) continue;
      // "26-03-1985", "1985-03-26": a written date (either way round) is never a phone, whatever digits are said after it.
      if (/(?<!\d)(?:\d{1,2}([-.])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([-.])\d{1,2}\2\d{1,2})(?!\d)/.test(a.text.slice(Math.max(0, w.start - 6), w.end + 6))) continue;
      const first = w.groups[0]!.first;
      const prefix = international(a, first, w.start);
      let digits = w.digits;
      if (!prefix && digits.startsWith('00')) digits = digits.slice(2);
      const plus = prefix !== undefined || w.digits.startsWith('00');
      let parsed: Verdict | null | undefined;
      let home = true;
      // Read with its country code though said without the plus: as long as a number with one may be.
      let coded = false;
      if (plus) parsed = verdicts.of(`+${digits}`, 'US');
      // "four four seven seven oh oh nine...": a country code said without its plus, after a phone cue.
      // ("B4410-22871-905": digits glued to a letter are a code's, not a number dialled.)
      else if (phoneCue && digits[0] !== '0' && digits.length >= 11 && !gluedToLetter(a, first) && !verdicts.national(digits)?.verdict.valid) {
        // A reserved range ("44 7700 900036") is possible, not valid: after the cue it is taken, as a national one is.
        // "four four zero seven seven oh ...": the trunk zero said after the country code, as "+44 (0)" writes it, is dropped.
        parsed = withoutPlus(verdicts, digits);
        if (parsed && !parsed.valid && !parsed.possible) parsed = undefined;
        coded = parsed !== undefined && parsed !== null;
      }
      else if (digits.length === 7) parsed = w.groups.length === run.groups.length && sevenDigitLocal(a, w, phoneCue) ? { valid: true, possible: true, tollFree: false, e164: digits } : undefined;
      else {
        const national = verdicts.national(digits);
        parsed = national?.verdict;
        home = national?.home ?? true;
      }
      const valid = parsed?.valid ?? false;
      // A number that is only possible (reserved ranges such as 07700 900xxx) needs a cue, or a national shape: a trunk 0, ten digits or more, said in groups.
      const nationalShape = digits[0] === '0' && digits.length >= 10 && w.groups.length >= 2;
      if (!parsed || (!valid && !(parsed.possible && (phoneCue || nationalShape || plus)))) continue;
      // A number that is only possible is at most eleven digits without its country code (the longest national numbers of the
      // regions we read); a longer run is two things said together.
      if (!valid && !plus && !coded && digits.length > 11) continue;
      const last = w.groups[w.groups.length - 1]!.last;
      if (namesSomethingElse(a, first, last)) continue;
      taken.push([w.start, w.end]);
      if (parsed.tollFree || (!plus && BUSINESS_LINE.test(digits))) continue;
      let start = prefix ?? w.start;
      if (a.text[start - 1] === '(' && !plus) start -= 1;
      // "area code four one four five five five ...": the words are how the number is said, its first digits the area code.
      if (!plus && digits.length === 10 && a.tokens[first - 1]?.lower === 'code' && a.tokens[first - 2]?.lower === 'area') start = a.tokens[first - 2]!.start;
      // An extension is the office's switchboard, not the caller's: it stays in the value (allowlists match it), not in the span.
      const end = w.end;
      const ext = EXTENSION.exec(a.text.slice(end));
      const spoken = w.groups.some((g) => g.spoken);
      found.push({
        type: 'PHONE',
        start,
        end,
        rule: `${spoken ? 'phone.spoken' : 'phone.written'}${valid ? '' : '.possible'}${home ? '' : '.abroad'}`,
        confidence: (askedOther ? 0.8 : !valid ? 0.85 : callCue ? 0.97 : home ? 0.9 : 0.88) + Math.min(w.digits.length, 15) / 1000,
        value: parsed.e164 + (ext ? `;ext=${ext[1]}` : ''),
      });
    }
  }
  if (a.runs.length > 1) found.push(...phoneParts(a, verdicts, found));
  return found;
}

/** A "/" at `at` with a digit beside it on the far side (`step` 1: after it; -1: before it). */
function slashDigit(text: string, at: number, step: 1 | -1): boolean {
  const digit = text.charCodeAt(at + step);
  return text.charCodeAt(at) === 47 && digit >= 48 && digit <= 57;
}

/** Country codes of the regions whose numbers keep a trunk zero nationally, for "44 0 7700 ..." said without the plus. */
const TRUNK_ZERO_CODES = ['44', '353', '61', '64', '33', '49', '31', '32', '43', '41', '27', '234'];

function gluedToLetter(a: Analysis, first: number): boolean {
  const before = a.tokens[first - 1];
  return before !== undefined && before.kind === 'word' && before.end === a.tokens[first]!.start;
}

function withoutPlus(verdicts: PhoneVerdicts, digits: string): Verdict | null {
  const code = TRUNK_ZERO_CODES.find((c) => digits.startsWith(c) && digits[c.length] === '0');
  const read = verdicts.of(`+${digits}`, 'US');
  if (!code || read?.valid) return read;
  return verdicts.of(`+${code}${digits.slice(code.length + 1)}`, 'US') ?? read;
}

/** The cue said after the number: "1 (555) 867-5309 is my landline", "0412 558 190's my mobile". */
// (A number's other kinds are no phone's: "ZT 880 1147 was my policy number".)
const PHONE_CUE_AFTER = /^\s*(?:is|'s|was|would be|will be)\s+(?:my|his|her|their|our|the|me)\s+(?:(?:home|work|old|new|best|main|direct|other|personal|daytime|contact|callback|cell|mobile|phone)\s+)?(?:landline|cell|cellphone|mobile|phone|number|line)\b/;

const PHONE_WORD = /\b(?:phone|mobile|cell|landline|call me|reach me|text me|ring me)\b/;

/** Where a "+" or the word "plus" before the number starts, if there is one. */
function international(a: Analysis, first: number, start: number): number | undefined {
  if (a.text[start - 1] === '+') return start - 1;
  const before = a.tokens[first - 1];
  if (before?.lower === 'plus') return before.start;
  if (before?.text === '(' && a.text[before.start - 1] === '+') return before.start - 1;
  return undefined;
}

/** "five five five two one two three is the booking number": a reference named after the digits. */
const REFERENCE_AFTER = /^\s*(?:is|was|'s)\s+(?:the|my|our|your|a)\s+(?:\w+\s+)?(?:booking|reference|confirmation|order|code|pin|ticket|case|claim|invoice|account|policy|member|lot|batch|serial)\b/;

/** "555-0199": a US local number, dashed as written or after a phone cue, exchange not starting 0 or 1. */
function sevenDigitLocal(a: Analysis, w: { groups: Array<{ digits: string; end: number; spoken: boolean }>; digits: string; start: number; end: number }, cued: boolean): boolean {
  if (w.digits[0] === '0' || w.digits[0] === '1') return false;
  const shaped = w.groups.length === 2 && w.groups[0]!.digits.length === 3 && a.text[w.groups[0]!.end] === '-';
  const nextIsDigit = /^\s*[-.]?\s*\d/.test(a.text.slice(w.end));
  // "triple five oh one four oh": the 555 exchange said in words is a local number's whatever the words around it.
  const exchange = w.digits.startsWith('555') && w.groups.some((g) => g.spoken) && !REFERENCE_AFTER.test(a.lower.slice(w.end, w.end + 40));
  return !nextIsDigit && (shaped || cued || exchange);
}
