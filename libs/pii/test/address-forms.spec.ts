import { found, of } from './fixture';

/** Issue 10, task 10b: street addresses and postcodes as callers say them (own wordings, not corpus lines). */
const addresses = (text: string | Array<[string, string]>, country = 'US') => of('STREET_ADDRESS', found(text, country)).map((s) => s.slice('STREET_ADDRESS:'.length));

describe('house numbers said aloud', () => {
  it.each([
    ['we are at three hundred and nine Kirkgate Road', 'three hundred and nine Kirkgate Road', 'GB'],
    ['it is fifty-six cromwell avenue', 'fifty-six cromwell avenue', 'US'],
    ["it's twenty one and a half maple street", 'twenty one and a half maple street', 'US'],
    ['we moved to 7 and a half Birch Lane', '7 and a half Birch Lane', 'US'],
    ["j'habite au trente-trois rue de Vaugirard", 'trente-trois rue de Vaugirard', 'FR'],
  ])('%s', (text, address, country) => expect(addresses(text, country)).toEqual([address]));

  it('"and" without hundreds is no part of a number', () => {
    expect(addresses('give me five and twelve Oak Road is mine', 'US')).toEqual(['twelve Oak Road']);
  });
});

describe('streets named by their type alone and other street types', () => {
  it.each([
    ['my place is 14 Esplanade, Torquay', '14 Esplanade, Torquay', 'GB'],
    ['we live at 2210 Broadway', '2210 Broadway', 'US'],
    ['the house is 31 Maple Trace', '31 Maple Trace', 'US'],
    ['send it to 88 Foxglove Landing', '88 Foxglove Landing', 'US'],
  ])('%s', (text, address, country) => expect(addresses(text, country)).toEqual([address]));

  it('a written "St" before a unit is the street, not a saint', () => {
    expect(addresses('it is 40 N Clark St Apt 12B, Chicago, IL 60610')).toEqual(['40 N Clark St Apt 12B, Chicago, IL 60610']);
  });
});

describe('one address read by two rules', () => {
  it('a rural route and the road after it are one span', () => {
    expect(addresses('RR 1, 5520 Town Line Road 4, Caledon ON', 'CA')).toEqual(['RR 1, 5520 Town Line Road 4, Caledon ON']);
  });

  it('an address said through its postcode outranks a number read inside it', () => {
    expect(found('ik woon op Keizersgracht 101-3, 1015 CJ Amsterdam', 'DE')).toEqual(['STREET_ADDRESS:Keizersgracht 101-3, 1015 CJ Amsterdam']);
  });
});
