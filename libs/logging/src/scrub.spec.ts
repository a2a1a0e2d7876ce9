import { Redactor } from '@mo/pii';
import { scrub } from './scrub';

const redactor = new Redactor();

describe('scrub and ids', () => {
  it.each([
    '5eed0000-0000-4000-8000-000000000001',
    'e3a8e42e-6fbd-4dba-9911-7574314220dc',
    '0670b140-2353-4381-9c44-7721a979b0b0',
    '51596633-94cc-48a9-883b-24bd1160d8bb',
    '853c495f-8159-4677-86e0-259eb8e3ab3a',
    'EBDE5645-8446-41EB-AF45-AE56440AE04F',
  ])('leaves the UUID %s whole, and still masks the phone beside it', (id) => {
    expect(scrub(`hold ${id} for +1 312 555 0147`, redactor)).toBe(`hold ${id} for [PHONE]`);
    expect(scrub({ holdId: id }, redactor)).toEqual({ holdId: id });
  });
});

describe('scrub, seen again', () => {
  it('answers a text it has read before as the engine does, and still masks what the engine masks', () => {
    const own = new Redactor();
    const texts = ['otp SMS is delivered', 'call from +1 312 555 0147', 'this is Jane Doe, DOB 03/14/1985', 'GET /v1/availability 200'];
    const first = texts.map((t) => scrub(t, own));
    const again = texts.map((t) => scrub(t, own));
    expect(again).toEqual(first);
    expect(again).toEqual(texts.map((t) => own.redact(t).text));
    expect(again[1]).toBe('call from [PHONE]');
    expect(again[2]).not.toContain('Jane Doe');
  });

  it('keeps reading a text that differs from a remembered one', () => {
    const own = new Redactor();
    expect(scrub('hold placed for caller', own)).toBe('hold placed for caller');
    expect(scrub('hold placed for caller +1 312 555 0147', own)).toBe('hold placed for caller [PHONE]');
  });

  it('still reads every text after it has remembered more than it keeps', () => {
    const own = new Redactor();
    for (let i = 0; i < 2_100; i++) scrub(`line number ${'x'.repeat(i % 50)} ${i % 7 === 0 ? 'a' : 'b'}${i}`, own);
    expect(scrub('call from jane.doe@gmail.com', own)).not.toContain('jane.doe@gmail.com');
  });
});
