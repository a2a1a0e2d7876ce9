import { Redactor } from '@mo/pii';
import { found, of } from './fixture';

/** Issue 10, task 10b: postcodes as callers say them (own wordings, not corpus lines). */
const postcodes = (text: string | Array<[string, string]>, country = 'US') => of('POSTAL_CODE', found(text, country)).map((s) => s.slice('POSTAL_CODE:'.length));

describe('postcodes spelled with words that tell the letters', () => {
  it.each([
    ['my postal code is M as in Mary, five, V, three, L for lima, nine', 'M as in Mary, five, V, three, L for lima, nine', 'CA'],
    ['the eircode is D as in dog oh two, X two eight five', 'D as in dog oh two, X two eight five', 'IE'],
  ])('%s', (text, code, country) => expect(postcodes(text, country)).toEqual([code]));

  it('two letters written as one word, after the question', () => {
    expect(postcodes([['agent', 'What is your postcode?'], ['caller', 'M fourteen five RT']], 'GB')).toEqual(['M fourteen five RT']);
    expect(postcodes([['agent', 'What is your postcode?'], ['caller', 'BS sixteen one QU']], 'GB')).toEqual(['BS sixteen one QU']);
  });

  it('a full code spelled in seven parts outranks a name read in its last letters', () => {
    expect(found('um L S six, two D X Leeds', 'GB')).toEqual(['POSTAL_CODE:L S six, two D X']);
  });
});

describe('digits written in the groups they were said in', () => {
  it.each([
    ['the zip is 60 6 14', '60 6 14', 'US'],
    ['meine PLZ ist 80 3 31', '80 3 31', 'DE'],
  ])('after a cue: %s', (text, code, country) => expect(postcodes(text, country)).toEqual([code]));

  it('in answer to the question', () => {
    expect(postcodes([['agent', 'And the zip code?'], ['caller', '94 1 10']])).toEqual(['94 1 10']);
  });

  it('not without a cue, where a date is said the same way', () => {
    expect(postcodes('she was born 10 4 87')).toEqual([]);
  });
});

describe('a code said before its town', () => {
  it.each([
    ['69003, Lyon', '69003', 'FR'],
    ['um 3512 JE in Utrecht', '3512 JE', 'NL'],
    ['10117 Berlin, yes', '10117', 'DE'],
  ])('%s', (text, code, country) => expect(postcodes(text, country)).toEqual([code]));

  it.each([['12000, Monday works'], ['2024 I think']])('no town after it: %s', (text) => expect(postcodes(text, 'FR')).toEqual([]));

  it('not a ZIP, which Americans say after the town', () => {
    expect(postcodes('30000, Frank said it costs')).toEqual([]);
  });
});

describe("the clinic's own postcode", () => {
  const engine = new Redactor({ country: 'GB', allow: { addresses: ['4 Quay Street, Bristol BS1 4DJ'] } });
  const find = (speaker: string, text: string) => engine.find(text, { speaker, context: [] }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

  it('is not masked when the agent says it', () => {
    expect(find('agent', "Our postcode's BS1 4DJ.")).toEqual([]);
    expect(find('agent', 'It is BS1 4DJ, for the sat nav.')).toEqual([]);
  });

  it("is the caller's when the caller gives it as theirs, and another code said by the agent is read back", () => {
    expect(find('caller', 'my postcode is BS1 4DJ too')).toEqual(['POSTAL_CODE:BS1 4DJ']);
    expect(find('agent', 'I have your postcode as BS6 5QA.')).toEqual(['POSTAL_CODE:BS6 5QA']);
  });
});
