import { Analysis, TEENS, TENS, Token } from '../analysis';
import { Candidate } from '../types';
import { validDate } from '../validators';

/** A date read at a token: where it ends, and its parts (`year` absent when none was said). */
export interface DateReading {
  /** The token index after the date. */
  end: number;
  year?: number;
  month: number;
  day: number;
  /** Only the year was said ("and the year?" answered): month and day are placeholders that validate. */
  yearOnly?: boolean;
  /** Only the month and year were said ("born in March 1985"): the day is a placeholder that validates. */
  monthOnly?: boolean;
}

export interface UncuedHelpers {
  /** A date whose form says it is one (written with separators, or with its month named), never bare spoken digits. */
  read: (i: number) => DateReading | undefined;
  mayStart: (t: Token) => boolean;
  aboutAVisit: (t: Token[], i: number) => boolean;
}

/**
 * Callers book and move visits of this year and the next; a date of a year this far back, said by the caller with
 * no visit's words before it, is the one date of theirs a clinic asks for: the birth date (the caller's or a child's).
 */
const YEARS_BACK = 3;

/** Words after a two-digit "year" that make it a time or an amount ("march 3 45 dollars"). */
const NOT_A_YEAR_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock', 'dollars', 'bucks', 'euros', 'pounds', 'minutes', 'mins', 'hours', 'percent', '%', 'mg', 'ml', 'times', 'people', 'patients', 'quid', 'past', 'to', 'after', 'til', 'till']);

/**
 * "ok so athanasia georgiou 0491 570 327 6/20/1942", "Dimitra Konstantinidis, the seventh of April 1982, calling about my
 * bill": a whole date (day, month and year) years in the past, said by the caller about no visit, is a birth date.
 * The agent's dates are the clinic's (its read-backs have their own rule); bare digits ("one two oh three ...") could be
 * any number, so only a written or named date counts.
 */
export function uncuedBirthDates(a: Analysis, found: readonly Candidate[], h: UncuedHelpers): Candidate[] {
  const out: Candidate[] = [];
  if (a.agent || !a.now) return out;
  const t = a.tokens;
  const latest = a.now.getUTCFullYear() - YEARS_BACK;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (!h.mayStart(w) || found.some((f) => f.start <= w.start && w.start < f.end)) continue;
    const p = h.read(i);
    if (!p || p.year === undefined || p.yearOnly || p.year > latest || !validDate(p.year, p.month, p.day, a.now)) continue;
    if (!wholeYear(t, p.end, p.year, latest + YEARS_BACK) || h.aboutAVisit(t, i) || aboutAnEvent(t, i) || VISIT_AFTER.test(wordsFrom(t, p.end)) || eventAfter(t, p.end)) continue;
    const start = t[i - 1]?.lower === 'the' ? i - 1 : i;
    out.push({ type: 'DATE_OF_BIRTH', start: t[start]!.start, end: t[p.end - 1]!.end, rule: 'dob.uncued_past', confidence: 0.88, value: `${p.year}-${p.month}-${p.day}` });
    i = p.end - 1;
  }
  return out;
}

/** Words before a date in its clause that make it the date of something else than a birth: a letter, a card, a loss. */
const EVENT_WORDS = new Set(['dated', 'expires', 'expiry', 'expired', 'expiration', 'exp', 'issued', 'valid', 'effective', 'renewed', 'renewal', 'died', 'passed',
  'married', 'accident', 'injury', 'injured', 'referral', 'letter', 'invoice', 'bill', 'statement', 'paid', 'payment', 'sent', 'posted', 'mailed', 'happened',
  'fell', 'broke', 'lost', 'xray', 'x-ray', 'scan', 'policy', 'coverage', 'lease', 'contract', 'ended', 'due', 'closed', 'opened', 'joined', 'registered',
  'enrolled', 'retired', 'hired', 'diagnosed', 'operation', 'procedure', 'admitted', 'discharged', 'refund', 'charged', 'claim',
  // What was done to a tooth, or bought, on a day: "my wisdom teeth were removed 5/6/2015".
  'removed', 'extracted', 'pulled', 'fitted', 'placed', 'filled', 'treated', 'repaired', 'replaced', 'done', 'installed', 'implanted', 'stopped',
  'quit', 'changed', 'switched', 'bought', 'ordered', 'received', 'signed', 'purchased', 'delivered', 'arrived', 'left', 'transferred']);

