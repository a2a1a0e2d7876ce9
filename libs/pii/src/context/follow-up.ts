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

/** Words of a date said or written: a month, an ordinal day, a number. */
const DATE_TALK = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thousand)\b/i;
/** Words that turn the talk to a visit's date: "when can you come in? March 5th?". */
const VISIT_TALK = /\b(?:come|coming|came|appointment|appt|booked|book|booking|visit|see you|reschedule|slot|available|cleaning|check-?up|next)\b/i;

/**
 * "Can you confirm the date of birth?" / "oh nine oh three two thousand ten" / "September 3rd or March 9th?" / "March ninth":
 * after the agent asks for a birth date, the turns that read it back, question it or correct it keep answering that
 * question, as long as each one talks of a date and of no visit.
 */
export function birthDateTalk(context: readonly Turn[], asksOf: (text: string) => Set<Ask>, isAgent: (speaker: string | undefined) => boolean): boolean {
  for (let i = context.length - 1; i >= 0 && i >= context.length - 4; i--) {
    const turn = context[i]!;
    const asks = asksOf(turn.text);
    if (asks.has('dob')) return isAgent(turn.speaker);
    if (asks.size > 0 || !DATE_TALK.test(turn.text) || VISIT_TALK.test(turn.text)) return false;
  }
  return false;
}
