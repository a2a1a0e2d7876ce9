import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Analysis, windows } from '../analysis';
import { Candidate } from '../types';
import { cueBefore, namesSomethingElse, phrases } from './context';

const CALL_CUES = phrases('call', 'phone', 'number', 'cell', 'mobile', 'reach', 'text', 'contact', 'callback', 'landline', 'me', 'at');
/** Cues strong enough to take a number libphonenumber finds possible but not assigned, e.g. 555 numbers. */
const PHONE_CUES = phrases(
  'phone number', 'phone', 'cell', 'cell number', 'mobile', 'mobile number', 'reach me at', 'reach me on', 'call me at', 'call me on',
  'call me back at', 'text me at', 'my number is', "my number's", 'number is', 'callback number', 'contact number', 'call back number',
);
const EXTENSION = /^\s*(?:,\s*)?(?:ext\.?|extension|x)\s*(\d{1,6})/i;

interface Verdict {
  valid: boolean;
  possible: boolean;
  tollFree: boolean;
  e164: string;
}

/** libphonenumber is the costly part; the same digits always get the same verdict, so keep them (bounded). */
const verdicts = new Map<string, Verdict | null>();
function verdict(digits: string, region: string): Verdict | null {
  const key = `${region}|${digits}`;
  let v = verdicts.get(key);
  if (v !== undefined) return v;
  const parsed = parsePhoneNumberFromString(digits, region as never);
  v = parsed ? { valid: parsed.isValid(), possible: parsed.isPossible(), tollFree: parsed.getType() === 'TOLL_FREE', e164: parsed.number } : null;
  if (verdicts.size >= 20_000) verdicts.clear();
  verdicts.set(key, v);
  return v;
}

/** North American numbers never have an area code or exchange starting with 0 or 1: no need to ask. */
function cannotBeNanp(digits: string): boolean {
  const national = digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits;
  return national.length !== 10 || national[0] === '0' || national[0] === '1' || national[3] === '0' || national[3] === '1';
}

export interface PhoneOptions {
  defaultRegion: string;
}

/**
 * Phone numbers, written or spoken: candidate digit windows of a run, validated by libphonenumber
 * for the clinic's region (or any region with a leading +). Toll-free numbers are business lines and
 * are kept; an extension is part of the span.
 */
export function phones(a: Analysis, options: PhoneOptions): Candidate[] {
  const found: Candidate[] = [];
  for (const run of a.runs) {
    // Cues belong to the whole run: "my number is 312 555 0147, five five five ..." covers both numbers.
    const runStart = run.groups[0]!.first;
    const phoneCue = cueBefore(a, runStart, PHONE_CUES, 4);
    const callCue = cueBefore(a, runStart, CALL_CUES, 6);
    for (const w of windows(run, 15)) {
      if (w.digits.length < 10 && a.text[w.start - 1] !== '+') continue;
      const plus = a.text[w.start - 1] === '+';
      if (!plus && options.defaultRegion === 'US' && cannotBeNanp(w.digits)) continue;
      const parsed = verdict(plus ? `+${w.digits}` : w.digits, options.defaultRegion);
      const first = w.groups[0]!.first;
      const valid = parsed?.valid ?? false;
      if (!parsed || (!valid && !(parsed.possible && phoneCue))) continue;
      const last = w.groups[w.groups.length - 1]!.last;
      if (namesSomethingElse(a, first, last)) continue;
      if (parsed.tollFree) continue;
      let start = plus ? w.start - 1 : w.start;
      if (a.text[start - 1] === '(' && !plus) start -= 1;
      let end = w.end;
      const ext = EXTENSION.exec(a.text.slice(end));
      if (ext) end += ext[0].length;
      const spoken = w.groups.some((g) => g.spoken);
      found.push({
        type: 'PHONE',
        start,
        end,
        rule: `${spoken ? 'phone.spoken' : 'phone.written'}${valid ? '' : '.possible'}`,
        confidence: !valid ? 0.85 : callCue ? 0.97 : 0.9,
        value: parsed.e164 + (ext ? `;ext=${ext[1]}` : ''),
      });
    }
  }
  return found;
}
