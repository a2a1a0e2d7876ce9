import { correlationIdFrom } from './correlation.interceptor';

describe('correlationIdFrom', () => {
  const minted = 'b3f1c2d4-0000-4000-8000-000000000000';

  it.each(['5a0c6a8e-47b1-4d67-9b0e-7f0f3c2b1a90', 'demo-12e68add', 'call_abc.def:42', 'vapi-call-7f1c8e2a'])('keeps a safe id %p', (id) => {
    expect(correlationIdFrom(id, minted)).toBe(id);
  });

  it.each([
    ['an SSN', '123-45-6789'],
    ['an SSN inside a token', 'req-123-45-6789'],
    ['a phone', 'call-3125550147'],
    ['an E.164 phone', '+13125550147'],
    ['a card number', 'x4111-1111-1111-1111'],
    ['an email', 'sam@example.org'],
    ['too short', 'ab1'],
    ['too long', `a${'b'.repeat(64)}`],
    ['digits only', '12345678'],
    ['not a string', ['abc-def-ghi']],
  ])('mints a fresh id instead of %s', (_name, header) => {
    expect(correlationIdFrom(header, minted)).toBe(minted);
  });
});
