import { jsonNestingDepth, loneSurrogateAt } from './hostile-json';

describe('jsonNestingDepth', () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['"[[[[{{{{"', 0],
    ['{"a":"\\"[[[["}', 1],
    ['{"a":"é[ü"}', 1],
  ])('%s nests %i deep', (raw, depth) => {
    expect(jsonNestingDepth(raw)).toBe(depth);
  });

  it('stops early on a hostile body', () => {
    expect(jsonNestingDepth('['.repeat(100_000), 32)).toBe(33);
  });
});

describe('loneSurrogateAt', () => {
  it('names the first string or key with an unpaired surrogate', () => {
    expect(loneSurrogateAt({ caller: { phone: '+1', firstName: 'Sam\ud800' } })).toBe('caller.firstName');
    expect(loneSurrogateAt({ turns: [{ text: 'ok' }, { text: '\udc00' }] })).toBe('turns.1.text');
    expect(loneSurrogateAt({ ['k\ud800']: 1 })).toBe('k\ud800');
    expect(loneSurrogateAt('\ud800')).toBe('(root)');
  });

  it('accepts well-formed pairs', () => {
    expect(loneSurrogateAt({ text: 'hi 😀', list: ['ü', 1, null] })).toBeUndefined();
  });
});
