import type { Analysis, DigitRun } from '../analysis';
import type { Candidate } from '../types';
import type { PhoneVerdicts } from './phone';
import { namesSomethingElse } from './context';

/** A pause inside a number being said: "... one sec ...", ", then", "hang on". */
const PAUSE = /^[\s,.…-]*(?:(?:then|and then|one sec(?:ond)?|a sec(?:ond)?|hang on|hold on|uh|um|er|erm|ok|okay|right)[\s,.…-]*)+$|^\s*(?:\.{2,}|…)\s*$/;
/** Words taking back what was just said: "0161 496 0... hang on, 0161 496 0439", "... no, oh one two three". */
const TAKE_BACK = /^[\s,.…-]*(?:(?:no|wait|sorry|hang on|hold on|i mean|actually|no wait|wait no|oops|uh|um)[\s,.…-]*)+$/;

const AREA_AFTER = /^[\s,.]*(?:and\s+|with\s+|uh\s+|um\s+)?(?:the\s+)?area code(?:'s|\s+is|\s+being)?[\s,:]*$/;

/** A postcode's, a unit's or an account's words before the first part: its digits are that number's. */
const OTHER_NUMBER_BEFORE = /\b(?:zip|postcode|post code|postal code|eircode|unit|apt|apartment|flat|account|policy|member|card|social|ssn|licen[cs]e)\b[^.?!\d]*$/;

const digitsOf = (run: DigitRun) => run.groups.map((g) => g.digits).join('');
const startOf = (run: DigitRun) => run.groups[0]!.start;
const endOf = (run: DigitRun) => run.groups.at(-1)!.end;

/**
 * Parts of a phone said with a pause between them, each its own span: "two oh four five five five... one sec... oh one
 * three eight", "085, then 7 7 1, 3 0 9 4" (the parts together a number of the clinic's country or a trunk-zero one);
 * a false start the number said again begins with ("0161 496 0... hang on, 0161 496 0439"); and the last digits said
 * again to correct a phone just given ("... oh one two two, no, oh one two three").
 */
export function phoneParts(a: Analysis, verdicts: PhoneVerdicts, phones: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // "... one sec ...": the "one" of the pause is no digit of the number before it.
  const runs = a.runs.map((run) => {
    const last = run.groups.at(-1)!;
    const one = run.groups.length > 1 && a.tokens[last.first]!.lower === 'one' && /^(?:sec|second|moment|mo)$/.test(a.tokens[last.last + 1]?.lower ?? '');
    return one ? { groups: run.groups.slice(0, -1) } : run;
  });
  const isPhone = (run: DigitRun) => phones.some((p) => p.start <= startOf(run) && endOf(run) <= p.end);
  const part = (run: DigitRun, rule: string, digits: string): Candidate => ({ type: 'PHONE', start: startOf(run), end: endOf(run), rule, confidence: 0.9, value: `partial:${digits}` });
  for (let r = 0; r + 1 < runs.length; r++) {
    const first = runs[r]!;
    const gap = a.lower.slice(endOf(first), startOf(runs[r + 1]!));
    if (gap.length > 24) continue;
    // Two or three parts, each a pause apart.
    let joined = 0;
    if (PAUSE.test(gap) && !namesSomethingElse(a, first.groups[0]!.first, first.groups.at(-1)!.last) && !OTHER_NUMBER_BEFORE.test(a.lower.slice(Math.max(0, startOf(first) - 30), startOf(first)))) {
      const parts = [first, runs[r + 1]!];
      if (r + 2 < runs.length && PAUSE.test(a.lower.slice(endOf(runs[r + 1]!), startOf(runs[r + 2]!)))) parts.push(runs[r + 2]!);
      for (let n = parts.length; n >= 2; n--) {
        const whole = parts.slice(0, n).map(digitsOf).join('');
        if (whole.length < 9 || whole.length > 13 || parts.slice(0, n).some((p) => digitsOf(p).length < 3)) continue;
        const read = verdicts.national(whole)?.verdict;
        if (!read || read.tollFree || !(read.valid || read.possible)) continue;
        for (const p of parts.slice(0, n)) if (!isPhone(p)) out.push(part(p, 'phone.parts', digitsOf(p)));
        joined = n;
        break;
      }
      if (joined > 0) {
        r += joined - 2;
        continue;
      }
    }
    // "... five five five oh one nine, area code three one two": the area code said after the number is the number's.
    const area = runs[r + 1]!;
    // (Not when the whole number is said again after it, "... so six one four triple five ...": that is the number given.)
    // (Tested last: it reads every run after, and most gaps say no area code.)
    const saidWhole = () => runs.slice(r + 2).some((x) => digitsOf(x).includes(digitsOf(area) + digitsOf(first)));
    if (AREA_AFTER.test(gap) && isPhone(first) && !isPhone(area) && digitsOf(area).length === 3 && !saidWhole()) {
      const read = verdicts.national(digitsOf(area) + digitsOf(first))?.verdict;
      if (read && (read.valid || read.possible)) {
        out.push(part(area, 'phone.area_code_after', digitsOf(area)));
        continue;
      }
    }
    if (!TAKE_BACK.test(gap)) continue;
    const second = runs[r + 1]!;
    const said = digitsOf(first);
    const again = digitsOf(second);
    // The false start: what the number said again begins with.
    if (isPhone(second) && !isPhone(first) && said.length >= 3 && again.length > said.length && again.startsWith(said)) out.push(part(first, 'phone.false_start', said));
    // The last digits corrected: three or four, closing the turn's clause.
    else if (isPhone(first) && !isPhone(second) && again.length >= 3 && again.length <= 4 && /^\s*(?:[,.!?]|$|at the end\b)/i.test(a.text.slice(endOf(second)))) out.push(part(second, 'phone.tail_corrected', again));
  }
  return out;
}
