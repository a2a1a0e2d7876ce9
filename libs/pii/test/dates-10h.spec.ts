import { found } from './fixture';

/** Classes of speech fixed for dates of birth in task 10h, with wordings of their own (not the sets' lines). */

describe("a holiday's name after a birth date names the day, it is no second date", () => {
  it.each([
    ["I was born the fourth of July, nineteen ninety, Independence Day", ['DATE_OF_BIRTH:the fourth of July, nineteen ninety']],
    ['born on the 31st of October, Halloween, so spooky', ['DATE_OF_BIRTH:the 31st of October']],
    ['my son was born the twenty sixth of January 2015, Australia Day', ['DATE_OF_BIRTH:the twenty sixth of January 2015']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('keeps a holiday as the birthday when it is the date itself', () => {
    expect(found("I'm a Halloween baby")).toEqual(['DATE_OF_BIRTH:Halloween']);
  });
});

describe('a month, a day said as a cardinal and a year, after a birth-date ask', () => {
  const asked = (answer: string) => found([['agent', 'And what is your date of birth?'], ['caller', answer]]);
  it.each([
    ['oct twelve eighty one', ['DATE_OF_BIRTH:oct twelve eighty one']],
    ['um april twenty two nineteen sixty', ['DATE_OF_BIRTH:april twenty two nineteen sixty']],
  ])('%s', (text, expected) => expect(asked(text)).toEqual(expected));

  it('reads no day from a cardinal without a year', () => {
    expect(found('can I come in march fifteen or so')).toEqual([]);
  });
});
