import { checkRequestSignature, signRequest, SignedRequest } from './request-signature';

const secret = 'whsec-example-0123456789abcdefghijklmnopqrstuv';
const request: SignedRequest = {
  method: 'POST',
  pathWithQuery: '/v1/holds/7f1c8e2a-0c6b-4a51-9a57-2d8c1b9e4f10/cancel?reason=caller',
  timestamp: 1764590400,
  nonce: 'n-4f3c2a1b9d8e7f60',
  body: '{"reason":"caller_cancelled"}',
};
const now = new Date(1764590400 * 1000 + 30_000);
const headersOf = (r: SignedRequest) => ({ signature: signRequest(secret, r), timestamp: String(r.timestamp), nonce: r.nonce });

describe('request signatures', () => {
  it('matches the worked example in docs/runbook.md', () => {
    expect(signRequest(secret, request)).toBe('v2=e4f5f0cb33fc25330a444464266dff82dccc38e4dd7841eb8d6ae4339b01572c');
  });

  it('accepts the request it was made for', () => {
    expect(checkRequestSignature(secret, request, headersOf(request), now)).toBe('valid');
  });

  it.each([
    ['the method', { method: 'GET' }],
    ['the path', { pathWithQuery: '/v1/holds/7f1c8e2a-0c6b-4a51-9a57-2d8c1b9e4f10/confirm?reason=caller' }],
    ['the query', { pathWithQuery: '/v1/holds/7f1c8e2a-0c6b-4a51-9a57-2d8c1b9e4f10/cancel' }],
    ['the body', { body: '' }],
  ])('refuses it for another request that differs only in %s', (_name, change) => {
    expect(checkRequestSignature(secret, { ...request, ...change }, headersOf(request), now)).toBe('mismatch');
  });

  it('refuses another timestamp, a stale one and missing headers', () => {
    expect(checkRequestSignature(secret, request, { ...headersOf(request), timestamp: String(request.timestamp + 1) }, now)).toBe('mismatch');
    expect(checkRequestSignature(secret, request, { ...headersOf(request), nonce: 'n-another-nonce-000' }, now)).toBe('mismatch');
    expect(checkRequestSignature(secret, request, headersOf(request), new Date(now.getTime() + 301_000))).toBe('stale');
    expect(checkRequestSignature(secret, request, { ...headersOf(request), nonce: undefined }, now)).toBe('missing');
    expect(checkRequestSignature(secret, request, { ...headersOf(request), nonce: 'short' }, now)).toBe('missing');
    expect(checkRequestSignature(secret, request, { ...headersOf(request), signature: undefined }, now)).toBe('missing');
  });

  it('refuses the old v1 scheme, which signed only timestamp.body', () => {
    expect(checkRequestSignature(secret, request, { ...headersOf(request), signature: 'v1=00' }, now)).toBe('mismatch');
  });
});
