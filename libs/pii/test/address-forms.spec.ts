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

describe('a lowercase town after its street with no comma', () => {
  it.each([
    ["i'm at nine oak street ashfield just past the shops", 'nine oak street ashfield'],
    ['we are at sixty mill road church stretton now', 'sixty mill road church stretton'],
    ['she lives at 5 tannery lane kilkeel so it is far', '5 tannery lane kilkeel'],
    ['um nine forty two palm drive las vegas', 'nine forty two palm drive las vegas'],
  ])('%s', (text, address) => expect(addresses(text, 'GB')).toEqual([address]));

  it.each([
    ['ok 14 elm road sounds good to me', '14 elm road'],
    ['yeah 3 park lane works for us', '3 park lane'],
  ])('a verb after the street is no town: %s', (text, address) => expect(addresses(text, 'GB')).toEqual([address]));
});

describe('Irish, German and Dutch layouts', () => {
  it.each([
    ['we moved to 9 Bóthar an Chladaigh, Renmore, Galway H91 X2P4', '9 Bóthar an Chladaigh, Renmore, Galway H91 X2P4', 'IE'],
    ['the address is 21 Sráid na Siopaí, Ennis', '21 Sráid na Siopaí, Ennis', 'IE'],
    ['we live at 3 Ard Mhuire, Tralee', '3 Ard Mhuire, Tralee', 'IE'],
    ['Lindenstraße 14, Seitenflügel, 2. OG rechts', 'Lindenstraße 14, Seitenflügel, 2. OG rechts', 'DE'],
    ['meine Adresse ist Bergmannstraße dreiundvierzig', 'Bergmannstraße dreiundvierzig', 'DE'],
    ['Berliner Str. 40, 60311 Frankfurt', 'Berliner Str. 40, 60311 Frankfurt', 'DE'],
    ['es ist Am Kirchberg 7 bei Schneider', 'Am Kirchberg 7 bei Schneider', 'DE'],
    ['ik woon op Keizersgracht drie honderd', 'Keizersgracht drie honderd', 'NL'],
  ])('%s', (text, address, country) => expect(addresses(text, country)).toEqual([address]));
});

describe('houses named, streets with no type, boxes with no "PO"', () => {
  it.each([
    ['Ashgrove Lodge, Kilcullen, County Kildare', 'Ashgrove Lodge, Kilcullen, County Kildare', 'IE'],
    ['we live at the old forge, ballymore, co. westmeath', 'the old forge, ballymore, co. westmeath', 'IE'],
    ['flat 3, the Granary, Hexham', 'flat 3, the Granary, Hexham', 'GB'],
    ["it's the Coach House, 12 Mill Street, Ludlow SY8 1BB", 'the Coach House, 12 Mill Street, Ludlow SY8 1BB', 'GB'],
    ['my address is 41 Ballinlough Heights North, Cork T12 X9P2', '41 Ballinlough Heights North, Cork T12 X9P2', 'IE'],
    ['we are at 9 Forest Hill, Leeds LS16 7AB', '9 Forest Hill, Leeds LS16 7AB', 'GB'],
    ['please post it to Box 402, Flin Flon MB R8A 1N7', 'Box 402, Flin Flon MB R8A 1N7', 'CA'],
    ['I live at Glenview, Carrigrohane Road, Cork', 'Glenview, Carrigrohane Road, Cork', 'IE'],
  ])('%s', (text, address, country) => expect(addresses(text, country)).toEqual([address]));

  it.each([
    // A house word without a name, or a place with nothing of an address after it.
    ['we have a farm, Tipperary way', 'IE'],
    ['the house, yeah, it is fine', 'IE'],
    ['I was at Tesco, Main Street earlier', 'IE'],
    ["I'm at Starbucks, Market Street, Leeds", 'GB'],
    ["we're meeting at the Old Mill, Kilkenny.", 'IE'],
    ['give me 2 Big Macs, thanks', 'US'],
  ])('no address: %s', (text, country) => expect(addresses(text, country)).toEqual([]));

  it('a unit said in a turn about the address', () => {
    expect(addresses('the address is the same but the unit is now unit 12')).toEqual(['unit 12']);
  });
});

describe('an address given in answer to the question', () => {
  it.each([
    ['What is your home address?', '14 Glenbrook', '14 Glenbrook'],
    ['And the first line of the address?', 'um forty one Cranmore, Sligo', 'forty one Cranmore, Sligo'],
    ['Which street are you on?', "it's 7 Rathdown", '7 Rathdown'],
    ['Straße und Hausnummer, bitte?', 'Lindenweg 4', 'Lindenweg 4'],
  ])('%s / %s', (question, answer, address) => expect(addresses([['agent', question], ['caller', answer]], 'IE')).toEqual([address]));

  it.each([
    ['What is your home address?', '5 minutes away from you'],
    ['How many people in the house?', '4 adults'],
    ['What is your address?', 'I will send it by email'],
  ])('%s / %s: no address', (question, answer) => expect(addresses([['agent', question], ['caller', answer]], 'IE')).toEqual([]));

  it('a digit said twice opens the house number', () => {
    expect(addresses("we're at double four mill lane, naas", 'IE')).toEqual(['double four mill lane, naas']);
  });
});

describe('a named house needs more than a town that goes on', () => {
  it('"the Old Mill, Kilkenny is lovely" speaks of a place', () => {
    expect(addresses('the Old Mill, Kilkenny is lovely in May', 'IE')).toEqual([]);
  });

  it('a county closes it even when the turn goes on', () => {
    expect(addresses('Hazel Lodge, Inistioge, County Kilkenny and my mobile is new', 'IE')).toEqual(['Hazel Lodge, Inistioge, County Kilkenny']);
  });
});
