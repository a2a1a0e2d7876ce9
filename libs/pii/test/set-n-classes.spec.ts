import { found, of } from './fixture';

/**
 * Set N's classes of misses outside conditions, each with wordings of our own (not the corpus lines):
 * what is found, and what is left alone.
 */

describe('postcodes spelled aloud with "are" for R, after a cue run into "is"', () => {
  it.each([
    ["postcode's el ess one two are ay", 'GB', ['POSTAL_CODE:el ess one two are ay']],
    ['the post code is em one four are ex', 'GB', ['POSTAL_CODE:em one four are ex']],
    ["zip's 97209", 'US', ['POSTAL_CODE:97209']],
  ])('%s', (text, country, expected) => expect(of('POSTAL_CODE', found(text, country))).toEqual(expected));

  it.each([
    ['there are two of us coming', 'GB'],
    ['my postcode is the same, are you sure you need it', 'GB'],
    ["the zip's broken on my bag", 'US'],
  ])('%s: no postcode', (text, country) => expect(of('POSTAL_CODE', found(text, country))).toEqual([]));
});

describe('an Eircode said aloud, letters heard loosely', () => {
  it.each([
    ['eircode is dee one two, ay bee nine nine', ['POSTAL_CODE:dee one two, ay bee nine nine']],
    ['my eircode vee nine four el em three two', ['POSTAL_CODE:vee nine four el em three two']],
  ])('%s', (text, expected) => expect(of('POSTAL_CODE', found(text, 'IE'))).toEqual(expected));

  it.each([
    // No routing key first ("one" is no letter), or no code at all.
    ['eircode is one one two, ay bee nine nine'],
    ["the eircode, I don't have it to hand"],
    ['we have two kids aged nine and four'],
  ])('%s: no postcode', (text) => expect(of('POSTAL_CODE', found(text, 'IE'))).toEqual([]));
});
