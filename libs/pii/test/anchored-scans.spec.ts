import fc from 'fast-check';
import { DISTINCT, distinctShapes } from '../src/recognizers/postal';
import { WRITTEN, writtenEmails } from '../src/recognizers/email';
import { PO_BOX, poBoxes } from '../src/recognizers/address';
import { lowerSameLength } from '../src/analysis';

/** A whole-turn regex tried only where it can start must find what `matchAll` finds, in order, overlaps refused alike. */
const same = (found: RegExpExecArray[], all: RegExpMatchArray[]) => expect(found.map((m) => [m.index, m[0]])).toEqual(all.map((m) => [m.index, m[0]]));
const texts = (pieces: string[]) => fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 30 }).map((p) => p.join(''));

describe('distinctShapes', () => {
  const pieces = ['SW1A', '1AA', 'YO1', '7HH', 'D02', 'X285', 'H4K', '7L2', 'M5V3L9', 'A', 'b', 'ſ', '\u212a', 'é', '1', '2', '34', ' ', ',', '-', 'x9', '9x'];
  it('finds what matchAll finds on any text', () => {
    fc.assert(fc.property(texts(pieces), (t) => same(distinctShapes(t), [...t.matchAll(DISTINCT)])), { numRuns: 4000 });
  });
  it('reads each kind of code, and none inside a word', () => {
    expect(distinctShapes('YO1 7HH or d02 x285, H4K 7L2; aSW1A 1AA').map((m) => m[0])).toEqual(['YO1 7HH', 'd02 x285', 'H4K 7L2']);
  });
});

describe('writtenEmails', () => {
  const pieces = ['@', '@@', 'a', 'jo', 'x.y', 'gmail', '.com', '.c', '.', '-', '_', '%', '+', '9', ' ', ',', 'é', 'co.uk', 'ab@cd.ef'];
  it('finds what matchAll finds on any text', () => {
    fc.assert(fc.property(texts(pieces), (t) => same(writtenEmails(t), [...t.matchAll(WRITTEN)])), { numRuns: 4000 });
  });
  it('reads addresses side by side and refuses a broken one', () => {
    expect(writtenEmails('mail jo.x@gmail.com,ann+1@mail.co.uk or @ bad@ x@y.z').map((m) => m[0])).toEqual(['jo.x@gmail.com', 'ann+1@mail.co.uk']);
  });
});

describe('poBoxes', () => {
  const pieces = ['po', 'PO', 'p.o.', 'P. O.', 'p o', 'post office', 'POST OFFICE', 'poſt office', 'box', 'BOX', 'Box', 'inbox', 'boxbox', ' ', '  ', '\u00a0', '\t', '\n', '12', '7', 'A', '-', '.', 'x', 'İ'];
  it('finds what matchAll finds on any text', () => {
    fc.assert(fc.property(texts(pieces), (t) => same(poBoxes(t, lowerSameLength(t)), [...t.matchAll(PO_BOX)])), { numRuns: 4000 });
  });
  it('reads each way of saying it', () => {
    expect(poBoxes('P.O. Box 12, po box 7A or Post Office  Box 3-B; a box 9', 'p.o. box 12, po box 7a or post office  box 3-b; a box 9').map((m) => m[0])).toEqual(['P.O. Box 12', 'po box 7A', 'Post Office  Box 3-B']);
  });
});
