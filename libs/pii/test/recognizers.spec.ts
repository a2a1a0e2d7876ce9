import { Redactor } from '@mo/pii';

const redactor = new Redactor({ allow: { phones: ['+1 312 555 0100'], emails: ['hello@clinic.com'], addresses: ['100 Main Street'], terms: ['lee'] } });
/** What the engine finds, as `TYPE:text`. */
const NOW = new Date('2026-12-01T00:00:00Z');
const found = (text: string) => redactor.find(text, { now: NOW }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('phone', () => {
  it.each([
    ['call me at (312) 555-0147', ['PHONE:(312) 555-0147']],
    ['312.555.0147', ['PHONE:312.555.0147']],
    ['+44 20 7183 8750', ['PHONE:+44 20 7183 8750']],
    ['(617) 555-0110 extension 22 please', ['PHONE:(617) 555-0110']],
    ['my number is three one two five five five oh one four seven', ['PHONE:three one two five five five oh one four seven']],
    ['reach me at five five five two oh one three three four four', ['PHONE:five five five two oh one three three four four']],
    ['five five five two oh one three three four four', []],
    ['the clinic is +1 (312) 555-0100', []],
    ['toll free 1-800-555-0199', []],
    ['invoice 3125550147', []],
    ['it was $3125550147', []],
    ['1234567890', []],
    ['312-555-01', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('email', () => {
  it.each([
    ['mail jane.doe@gmail.com now', ['EMAIL:jane.doe@gmail.com']],
    ['my email is jane dot doe at gmail dot com', ['EMAIL:jane dot doe at gmail dot com']],
    ['it is sam underscore lee at outlook dot com', ['EMAIL:sam underscore lee at outlook dot com']],
    // A spoken domain ending on the sentence's full stop, at the end of the text.
    ['write to jane at gmail dot com.', ['EMAIL:jane at gmail dot com']],
    ['jonas punkt schaefer at gmx punkt de', ['EMAIL:jonas punkt schaefer at gmx punkt de']],
    ['for billing use accounts at parkroad dot co dot uk', ['EMAIL:accounts at parkroad dot co dot uk']],
    ['see you at the clinic dot com', []],
    ['we meet at five', []],
    ['hello@clinic.com', []],
    ['user@localhost', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('date of birth', () => {
  it.each([
    ['DOB 02/29/1988', ['DATE_OF_BIRTH:02/29/1988']],
    ['DOB 02/29/1989', []],
    ['date of birth 13/01/1990', ['DATE_OF_BIRTH:13/01/1990']],
    ['date of birth 13/13/1990', []],
    ['born on March 32, 1990', []],
    ['my birthday is the first of may', ['DATE_OF_BIRTH:the first of may']],
    ['born nineteen ninety', []],
    ['born on March 14, 2099', []],
    ['on March 14, 1985 at noon', []],
    ['date of birth nineteen eighty five oh three fourteen', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('SSN', () => {
  it.each([
    ['123-45-6789', ['SSN:123-45-6789']],
    ['000-45-6789', []],
    ['666-45-6789', []],
    ['900-45-6789', []],
    ['123-00-6789', []],
    ['123-45-0000', []],
    ['123456789', []],
    ['my ssn is 123456789', ['SSN:123456789']],
    ['the last four of my social are 6789', ['SSN:6789']],
    ['the last four are 6789', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('card', () => {
  it.each([
    ['4111 1111 1111 1111', ['CREDIT_CARD:4111 1111 1111 1111']],
    ['4111 1111 1111 1112', []],
    ['9111 1111 1111 1111', []],
    ['378282246310005', ['CREDIT_CARD:378282246310005']],
    ['3782822463100050', []],
    ['the card ending in 1111', ['CREDIT_CARD:1111']],
    ['ending in 1111', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('bank account and IP', () => {
  it.each([
    ['GB82 WEST 1234 5698 7654 32', ['BANK_ACCOUNT:GB82 WEST 1234 5698 7654 32']],
    ['GB82 WEST 1234 5698 7654 33', []],
    ['account number 12345678', ['BANK_ACCOUNT:12345678']],
    ['account number 123', []],
    ['192.168.0.1', ['IP_ADDRESS:192.168.0.1']],
    ['999.168.0.1', []],
    ['version 1.2.3.4', []],
    ['2001:db8::1', ['IP_ADDRESS:2001:db8::1']],
    ['at 10:30:45', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('cued identifiers', () => {
  it.each([
    ['MRN 00739145', ['MEDICAL_RECORD_NUMBER:00739145']],
    ['my member ID is XJ4471 2290 thanks', ['INSURANCE_ID:XJ4471 2290']],
    ["driver's license D123-4567-8901", ['DRIVER_LICENSE:D123-4567-8901']],
    ['policy number is w one two three four five', ['INSURANCE_ID:w one two three four five']],
    ['00739145', []],
    ['I am a member of the gym', []],
    ['my insurance is Aetna', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('person', () => {
  it.each([
    ['this is Jane Doe calling', ['PERSON:Jane Doe']],
    ['this is jane doe calling', ['PERSON:jane doe']],
    ['this is about my bill', []],
    ["I'm fine thanks", []],
    ["I'm Sam", ['PERSON:Sam']],
    ['Dr. Okafor is great', ['PERSON:Okafor']],
    ['Dr Lee', []],
    ['doctor appointment', []],
    ['for my son, Liam', ['PERSON:Liam']],
    ['May I book for May 5th', []],
    ['Tuesday with Grace works', ['PERSON:Grace']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('address and postal code', () => {
  it.each([
    ['I live at 12 Oak St. in town', ['STREET_ADDRESS:12 Oak St.']],
    ['42 Wallaby Way, Sydney', ['STREET_ADDRESS:42 Wallaby Way, Sydney']],
    ['42 Wallaby Way, and then', ['STREET_ADDRESS:42 Wallaby Way']],
    ['100 Main Street', []],
    ['on Main Street', []],
    ['Route 66', []],
    ['zip 60614', ['POSTAL_CODE:60614']],
    ['60614', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('medical terms', () => {
  it.each([
    ['I have Diabetes', ['MEDICAL_CONDITION:Diabetes']],
    ['type 2 diabetes', ['MEDICAL_CONDITION:type 2 diabetes']],
    ['prediabetes', ['MEDICAL_CONDITION:prediabetes']],
    ['diabetestest', []],
    ['I take 500 mg of Metformin', ['MEDICATION:Metformin']],
    ['a cleaning and a checkup', []],
    ['something cold', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('takes a tenant own terms and allowlist', () => {
    const tenant = new Redactor({ extraConditions: ['dentin hypersensitivity'], allow: { terms: ['asthma'] } });
    expect(tenant.find('I have dentin hypersensitivity and asthma').map((s) => s.type)).toEqual(['MEDICAL_CONDITION']);
  });
});

describe('masking styles', () => {
  it('tags each span with its type', () => {
    expect(redactor.redact('call 312-555-0147 or mail jane@gmail.com').text).toBe('call [PHONE] or mail [EMAIL]');
  });

  it('gives a stable pseudonym per tenant key that hides the value', () => {
    const key = Buffer.from('tenant-key');
    const a = redactor.redact('call 312-555-0147', { mask: { style: 'pseudonym', key } });
    const b = redactor.redact('my number is (312) 555 0147', { mask: { style: 'pseudonym', key } });
    const other = redactor.redact('call 312-555-0147', { mask: { style: 'pseudonym', key: 'other-tenant' } });
    expect(a.text).toMatch(/^call \[PHONE_[0-9a-f]{12}\]$/);
    expect(b.text.endsWith(a.text.slice(5))).toBe(true);
    expect(other.text).not.toBe(a.text);
    expect(a.spans[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
