import { Redactor } from '../src';

const addresses = (text: string) =>
  new Redactor({})
    .find(text, { now: new Date('2026-12-01T00:00:00Z') })
    .filter((s) => s.type === 'STREET_ADDRESS')
    .map((s) => text.slice(s.start, s.end));

describe('an address widened over what is said around its street', () => {
  it('takes the town and postcode after the street as one address', () => {
    expect(addresses('she lives at 14 Copper Row, Bishops-le-Hythe AB3 9XZ now')).toEqual(['14 Copper Row, Bishops-le-Hythe AB3 9XZ']);
  });
  it('takes a flat or dorm said before the street', () => {
    expect(addresses("post it to Flat 12, 40 Harbour Street, Oban PA34 5XY")).toEqual(['Flat 12, 40 Harbour Street, Oban PA34 5XY']);
  });
  it('takes a unit or care-of after the street, but not the words after a care-of', () => {
    expect(addresses('it is 61 Linden Avenue basement suite')).toEqual(['61 Linden Avenue basement suite']);
    expect(addresses('send it to 9 Orchard Road, c/o Petrov for the summer')).toEqual(['9 Orchard Road, c/o Petrov']);
  });
  it('takes a rural route box and the town that closes it', () => {
    expect(addresses('we are on Rural Route 4, Box 37, Millbrook, the blue mailbox')).toEqual(['Rural Route 4, Box 37, Millbrook']);
  });
});

describe("a widened address's pseudonym", () => {
  it('is the same for the same address however it was punctuated', () => {
    const key = { style: 'pseudonym', key: 'k' } as const;
    const tags = ['post it to Flat 12, 40 Harbour Street, Oban PA34 5XY', 'post it to flat 12 - 40 Harbour Street,Oban PA34 5XY'].map(
      (text) => new Redactor({}).redact(text, { mask: key }).spans.filter((s) => s.type === 'STREET_ADDRESS').map((s) => s.fingerprint),
    );
    expect(tags[0]).toHaveLength(1);
    expect(tags[1]).toEqual(tags[0]);
  });
});
