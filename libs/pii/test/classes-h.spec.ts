import { Redactor } from '@mo/pii';

/**
 * The classes of speech fixed from set H's misses (task 10c), each with wordings of its own (not the set's
 * lines): what is found, and what is left alone.
 */
const NOW = new Date('2026-12-01T00:00:00Z');
const engines = new Map<string, Redactor>();
const engine = (country: string) => {
  if (!engines.has(country)) engines.set(country, new Redactor({ country }));
  return engines.get(country)!;
};
/** What the engine finds in the last turn, as `TYPE:text`; earlier turns are its context. */
const found = (turns: string | Array<[string, string]>, country = 'US') => {
  const list: Array<[string, string]> = typeof turns === 'string' ? [['caller', turns]] : turns;
  const context = list.slice(0, -1).map(([speaker, text]) => ({ speaker, text }));
  const [speaker, text] = list.at(-1)!;
  return engine(country).find(text, { now: NOW, speaker, context }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
};

describe('a surname said first, then the ask for the given name', () => {
  it.each([
    ['Mbeki-Lund, first name Astrid, that is all', ['PERSON:Mbeki-Lund', 'PERSON:Astrid']],
    ['um van den Broek, first name Pieter', ['PERSON:van den Broek', 'PERSON:Pieter']],
    ['hollingsworth, first name tamsin', ['PERSON:hollingsworth', 'PERSON:tamsin']],
    ['Achterberg, given name Femke', ['PERSON:Achterberg', 'PERSON:Femke']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Sorry, first name only on the form?',
    'yes, first name and surname both on the card',
    'Right, first name is spelled the usual way.',
  ])('%s is left alone', (text) => expect(found(text)).toEqual([]));
});
