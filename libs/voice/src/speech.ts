import { DateTime } from 'luxon';
import type { Answer } from './voice';

/** Sentences the agent can say as they are: one line, no markup, times as people say them. */

export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 600);

/** Retell's and ElevenLabs' answer body: the line as `result`, beside the structured fields. One call per request. */
export function lineWithFields(answers: ReadonlyArray<{ answer: Answer }>): Record<string, unknown> {
  const [first] = answers;
  return first ? { result: oneLine(first.answer.say), ok: first.answer.ok, ...first.answer.fields } : {};
}

const ordinal = (day: number): string => {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th'}`;
};

const local = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone });

/** "Thursday the 3rd" in the clinic's zone. */
export const spokenDay = (at: Date, zone: string): string => {
  const t = local(at, zone);
  return `${t.toFormat('cccc')} the ${ordinal(t.day)}`;
};

/** "9:15", "10 o'clock" is said "10:00" by most agents' voices too, so minutes are always there. */
export const spokenTime = (at: Date, zone: string): string => `${local(at, zone).toFormat('h:mm')}${ambiguitySuffix(at, zone)}`;

/**
 * " CDT" when this wall-clock time happens twice in the zone that day (the hour a fall-back repeats),
 * so the two slots can be told apart; "" otherwise. Only then: a zone name on every time is noise
 * in speech, and callers know which half of the year they are in.
 */
export function ambiguitySuffix(at: Date, zone: string): string {
  const here = local(at, zone);
  const day = 24 * 3600_000;
  const shift = (local(new Date(at.getTime() + day), zone).offset - local(new Date(at.getTime() - day), zone).offset) * 60_000;
  if (shift === 0) return '';
  const wall = here.toFormat('yyyy-MM-dd HH:mm');
  const twin = [at.getTime() - Math.abs(shift), at.getTime() + Math.abs(shift)].some((t) => local(new Date(t), zone).toFormat('yyyy-MM-dd HH:mm') === wall);
  return twin ? ` ${zoneAbbreviation(here)}` : '';
}

/** "CDT", "BST": the first English abbreviation that is a name rather than "GMT-5". */
function zoneAbbreviation(at: DateTime): string {
  const names = ['en-US', 'en-GB'].map((locale) => at.setLocale(locale).offsetNameShort ?? '');
  return names.find((name) => name && !/^(GMT|UTC)[+-]/.test(name)) ?? names[0]!;
}

export const partOfDayOf = (at: Date, zone: string): 'morning' | 'afternoon' | 'evening' => {
  const hour = local(at, zone).hour;
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
};

/** "9:15 in the morning". */
export const spokenTimeOfDay = (at: Date, zone: string): string => `${spokenTime(at, zone)} in the ${partOfDayOf(at, zone)}`;

/** "a, b or c". */
export function spokenList(items: readonly string[], joiner = 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** The last four digits, as the agent reads them: "0147". */
export const lastDigits = (phone: string): string => phone.replace(/\D/g, '').slice(-4);
