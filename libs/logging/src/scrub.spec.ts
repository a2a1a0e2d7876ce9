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
