import { FIRST_NAMES } from '../src/dictionaries/names';
import { found, of } from './fixture';

/**
 * The long tail of given names (given-tail.json, from gender-detection-from-name less every word the
 * dictionaries know): the names faker's lists missed, and none of the words birth lists also hold.
 * Wordings of our own, not the sets' lines.
 */
describe('the long tail of given names', () => {
  it.each(['sorcha', 'eilidh', 'fergus', 'tevita', 'thandiwe', 'keoni', 'makena', 'dashiell', 'kalani', 'odalys', 'mei'])('has %s', (name) =>
    expect(FIRST_NAMES.has(name)).toBe(true));

  // Everyday words in any form, words without their accents, places, dates and peoples the birth lists hold.
  it.each(['amazing', 'any', 'analyse', 'rivers', 'frankly', 'avant', 'azul', 'uber', 'boston', 'december', 'victorian', 'cairo', 'mallee'])(
    'lacks %s',
    (word) => expect(FIRST_NAMES.has(word)).toBe(false),
  );

  it.each([
    ["hi it's thandiwe, I'd like a cleaning", 'thandiwe'],
    ['my name is Dashiell and I chipped a tooth', 'Dashiell'],
  ])('masks a name of the tail when said as one: %s', (text, name) => expect(of('PERSON', found(text))).toEqual([`PERSON:${name}`]));

  it.each(["I'll walk down Leith Walk to the surgery", "honestly it's amazing how fast that was"])('leaves %s', (text) =>
    expect(of('PERSON', found(text))).toEqual([]));
});
