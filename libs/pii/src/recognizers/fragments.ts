import { Analysis } from '../analysis';
import { Candidate, EntityType, MASK_PATTERN } from '../types';

const MASK = new RegExp(`^${MASK_PATTERN}$`);
import { cueBefore, phrases } from './context';

/** Words that may open a turn before the part of a number it answers: "ok, 6 0 4 2", "uh then two two". */
const LEADS = new Set(['uh', 'um', 'er', 'erm', 'ok', 'okay', 'so', 'and', 'then', 'yeah', 'yes', 'yep', 'right', "it's", 'its', 'it', 'is', 'the', 'next', 'rest', 'last', 'bit', 'part', 'is', ',', '.', '…', '-']);
/** Cues of a number whose dictation a turn begins and the next turns go on with: "so the social is, ready? nine one four". */
const BEGUN = phrases('social', 'ssn', 'social security', 'social security number', 'mobile', 'cell', 'phone number', 'mobile number', 'cell number');
const BEGUN_TYPE: Record<string, EntityType> = { social: 'SSN', ssn: 'SSN', security: 'SSN' };

/**
 * Parts of a number dictated over several turns, each turn its own span of the number's type: a turn that is only two to six
 * digits (said or written) answering a phone or SSN ask, standing over the other speaker's "mm"/"go on" (`asksBefore`); and a
 * turn that ends, two to five digits in, after the number's cue ("the social is, ready? nine one four"). A full number is the
 * phone and SSN rules' own; a number with more words after it ("9 to 5", "2 weeks") is no part of one.
 */
export function dictatedParts(a: Analysis): Candidate[] {
  const run = a.runs.at(-1);
  if (!run) return [];
  const first = run.groups[0]!.first;
  const last = run.groups.at(-1)!.last;
  const digits = run.groups.map((g) => g.digits).join('');
  // A mask after the digits is a value said after them, as the words it replaced were: the same turn redacted again reads the same.
  if (digits.length < 2 || digits.length > 6) return [];
  for (let k = last + 1; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    if (t.kind !== 'punct' || t.text === '?' || MASK.test(t.text)) return [];
  }
  const start = run.groups[0]!.start;
  const end = run.groups.at(-1)!.end;
  let alone = a.runs.length === 1;
  for (let k = 0; alone && k < first; k++) alone = LEADS.has(a.tokens[k]!.lower);
  const type: EntityType | undefined = alone && a.asked.has('ssn') ? 'SSN' : alone && a.asked.has('phone') ? 'PHONE' : undefined;
  if (type) return [{ type, start, end, rule: `${type.toLowerCase()}.dictated`, confidence: 0.9, value: `partial:${digits}` }];
  // The cue, then at most a pause or "ready?" before the digits that close the turn.
  if (digits.length > 5 || !cueBefore(a, first, BEGUN, 6)) return [];
  const cue = a.tokens.slice(Math.max(0, first - 6), first).map((t) => t.lower.replace(/'s$/, '')).find((w) => w in BEGUN_TYPE);
  const begun: EntityType = cue ? BEGUN_TYPE[cue]! : 'PHONE';
  return [{ type: begun, start, end, rule: `${begun.toLowerCase()}.dictation_begun`, confidence: 0.88, value: `partial:${digits}` }];
}
