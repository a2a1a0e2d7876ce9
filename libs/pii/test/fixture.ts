import { Redactor } from '@mo/pii';

/** The day the class specs read birth years against: fixed, so no spec depends on the day it runs. */
const NOW = new Date('2026-12-01T00:00:00Z');
const engines = new Map<string, Redactor>();
const engine = (country: string) => {
  if (!engines.has(country)) engines.set(country, new Redactor({ country }));
  return engines.get(country)!;
};

/** What the engine finds in the last turn, as `TYPE:text`; earlier turns are its context. */
export function found(turns: string | Array<[string, string]>, country = 'US'): string[] {
  const list: Array<[string, string]> = typeof turns === 'string' ? [['caller', turns]] : turns;
  const context = list.slice(0, -1).map(([speaker, text]) => ({ speaker, text }));
  const [speaker, text] = list.at(-1)!;
  return engine(country).find(text, { now: NOW, speaker, context }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

/** The spans of one type among `found`'s. */
export const of = (type: string, spans: string[]) => spans.filter((s) => s.startsWith(`${type}:`));
