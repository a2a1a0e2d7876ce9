import { randomBytes } from 'node:crypto';
import { codeHmac, codeMatches, expiresInWords, newCode, otpText } from './otp-code';

const pepper = randomBytes(32);

describe('one-time codes', () => {
  it('are six digits, with leading zeros, and vary', () => {
    const codes = Array.from({ length: 500 }, newCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });

  it('match only for the tenant and hold they were made for', () => {
    const stored = codeHmac(pepper, 'org-a', 'hold-1', '012345');
    expect(codeMatches(pepper, 'org-a', 'hold-1', '012345', stored)).toBe(true);
    expect(codeMatches(pepper, 'org-a', 'hold-1', '012346', stored)).toBe(false);
    expect(codeMatches(pepper, 'org-b', 'hold-1', '012345', stored)).toBe(false);
    expect(codeMatches(pepper, 'org-a', 'hold-2', '012345', stored)).toBe(false);
    expect(codeMatches(randomBytes(32), 'org-a', 'hold-1', '012345', stored)).toBe(false);
  });

  it('are never stored as text', () => {
    expect(codeHmac(pepper, 'org-a', 'hold-1', '012345').toString('latin1')).not.toContain('012345');
  });

  it('lead the SMS text', () => {
    expect(otpText('004211', 'Demo Dental', expiresInWords(600))).toBe('004211 is your Demo Dental booking code. It expires in 10 minutes. Never share it.');
  });

  it.each([
    [600, '10 minutes'],
    [300, '5 minutes'],
    [295, '5 minutes'],
    [284, '4 minutes'],
    [75, '1 minute'],
    [44, 'under a minute'],
    [0, 'under a minute'],
  ])('say the time left of %i seconds as "%s", never generous by more than the moments a text takes', (seconds, words) => {
    expect(expiresInWords(seconds)).toBe(words);
  });
});
