import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';
import { constantTimeEqual, hmacSha256 } from './digest';

const key = randomBytes(32).toString('base64');

describe('SecretBox', () => {
  it('opens what it sealed for the same owner', () => {
    const box = new SecretBox(key);
    expect(box.open(box.seal('auth-token-123', 'org-a'), 'org-a')).toBe('auth-token-123');
  });

  it('never stores the plaintext and seals the same value differently each time', () => {
    const box = new SecretBox(key);
    const a = box.seal('auth-token-123', 'org-a');
    expect(a.includes(Buffer.from('auth-token-123'))).toBe(false);
    expect(a.equals(box.seal('auth-token-123', 'org-a'))).toBe(false);
  });

  it('refuses a value moved to another owner', () => {
    const box = new SecretBox(key);
    expect(() => box.open(box.seal('auth-token-123', 'org-a'), 'org-b')).toThrow('cannot be decrypted');
  });

  it('refuses a tampered value and a wrong key', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('auth-token-123', 'org-a');
    sealed[sealed.length - 1] ^= 1;
    expect(() => box.open(sealed, 'org-a')).toThrow('cannot be decrypted');
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open(box.seal('x', 'o'), 'o')).toThrow('cannot be decrypted');
  });

  it('rejects a key that is not 32 bytes', () => {
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow('32 bytes');
  });
});

describe('constantTimeEqual', () => {
  it('compares digests, including different lengths, without throwing', () => {
    const a = hmacSha256('k', 'v');
    expect(constantTimeEqual(a, hmacSha256('k', 'v'))).toBe(true);
    expect(constantTimeEqual(a, hmacSha256('k', 'w'))).toBe(false);
    expect(constantTimeEqual(a, a.subarray(1))).toBe(false);
  });
});
