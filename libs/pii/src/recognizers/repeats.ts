import { Analysis, DigitRun } from '../analysis';
import { Candidate, EntityType } from '../types';

/** Identifiers a caller corrects or gives a second of: the second is the same kind of number as the first. */
const REPEATED_TYPES = new Set<EntityType>(['SSN', 'INSURANCE_ID', 'MEDICAL_RECORD_NUMBER', 'DRIVER_LICENSE', 'BANK_ACCOUNT', 'CREDIT_CARD']);
/** Words that take the first value back: "... well 00881273", "... wait no that's the example, mine's ...". */
const TAKEN_BACK = /\b(?:no|wait|sorry|well|actually|i mean|correction|rather|oops|scratch that|my bad)\b/;
/** A second person's, said with the same words left out: "and my mom's is MR-...", "mine's ...", "his is ...". */
const SECOND_OWNER = /\b(?:and|but|then)\s+(?:my|his|her|their|our)\s+\p{L}+(?:'s|s')\s+(?:is|one is|one's)\s*$|\b(?:mine|hers|his|theirs)(?:'s|\s+is|\s+one is)\s*$/u;
/** Words that name another kind of number between the two: the second is that one's, not the first's. */
const ANOTHER_KIND = /\b(?:phone|mobile|cell|number is|call|text|zip|postcode|post code|extension|ext|reference|booking|code|pin|date|born|group|plan)\b/;

/**
 * "medical record MR-2290-7714 and my mom's is MR-2290-7715", "membership number VHI 0 0 8 8 1 2 7 3... well 00881273":
 * after an identifier already found, a value with as many digits, said after words that take the first back or give a
 * second person's (within the sentence, no other number or kind of number between), is the same kind of identifier.
 * The letters before the first value's digits, said again before the second's, belong to it.
 */
export function saidAgain(a: Analysis, chosen: readonly Candidate[]): Candidate[] {
  const more: Candidate[] = [];
  for (const c of chosen) {
    if (!REPEATED_TYPES.has(c.type) || c.end >= a.text.length - 3) continue;
    // "that's the one from ...": a lone "one" is a pronoun, not a number between the two.
    const run = a.runs.find((r) => r.groups[0]!.start >= c.end && !(r.groups.length === 1 && a.tokens[r.groups[0]!.first]!.lower === 'one'));
    if (!run || run.groups[0]!.start - c.end > 100) continue;
    const digits = digitsWithin(a, c.start, c.end);
    if (digits < 4) continue;
    let start = run.groups[0]!.start;
    const prefix = lettersBefore(a, run, c);
    if (prefix !== undefined) start = prefix;
    const gap = a.lower.slice(c.end, start);
    // Within the sentence: an ellipsis's dots are a pause, a full stop is not.
    if (gap.length > 90 || /[\d.?!]/.test(gap.replace(/\.{2,}|…/g, ' ')) || ANOTHER_KIND.test(gap)) continue;
    if (!TAKEN_BACK.test(gap) && !SECOND_OWNER.test(gap)) continue;
    const said = run.groups.reduce((n, g) => n + g.digits.length, 0);
    const end = run.groups.at(-1)!.end;
    // "MR-2290-7715x": letters glued after the digits make it another code.
    const after = a.tokens[run.groups.at(-1)!.last + 1];
    if (said !== digits || (after?.start === end && after.kind === 'word') || chosen.some((o) => o.start < end && start < o.end)) continue;
    more.push({ type: c.type, start, end, rule: 'id.said_again', confidence: 0.9, value: a.text.slice(start, end).replace(/\W/g, '').toUpperCase() });
  }
  return more;
}

/** The written or spoken digits inside a span. */
function digitsWithin(a: Analysis, start: number, end: number): number {
  let n = 0;
  for (const run of a.runs) for (const g of run.groups) if (g.start >= start && g.end <= end) n += g.digits.length;
  return n;
}

/** Where the first value's letters ("MR", "VHI") start, when they are said again right before the second value's digits. */
function lettersBefore(a: Analysis, run: DigitRun, first: Candidate): number | undefined {
  const k = run.groups[0]!.first;
  const dash = a.tokens[k - 1]?.text === '-' ? 1 : 0;
  const letters = a.tokens[k - 1 - dash];
  if (!letters || letters.kind !== 'word' || !/^[A-Za-z]{1,5}$/.test(letters.text)) return undefined;
  return a.text.slice(first.start, first.end).toLowerCase().startsWith(letters.lower) ? letters.start : undefined;
}
