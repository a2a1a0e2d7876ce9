import { found, of } from './fixture';

/**
 * The name classes fixed from sets I and K's misses (task 10e), each with wordings of its own (not the sets' lines):
 * what is found, and what is left alone.
 */

describe('a surname, a comma and the given name, then the details', () => {
  it.each([
    ['Okonkwo-Hale, Birgit. Date of birth 4 March 1977.', ['Okonkwo-Hale', 'Birgit']],
    ['ter Linde, Arvid. Date of birth 02/09/1961.', ['ter Linde', 'Arvid']],
    ['Nakagawa, Hae-won. DOB 12/12/1990.', ['Nakagawa', 'Hae-won']],
  ])('%s', (text, names) => expect(of('PERSON', found(text))).toEqual(names.map((n) => `PERSON:${n}`)));

  it.each([
    'Sure, Monday. Date of birth is on the form.',
    'Yes, fine. Born in 1980 though.',
  ])('%s', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe('whom a caller acts for, and whom a clinician told', () => {
  it.each([
    ['ringing on behalf of Oluwaseun, he has the account', 'Oluwaseun'],
    ['send the invoice to the office, attention Marguerite', 'Marguerite'],
    ['the surgeon told Thandiwe to fast from midnight', 'Thandiwe'],
  ])('%s', (text, name) => expect(of('PERSON', found(text))).toEqual([`PERSON:${name}`]));

  it.each([
    'she told me to come back next week',
    'I was told to stop eating after ten',
    'on behalf of the practice, thanks',
  ])('%s', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe('a given name joined by "and" to a name said in full', () => {
  it.each([
    ['amara and tunde okafor both need a cleaning', ['amara', 'tunde okafor']],
    ['fatima and omar khan same day if you can', ['fatima', 'omar khan']],
  ])('%s', (text, names) => expect(of('PERSON', found(text)).sort()).toEqual(names.map((n) => `PERSON:${n}`).sort()));

  it.each([
    'cleaning and whitening for me please',
    'me and my husband both need a checkup',
  ])('%s', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe('a name before the word for the detail that follows it', () => {
  it.each([
    ['nwachukwu email nwachukwu88@example.com phone 555-0142', 'nwachukwu'],
    ['Zdenka email zdenka.h@example.org', 'Zdenka'],
  ])('%s', (text, name) => expect(of('PERSON', found(text))).toEqual([`PERSON:${name}`]));

  it.each([
    'work email ops@example.com',
    'same email as before, phone 555-0142',
  ])('%s', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe('a member of staff named beside their role', () => {
  it.each([
    ['the hygienist marisol did my cleaning last time', 'marisol'],
    ['Maeve, the receptionist, said to ring back', 'Maeve'],
  ])('%s', (text, name) => expect(of('PERSON', found(text))).toEqual([`PERSON:${name}`]));

  it.each([
    'Will the dentist be in on Friday?',
    'the hygienist will call you back',
    'can the nurse ring me',
  ])('%s', (text) => expect(of('PERSON', found(text))).toEqual([]));
});
