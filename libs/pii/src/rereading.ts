import { Candidate, Span } from './types';

/**
 * The second reading of a turn: its text with the chosen spans masked, and which spans send a turn
 * there (a number said right beside them, which the span may have cut short).
 */

const NUMBER_WORD = /^(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple)$/i;

/** Whether a digit (or a spoken one) is said right before or after the span, across spaces and joiners only. */
export function besideDigits(text: string, c: Span): boolean {
  const after = /^[\s,.\-/()]*([\p{L}\p{N}]+)/u.exec(text.slice(c.end, c.end + 24))?.[1];
  const before = /([\p{L}\p{N}]+)[\s,.\-/()]*$/u.exec(text.slice(Math.max(0, c.start - 24), c.start))?.[1];
  return [after, before].some((w) => w !== undefined && (/^\d/.test(w) || /\d$/.test(w) || NUMBER_WORD.test(w)));
}

/**
 * Whether a digit (or a spoken one) is said right before or after the span and is not already
 * inside a chosen span: digits beside a span that another span holds are masked in the rereading too.
 */
export function besideLooseDigits(text: string, c: Span, chosen: readonly Span[]): boolean {
  const after = /^[\s,.\-/()]*([\p{L}\p{N}]+)/u.exec(text.slice(c.end, c.end + 24));
  if (after && isNumberish(after[1]!)) {
    const end = c.end + after[0].length;
    if (!inside(chosen, end - after[1]!.length, end)) return true;
  }
  const from = Math.max(0, c.start - 24);
  const before = /([\p{L}\p{N}]+)[\s,.\-/()]*$/u.exec(text.slice(from, c.start));
  if (before && isNumberish(before[1]!)) {
    const start = from + before.index;
    if (!inside(chosen, start, start + before[1]!.length)) return true;
  }
  return false;
}

function isNumberish(w: string): boolean {
  return /^\d/.test(w) || /\d$/.test(w) || NUMBER_WORD.test(w);
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

/** The text with the chosen spans masked, and the way back from a span of it to the original offsets (none if it touches a mask). */
export function maskForRereading(text: string, chosen: readonly Candidate[]): { text: string; back: (c: Candidate) => Candidate | undefined } {
  let out = '';
  let at = 0;
  const tags: Array<{ start: number; end: number; shift: number }> = [];
  for (const c of chosen) {
    out += text.slice(at, c.start);
    const tag = `[${c.type}]`;
    tags.push({ start: out.length, end: out.length + tag.length, shift: c.end - c.start - tag.length });
    out += tag;
    at = c.end;
  }
  out += text.slice(at);
  return {
    text: out,
    back: (c) => {
      if (tags.some((t) => c.start < t.end && t.start < c.end)) return undefined;
      const shift = tags.filter((t) => t.end <= c.start).reduce((n, t) => n + t.shift, 0);
      return { ...c, start: c.start + shift, end: c.end + shift };
    },
  };
}