export function aboutAnEvent(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (['.', '?', '!', ';'].includes(t[k]!.text)) return false;
    if (EVENT_WORDS.has(t[k]!.lower)) return true;
  }
  return false;
}

/** "12/05/2019 was my last visit": the words after the date say whose date it is. */
const VISIT_AFTER = /^(?:was|is|will be|were)\s+(?:my|the|our|his|her|their)\s+(?:(?:last|first|next|previous)\s+)?(?:visit|appointment|appt|cleaning|surgery|extraction|checkup|check-up|procedure|filling|x-ray|xray|scan|claim|payment|letter)\b/;

/**
 * "the 9th of March 2018 I first came", "..., that was my first filling", "... when I moved here": words after the date,
 * before the sentence or an "and" ends its clause, that tell of an event. (A caller's details run on to "I need an
 * appointment" or "she needs a cleaning", so the visit's nouns are not among them.)
 */
const EVENT_AFTER = new Set(['came', 'moved', 'happened', 'started', 'since', 'ago', 'passed', 'died', 'married',
  'diagnosed', 'removed', 'extracted', 'fitted', 'done', 'broke', 'fell', 'opened', 'closed', 'expired', 'expires', 'issued']);

function eventAfter(t: Token[], end: number): boolean {
  for (let k = end; k < Math.min(t.length, end + 8); k++) {
    const w = t[k]!.lower;
    if (w === '.' || w === '?' || w === '!' || w === 'and' || w === 'but') return false;
    // "9.6.1988 I'm new, I've just moved from ...": a clause said after the date and closed by a comma ends what tells of it
    // (a comma right after the date does not: "12/05/2019, when I moved here").
    if (w === ',' && k >= end + 2) return false;
    if (EVENT_AFTER.has(w)) return true;
    // "..., that was my first filling": the date told of as a visit's.
    if (w === 'that' && (t[k + 1]?.lower === 'was' || t[k + 1]?.lower === 'is') && k <= end + 1) return true;
  }
  return false;
}

const wordsFrom = (t: Token[], k: number) => t.slice(k, k + 6).map((x) => x.lower).join(' ');

/**
 * A two-digit year followed by more digits, a clock's colon or a unit is part of a time or an amount ("march 3 45
 * dollars", "the 14th, twenty past two"); one read as a century back ("june 30 27") may as well be next year's; and one
 * said in words is last century's ("eighty nine"), since "twenty one" is as often a day or a time.
 */
function wholeYear(t: Token[], end: number, year: number, current: number): boolean {
  const last = t[end - 1]!;
  if (last.kind === 'number' && last.text.length === 4) return true;
  if (year < current - 95 || (last.kind === 'word' && year >= 2000 && !centurySaid(t, end))) return false;
  const next = t[end];
  return !next || !(next.kind === 'number' || next.text === ':' || NOT_A_YEAR_AFTER.has(next.lower));
}

/** "two thousand four", "twenty oh nine", "twenty twelve": a year of this century said whole, not two digits of it. */
function centurySaid(t: Token[], end: number): boolean {
  for (let k = Math.max(0, end - 4); k < end; k++) {
    const w = t[k]!.lower;
    const next = t[k + 1]?.lower ?? '';
    if (w === 'thousand' || (w === 'twenty' && k + 1 < end && (next === 'oh' || next === 'o' || next in TEENS || next in TENS))) return true;
  }
  return false;
}
