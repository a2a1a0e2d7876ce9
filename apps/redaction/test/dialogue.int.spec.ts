import { AppProcess, call, createClinic, TestClinic, TestInfra } from '@infra/testing';

let infra: TestInfra;
let redaction: AppProcess;
let chicago: TestClinic;
let london: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  [redaction, chicago, london] = await Promise.all([
    AppProcess.start('redaction', infra.env('redaction')),
    createClinic(infra),
    createClinic(infra, { name: 'Leeds Dental', timezone: 'Europe/London' }),
  ]);
});

afterAll(async () => {
  await redaction?.stop();
  await infra?.dispose();
});

const redact = (body: unknown, apiKey = chicago.apiKey) => call(`${redaction.url}/v1/redact`, { apiKey, body });

describe('dialogue context over HTTP', () => {
  it('POST /v1/redact {turns}: the question in one turn cues the answer in the next', async () => {
    const response = await redact({ turns: [{ speaker: 'agent', text: 'And the last four of your social?' }, { speaker: 'caller', text: '4 4 1 9' }] });
    expect(response.status).toBe(200);
    expect(response.body.turns).toEqual([
      { speaker: 'agent', text: 'And the last four of your social?', entities: [] },
      { speaker: 'caller', text: '[SSN]', entities: [{ type: 'SSN', start: 0, end: 7, rule: 'ssn.answer', confidence: expect.any(Number) }] },
    ]);
  });

  it('POST /v1/redact {text} reads Agent:/Caller: lines as a dialogue', async () => {
    const response = await redact({ text: 'Agent: and your first name?\nCaller: Dermot' });
    expect(response.body.text).toBe('Agent: and your first name?\nCaller: [PERSON]');
  });

  it('answers 400 naming the field when both text and turns are given, or neither', async () => {
    expect(await redact({ text: 'hi', turns: [{ speaker: 'caller', text: 'hi' }] })).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'turns' } });
    expect(await redact({})).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'text' } });
  });

  it('POST /v1/transcripts passes each turn the turns before it', async () => {
    const response = await call(`${redaction.url}/v1/transcripts`, {
      apiKey: chicago.apiKey,
      body: {
        callId: 'call-dialogue',
        turns: [
          { speaker: 'agent', text: 'What is your member ID?', at: '2026-12-01T15:00:00Z' },
          { speaker: 'caller', text: "uh it's K as in kilo 7 7 2 0 1 9", at: '2026-12-01T15:00:05Z' },
        ],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.turns[1].text).toBe("uh it's [INSURANCE_ID]");
  });
});

describe('the clinic country', () => {
  it('defaults from the time zone, and the clinic reads its national formats', async () => {
    const rows = await infra.asOwner(london.orgId, (db) => db.query(`SELECT country FROM tenancy.orgs WHERE org_id = $1`, [london.orgId]));
    expect(rows.rows[0].country).toBe('GB');
    const text = 'ring me on 0161 496 0123';
    expect((await redact({ text }, london.apiKey)).body.text).toBe('ring me on [PHONE]');
  });
});
