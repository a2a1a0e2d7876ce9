import { TEENS, TENS, UNITS } from '../src/analysis';
import { wordTable } from '../src/word-table';

const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('wordTable', () => {
  it('answers only for the words it lists, not for what an object inherits', () => {
    const table = wordTable({ dot: '.' });
    expect(table['dot']).toBe('.');
    for (const word of INHERITED) {
      expect(word in table).toBe(false);
      expect(table[word]).toBeUndefined();
    }
  });

  it('backs the number words a caller may say', () => {
    expect([UNITS['seven'], TEENS['twelve'], TENS['forty']]).toEqual([7, 12, 40]);
    for (const word of INHERITED) expect(word in UNITS || word in TEENS || word in TENS).toBe(false);
  });

  it('cannot be changed by a caller of the engine', () => {
    expect(Object.isFrozen(UNITS)).toBe(true);
  });
});
