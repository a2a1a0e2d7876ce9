import { Span } from './types';

/** Where a span lies is all this reads. */
type Where = Pick<Span, 'start' | 'end'>;

// Whether a span has digits (or a spoken one) beside it: what sends a turn to a second reading on its masked text.
// Asked of every chosen span of every reading, so an ASCII window is scanned by hand; past ASCII, the regexes.

const NUMBER_WORD = /^(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple)$/i;
const NUMBER_WORDS = new Set(NUMBER_WORD.source.slice(4, -2).split('|'));
/** `[\s,.\-/()]` on an ASCII character. */
const isJoiner = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 46 || c === 45 || c === 47 || c === 40 || c === 41;
const isAsciiAlnumAnyCase = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** Whether a digit (or a spoken one) is said right before or after the span, across spaces and joiners only. */
export function besideDigits(text: string, c: Where): boolean {
  const from = Math.max(0, c.start - 24);
  const to = Math.min(text.length, c.end + 24);
  let ascii = true;
  for (let i = from; i < c.start && ascii; i++) ascii = text.charCodeAt(i) < 128;
  for (let i = c.end; i < to && ascii; i++) ascii = text.charCodeAt(i) < 128;
  return ascii ? asciiWordBeside(text, c.end, to, 1) || asciiWordBeside(text, c.start - 1, from - 1, -1) : besideDigitsPastAscii(text, c);
}

/**
 * `besideDigits`'s test on one side of an ASCII window, read from `at` towards `stop` (exclusive) by `step`: across
 * joiners to the first word or number, which starts or ends with a digit or is a number word.
 */
function asciiWordBeside(text: string, at: number, stop: number, step: 1 | -1): boolean {
  let i = at;
  while (i !== stop && isJoiner(text.charCodeAt(i))) i += step;
  if (i === stop || !isAsciiAlnumAnyCase(text.charCodeAt(i))) return false;
  let j = i;
  while (j + step !== stop && isAsciiAlnumAnyCase(text.charCodeAt(j + step))) j += step;
  if (isAsciiDigit(text.charCodeAt(i)) || isAsciiDigit(text.charCodeAt(j))) return true;
  return NUMBER_WORDS.has(step === 1 ? text.slice(i, j + 1).toLowerCase() : text.slice(j, i + 1).toLowerCase());
}

/** `besideDigits` on any text: the regexes the ASCII scan stands for. */
export function besideDigitsPastAscii(text: string, c: Where): boolean {
  const after = /^[\s,.\-/()]*([\p{L}\p{N}]+)/u.exec(text.slice(c.end, c.end + 24))?.[1];
  const before = /([\p{L}\p{N}]+)[\s,.\-/()]*$/u.exec(text.slice(Math.max(0, c.start - 24), c.start))?.[1];
  return [after, before].some((w) => w !== undefined && (/^\d/.test(w) || /\d$/.test(w) || NUMBER_WORD.test(w)));
}
