import { AppProcess, call, createClinic, startOtpSmsProcess, startSandbox, TestClinic, TestInfra } from '@infra/testing';
import type { TwilioSandbox } from '@infra/twilio-sandbox';

/** Bodies an attacker or a careless client sends, against every app's JSON parser and validation. */
let infra: TestInfra;
let sandbox: TwilioSandbox;
let apps: Record<'booking' | 'redaction' | 'otp-sms', AppProcess>;
let clinic: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  const started = await startSandbox();
  sandbox = started.sandbox;
  const [booking, redaction, otpSms, created] = await Promise.all([
    AppProcess.start('booking', infra.env('booking')),
    AppProcess.start('redaction', infra.env('redaction')),
    startOtpSmsProcess(infra, started.url),
    createClinic(infra, { twilio: 'none' }),
  ]);
  apps = { booking, redaction, 'otp-sms': otpSms };
  clinic = created;
});

afterAll(async () => {
  await Promise.all(Object.values(apps ?? {}).map((app) => app.stop()));
  await sandbox?.stop();
  await infra?.dispose();
});

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('deeply nested JSON', () => {
  it.each([
    ['booking', '/v1/holds'],
    ['redaction', '/v1/transcripts'],
    ['otp-sms', '/v1/twilio/status/00000000-0000-4000-8000-000000000000'],
  ] as const)('%s %s answers 400 body_too_deep, before any guard or parser work', async (app, path) => {
    const response = await call(`${apps[app].url}${path}`, { apiKey: clinic.apiKey, body: `{"callId":${nested(3_000)}}`, headers: { 'x-twilio-signature': 'x' } });
    expect(response).toMatchObject({ status: 400, body: { error: 'body_too_deep', message: expect.stringMatching(/nests deeper than 32/) } });
  });

  it('a reasonably nested body still reaches validation', async () => {
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: `{"callId":${nested(20)}}` });
    expect(response).toMatchObject({ status: 400, body: { error: 'validation_failed' } });
  });
});

describe('lone surrogates', () => {
  it('a 400 naming the field on /v1/holds', async () => {
    const body = `{"callId":"c-1","appointmentTypeId":"${clinic.cleaning}","resourceId":"${clinic.lee}","startsAt":"2030-01-01T15:00:00Z","caller":{"phone":"+13125550147","firstName":"Sam\\ud800"}}`;
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body });
    expect(response).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'caller.firstName' } });
  });

  it('a 400 naming the field on /v1/transcripts', async () => {
    const body = `{"callId":"c-2","turns":[{"speaker":"caller","text":"hi \\udc00 there","at":"2026-11-25T15:00:00Z"}]}`;
    const response = await call(`${apps.redaction.url}/v1/transcripts`, { apiKey: clinic.apiKey, body });
    expect(response).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'turns.0.text' } });
  });

  it('a well-formed pair is fine', async () => {
    const response = await call(`${apps.redaction.url}/v1/transcripts`, {
      apiKey: clinic.apiKey,
      body: { callId: 'c-3', turns: [{ speaker: 'caller', text: 'hi 😀 there', at: '2026-11-25T15:00:00Z' }] },
    });
    expect(response.status).toBe(201);
  });
});

describe('first names', () => {
  it('a first name that is a sentence with a link is a 400 naming the field', async () => {
    const body = {
      callId: 'c-name',
      appointmentTypeId: clinic.cleaning,
      resourceId: clinic.lee,
      startsAt: '2030-01-01T15:00:00Z',
      caller: { phone: '+13125550147', firstName: 'Sam. Your card was declined - pay now at http://pay.example' },
    };
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body });
    expect(response).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'caller.firstName' } });
  });
});


describe('framework errors answer the documented shape', () => {
  const documented = { error: expect.stringMatching(/^[a-z_]+$/), message: expect.any(String) };

  it('a callId that can be held can be ended: 128 characters reach the route', async () => {
    const response = await call(`${apps.booking.url}/v1/calls/${'c'.repeat(128)}/ended`, { method: 'POST', apiKey: clinic.apiKey });
    expect(response.status).toBe(200);
  });

  it('a callId longer than the limit is a 400 naming callId', async () => {
    const response = await call(`${apps.booking.url}/v1/calls/${'c'.repeat(129)}/ended`, { method: 'POST', apiKey: clinic.apiKey });
    expect(response).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'callId' } });
  });

  it('414 uri_too_long for a path parameter far past any limit', async () => {
    const response = await call(`${apps.booking.url}/v1/calls/${'c'.repeat(5_000)}/ended`, { method: 'POST', apiKey: clinic.apiKey });
    expect(response).toMatchObject({ status: 414, body: { ...documented, error: 'uri_too_long' } });
    expect(Object.keys(response.body).sort()).toEqual(['error', 'message']);
  });

  it('413 payload_too_large', async () => {
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: `{"callId":"${'x'.repeat(1_100_000)}"}` });
    expect(response).toMatchObject({ status: 413, body: { ...documented, error: 'payload_too_large' } });
    expect(Object.keys(response.body).sort()).toEqual(['error', 'message']);
  });

  it('415 unsupported_media_type', async () => {
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: '<hold/>', headers: { 'content-type': 'application/xml' } });
    expect(response).toMatchObject({ status: 415, body: { ...documented, error: 'unsupported_media_type' } });
    expect(Object.keys(response.body).sort()).toEqual(['error', 'message']);
  });

  it.each([
    ['malformed JSON', '{"callId":'],
    ['an empty JSON body', ''],
  ])('400 invalid_json for %s', async (_case, body) => {
    const response = await fetch(`${apps.booking.url}/v1/holds`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${clinic.apiKey}` }, body });
    expect(response.status).toBe(400);
    const json = (await response.json()) as Record<string, unknown>;
    expect(json).toMatchObject({ ...documented, error: 'invalid_json' });
    expect(Object.keys(json).sort()).toEqual(['error', 'message']);
  });
});

describe('caller phones that cannot be texted', () => {
  const hold = (phone: string) => ({
    callId: `c-phone-${phone}`,
    appointmentTypeId: clinic.cleaning,
    resourceId: clinic.lee,
    startsAt: '2030-01-01T15:00:00Z',
    caller: { phone, firstName: 'Sam' },
  });

  it.each([
    ['US premium rate', '+19005550123'],
    ['US toll free', '+18005550199'],
    ['UK premium rate 09', '+449098790123'],
    ['UK 084 service number', '+448449876543'],
  ])('%s is a 422 phone_not_textable naming caller.phone', async (_kind, phone) => {
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: hold(phone) });
    expect(response).toMatchObject({ status: 422, body: { error: 'phone_not_textable', field: 'caller.phone' } });
  });

  it('a US number whose type is ambiguous (fixed line or mobile) is textable', async () => {
    const response = await call(`${apps.booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: hold('+13125550147') });
    expect(response.status).not.toBe(422);
    expect(response.body?.error).not.toBe('phone_not_textable');
  });
});
