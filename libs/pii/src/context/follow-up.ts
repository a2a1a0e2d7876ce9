import type { Ask, Turn } from './dialogue';

/** A short question that names no value of its own: "Last four?", "And the digits?", "The whole number?". */
const FOLLOW_UP = /^\W*(?:and\s+)?(?:the\s+)?(?:last (?:four|4)(?: digits)?|digits|the rest|whole (?:number|thing)|full number|ending|long number)\W*\?\W*$/i;

/**
 * "Which card would you like to use?" / "the discover" / "Last four?" / "6011": a follow-up question that names nothing
 * asks again for what the speaker's question before it asked, one answer back. "Last four" of a card is its last four.
 */
export function followUpAsks(context: readonly Turn[], i: number, asksOf: (text: string) => Set<Ask>): Set<Ask> {
  const none = new Set<Ask>();
  const turn = context[i]!;
  if (!FOLLOW_UP.test(turn.text) || i < 2) return none;
  const earlier = context[i - 2]!;
  if (earlier.speaker?.toLowerCase() !== turn.speaker?.toLowerCase()) return none;
  const asks = asksOf(earlier.text);
  if (asks.has('card') && /last (?:four|4)|digits|ending/i.test(turn.text)) asks.add('card4');
  return asks;
}
