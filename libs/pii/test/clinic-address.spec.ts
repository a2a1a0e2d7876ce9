import fc from 'fast-check';
import { normaliseAddress } from '../src/recognizers/address';
import { clinicAddressRanges, flattenedAddressRanges } from '../src/redactor';

/** An ASCII text is searched without being flattened: the ranges must be the flattened search's, overlaps and order included. */
describe('clinicAddressRanges', () => {
  const addresses = ['100 Main Street, Springfield, IL 62701', '12 avenue Foch, 75016 Paris', 'aa', '1 1'].map(normaliseAddress);
  const pieces = ['100', 'Main', 'main', 'STREET', 'Street', 'Springfield', 'IL', '62701', '12', 'avenue', 'Foch', '75016', 'Paris', 'a', 'A', 'aa', '1', '10', '0', ',', ' ', '-', '.', '#', "'", '\n', 'x'];

  it('finds on any ASCII text what the flattened search finds', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary-ascii', maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.subarray(addresses, { minLength: 1 }), (t, list) => {
      expect(clinicAddressRanges(t, list)).toEqual(list.some((a) => t.toLowerCase().includes(a.slice(0, 3))) ? flattenedAddressRanges(t, list) : []);
    }), { numRuns: 3000 });
  });

  it('finds an address said whole with other separators, and each overlapping repeat', () => {
    expect(clinicAddressRanges('at 100 Main St... no, 100 main street springfield il 62701!', [addresses[0]!])).toEqual([{ start: 22, end: 58 }]);
    expect(clinicAddressRanges('aaa-a', ['aa'])).toEqual([{ start: 0, end: 2 }, { start: 1, end: 3 }, { start: 2, end: 5 }]);
  });
});

/** Past ASCII, the hand search stands for the flattened one while every address is ASCII and no character lowercases to ASCII or to two. */
describe('clinicAddressRanges past ASCII', () => {
  const addresses = ['100 Main Street, Springfield, IL 62701', 'Lindenweg 4, 80331 München', 'aa', 'ik', '1 1'].map(normaliseAddress);
  const pieces = ['100', 'Main', 'main', 'Street', 'Springfield', 'IL', '62701', 'Lindenweg', '4', '80331', 'München', 'MÜNCHEN', 'a', 'aa', 'i', 'k', '1', ' ', ',', '-', 'é', 'É', 'ß', '\u0301', '\u0130', '\u212a', '٣', '😀', '\ud83d', '’', '\u00a0', 'x'];

  it('finds on any text what the flattened search finds', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.subarray(addresses, { minLength: 1 }), (t, list) => {
      expect(clinicAddressRanges(t, list)).toEqual(list.some((a) => t.toLowerCase().includes(a.slice(0, 3))) ? flattenedAddressRanges(t, list) : []);
    }), { numRuns: 3000 });
  });

  it('finds on short texts of few characters what the flattened search finds', () => {
    const short = ['aa', 'ik', 'a1a', 'ia'];
    const text = fc.array(fc.constantFrom('a', 'i', 'k', 'K', '1', ' ', '-', 'é', '\u0130', '\u212a', '\u0301', '😀', '٣'), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.subarray(short, { minLength: 1 }), (t, list) => {
      expect(clinicAddressRanges(t, list)).toEqual(list.some((a) => t.toLowerCase().includes(a.slice(0, 3))) ? flattenedAddressRanges(t, list) : []);
    }), { numRuns: 5000 });
  });

  it('stops a match at a letter past ASCII, and reads past what is no letter', () => {
    expect(clinicAddressRanges('100 Maén Street', [addresses[0]!])).toEqual([]);
    expect(clinicAddressRanges('the 100 – Main Street, Springfield, IL 62701 “office”', [addresses[0]!])).toEqual([{ start: 4, end: 44 }]);
  });
});
