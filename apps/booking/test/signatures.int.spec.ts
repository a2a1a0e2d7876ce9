import { randomBytes } from 'node:crypto';
import { signRequest } from '@mo/auth';
import { call, createClinic, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { holdBody, localSlot, startBooking, stopApp } from './fixture';

let infra: TestInfra;
let booking: TestApp;
let other: TestApp;
let clinic: TestClinic;
let secret: string;
let day = 1;

beforeAll(async () => {
  infra = await TestInfra.create();
  [booking, other, clinic] = await Promise.all([startBooking(infra), startBooking(infra), createClinic(infra, { name: 'Signed Clinic', twilio: 'none' })]);
  const admin = tenantAdmin(infra);
  secret = await admin.requireSignatures(clinic.orgId);
  await admin.close();
});

afterAll(async () => {
  await stopApp(booking);
  await stopApp(other);
  await infra?.dispose();
});

const now = () => Math.floor(Date.now() / 1000);
const nonce = () => randomBytes(16).toString('base64url');

/** What a well-behaved client sends: a fresh nonce and a signature over this exact request. */
function signed(method: string, path: string, body = '', timestamp = now(), key = secret) {
  const n = nonce();
  return { 'x-mo-timestamp': String(timestamp), 'x-mo-nonce': n, 'x-mo-signature': signRequest(key, { method, pathWithQuery: path, timestamp, nonce: n, body }) };
}

const send = (app: TestApp, method: string, path: string, headers: Record<string, string>, body?: string) =>
  call(`${app.url}${path}`, { method, apiKey: clinic.apiKey, headers, ...(body !== undefined ? { body } : {}) });

const holdRaw = () => JSON.stringify(holdBody(clinic, localSlot(clinic, day++, '10:00')));

async function placeSignedHold(): Promise<string> {
  const raw = holdRaw();
  const response = await send(booking, 'POST', '/v1/holds', signed('POST', '/v1/holds', raw), raw);
  expect(response.status).toBe(201);
  return response.body.holdId;
}

describe('signed requests', () => {
  it('are required once the tenant turns them on', async () => {
    const response = await send(booking, 'POST', '/v1/holds', {}, holdRaw());
    expect(response).toMatchObject({ status: 401, body: { error: 'invalid_signature', message: expect.stringContaining('x-mo-nonce') } });
  });

  it('accept an HMAC of method, path with query, timestamp, nonce and the exact body', async () => {
    const holdId = await placeSignedHold();
    const path = `/v1/holds/${holdId}?view=full`;
    expect((await send(booking, 'GET', path, signed('GET', path))).status).toBe(200);
  });

  it('a signature captured on a GET does not authorise a body-less POST such as cancel', async () => {
    const holdId = await placeSignedHold();
    const captured = signed('GET', `/v1/holds/${holdId}`);
    const cancel = await send(booking, 'POST', `/v1/holds/${holdId}/cancel`, captured);
    expect(cancel).toMatchObject({ status: 401, body: { error: 'invalid_signature' } });
    expect((await send(booking, 'GET', `/v1/holds/${holdId}`, signed('GET', `/v1/holds/${holdId}`))).body.status).not.toBe('RELEASED');
  });

  it('a request replayed unchanged is refused, on the same instance and on another one', async () => {
    const holdId = await placeSignedHold();
    const path = `/v1/holds/${holdId}`;
    const headers = signed('GET', path);
    expect((await send(booking, 'GET', path, headers)).status).toBe(200);
    expect(await send(booking, 'GET', path, headers)).toMatchObject({ status: 401, body: { error: 'replayed_request' } });
    expect(await send(other, 'GET', path, headers)).toMatchObject({ status: 401, body: { error: 'replayed_request' } });
  });

  it('two instances racing on one nonce let exactly one request through', async () => {
    const path = `/v1/holds/${await placeSignedHold()}`;
    const headers = signed('GET', path);
    const answers = await Promise.all([booking, other, booking, other].map((app) => send(app, 'GET', path, headers)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401]);
  });

  it.each([
    ['another body', (raw: string) => signed('POST', '/v1/holds', raw.replace('"callId":"call-', '"callId":"tampered-'))],
    ['another path', (raw: string) => signed('POST', '/v1/holds?x=1', raw)],
    ['another method', (raw: string) => signed('GET', '/v1/holds', raw)],
    ['another secret', (raw: string) => signed('POST', '/v1/holds', raw, now(), 'not-the-secret')],
    ['a timestamp six minutes old', (raw: string) => signed('POST', '/v1/holds', raw, now() - 360)],
  ])('refuse a signature over %s', async (_name, headers) => {
    const raw = holdRaw();
    expect((await send(booking, 'POST', '/v1/holds', headers(raw), raw)).status).toBe(401);
  });

  it('are not asked of tenants that did not turn them on', async () => {
    const unsigned = await createClinic(infra, { twilio: 'none' });
    const response = await call(`${booking.url}/v1/holds`, { apiKey: unsigned.apiKey, body: holdBody(unsigned, localSlot(unsigned, 1, '10:00')) });
    expect(response.status).toBe(201);
  });
});
