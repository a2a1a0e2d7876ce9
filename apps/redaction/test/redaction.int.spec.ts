import { TranscriptRedacted, routingKeyOf } from '@mo/contracts';
import { AmqpProbe, AppProcess, call, createClinic, drainQueue, eventually, tenantAdmin, TestClinic, TestInfra } from '@infra/testing';

let infra: TestInfra;
let redaction: AppProcess;
let clinic: TestClinic;
let other: TestClinic;
let probe: AmqpProbe;

/** Raw values that must never be stored, published or logged. */
const RAW = {
  name: 'Francesca Romano',
  phone: '(773) 555-0132',
  spokenPhone: 'four one five five five five two six seven one',
  email: 'francesca.romano@example.org',
  dob: '03/14/1985',
  ssn: '536-22-8731',
  card: '4111 1111 1111 1111',
  mrn: '00739145',
  condition: 'type 2 diabetes',
  medication: 'metformin',
  address: '742 Evergreen Terrace, Springfield, IL 62704',
};

const turns = () => [
  { speaker: 'agent', text: 'Thanks for calling Demo Dental, how can I help?', at: '2026-11-25T15:00:00Z' },
  { speaker: 'caller', text: `Hi, this is ${RAW.name}, my number is ${RAW.phone} or ${RAW.spokenPhone}.`, at: '2026-11-25T15:00:05Z' },
  { speaker: 'caller', text: `My email is ${RAW.email}, date of birth ${RAW.dob}, social ${RAW.ssn}.`, at: '2026-11-25T15:00:20Z' },
  { speaker: 'caller', text: `Card ${RAW.card}, MRN ${RAW.mrn}. I have ${RAW.condition} and take ${RAW.medication} 500 mg.`, at: '2026-11-25T15:00:40Z' },
  { speaker: 'caller', text: `I live at ${RAW.address}. Can I come May 5th at 3:00 pm? Is it still $150? Your number is (312) 555-0100, right?`, at: '2026-11-25T15:01:00Z' },
];

beforeAll(async () => {
  infra = await TestInfra.create();
  [redaction, clinic, other] = await Promise.all([AppProcess.start('redaction', infra.env('redaction')), createClinic(infra), createClinic(infra, { name: 'Other' })]);
  const admin = tenantAdmin(infra);
  await admin.setRedactionPolicy(clinic.orgId, { phones: ['+13125550100'] });
  await admin.close();
  probe = await AmqpProbe.start(infra, ['#']);
});

afterAll(async () => {
  await probe?.close();
  await redaction?.stop();
  await infra?.dispose();
});

const post = (body: unknown, apiKey = clinic.apiKey) => call(`${redaction.url}/v1/transcripts`, { apiKey, body });

describe('POST /v1/transcripts', () => {
  it('stores, publishes and logs only redacted text, and never a raw value anywhere', async () => {
    const response = await post({ callId: 'call-raw-proof', turns: turns() });
    expect(response.status).toBe(201);
    expect(response.body.turns[1].text).toBe('Hi, this is [PERSON], my number is [PHONE] or [PHONE].');
    expect(response.body.turns[4].text).toBe('I live at [STREET_ADDRESS]. Can I come May 5th at 3:00 pm? Is it still $150? Your number is (312) 555-0100, right?');
    expect(response.body.entityCounts).toEqual({
      PERSON: 1,
      PHONE: 2,
      EMAIL: 1,
      DATE_OF_BIRTH: 1,
      SSN: 1,
      CREDIT_CARD: 1,
      MEDICAL_RECORD_NUMBER: 1,
      MEDICAL_CONDITION: 1,
      MEDICATION: 1,
      STREET_ADDRESS: 1,
    });
    const published = await probe.waitFor((m) => m.envelope.type === 'TranscriptRedacted' && m.envelope.payload.callId === 'call-raw-proof');
    expect(published.routingKey).toBe(routingKeyOf(TranscriptRedacted));
    expect(published.envelope.payload.entityCounts).toEqual(response.body.entityCounts);

    // Everything the database holds, in every schema, as text.
    const database = await infra.asOwner(clinic.orgId, async (db) => {
      const tables = await db.query<{ t: string }>(`SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
      const dumps: string[] = [];
      for (const { t } of tables.rows) dumps.push(...(await db.query(`SELECT row_to_json(x)::text AS r FROM ${t} x`)).rows.map((r) => r.r));
      return dumps.join('\n');
    });
    const broker = [...probe.messages.map((m) => m.raw.content.toString()), ...(await drainQueue(infra, `${infra.prefix}redaction.dlq`)).map((m) => m.content.toString())].join('\n');
    // Logs leave the app in batches (up to 100 ms): wait for the request's line, then read them all.
    const logs = await eventually(() => (redaction.logs().includes('transcript of call call-raw-proof redacted') ? redaction.logs() : undefined));
    for (const [what, raw] of Object.entries(RAW)) {
      expect({ what, in: 'database', leaked: database.includes(raw) }).toEqual({ what, in: 'database', leaked: false });
      expect({ what, in: 'broker', leaked: broker.includes(raw) }).toEqual({ what, in: 'broker', leaked: false });
      expect({ what, in: 'logs', leaked: logs.includes(raw) }).toEqual({ what, in: 'logs', leaked: false });
    }
    expect(database).toContain('[PERSON]');
  });

  it('writes one audit row per redaction, with offsets, rule and a keyed HMAC of the value', async () => {
    const response = await post({ callId: 'call-audit', turns: turns() });
    const { rows } = await infra.asOwner(clinic.orgId, (db) =>
      db.query(`SELECT turn_index, span_start, span_end, entity_type, rule_id, rules_version, value_hmac FROM redaction.audit WHERE transcript_id = $1 ORDER BY turn_index, span_start`, [
        response.body.transcriptId,
      ]),
    );
    const total = Object.values(response.body.entityCounts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(rows).toHaveLength(total);
    const phoneRow = rows.find((r) => r.entity_type === 'PHONE' && r.turn_index === 1)!;
    expect(turns()[1]!.text.slice(phoneRow.span_start, phoneRow.span_end)).toBe(RAW.phone);
    expect(phoneRow).toMatchObject({ rule_id: 'phone.written', rules_version: response.body.rulesVersion });
    expect(phoneRow.value_hmac).toHaveLength(32);
    // Same value, same tenant: the same fingerprint, so analytics can link it without the value.
    const again = await post({ callId: 'call-audit-2', turns: [{ speaker: 'caller', text: `call me on ${RAW.phone}`, at: '2026-11-25T16:00:00Z' }] });
    const linked = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT value_hmac FROM redaction.audit WHERE transcript_id = $1`, [again.body.transcriptId]));
    expect(linked.rows[0].value_hmac.equals(phoneRow.value_hmac)).toBe(true);
  });

  it('is idempotent per call: a retry gets the stored result, a different transcript gets 409', async () => {
    const first = await post({ callId: 'call-once', turns: turns().slice(0, 2) });
    const retry = await post({ callId: 'call-once', turns: turns().slice(0, 2) });
    expect(first.status).toBe(201);
    expect({ status: retry.status, body: retry.body }).toEqual({ status: 200, body: first.body });
    const different = await post({ callId: 'call-once', turns: turns().slice(0, 3) });
    expect(different).toMatchObject({ status: 409, body: { error: 'transcript_exists' } });
    const stored = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT count(*)::int AS n FROM redaction.transcripts WHERE call_id = 'call-once'`));
    expect(stored.rows[0].n).toBe(1);
    const events = probe.ofType('TranscriptRedacted').filter((m) => m.envelope.payload.callId === 'call-once');
    expect(events.length).toBeLessThanOrEqual(1);
  });

  it('answers a retry that arrives while the first is still being stored with the same transcript', async () => {
    const body = { callId: 'call-twice-at-once', turns: turns().slice(0, 2) };
    const answers = await Promise.all([post(body), post(body), post(body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.transcriptId)).size).toBe(1);
    await probe.waitFor((m) => m.envelope.type === 'TranscriptRedacted' && m.envelope.payload.callId === body.callId);
    expect(probe.ofType('TranscriptRedacted').filter((m) => m.envelope.payload.callId === body.callId)).toHaveLength(1);
  });

  it.each([
    [{ callId: 'x', turns: [] }, 'turns'],
    [{ callId: 'x', turns: [{ speaker: 'caller', text: 'hi', at: 'yesterday' }] }, 'turns.0.at'],
    [{ turns: [{ speaker: 'caller', text: 'hi', at: '2026-11-25T15:00:00Z' }] }, 'callId'],
    [{ callId: 'x', turns: [[]] }, 'turns'],
    [{ callId: 'x', turns: [null] }, 'turns'],
    [{ callId: 'x', turns: { speaker: 'caller', text: 'hi', at: '2026-11-25T15:00:00Z' } }, 'turns'],
    [{ callId: 'x', turns: [{ speaker: 'caller\u0000', text: 'hi', at: '2026-11-25T15:00:00Z' }] }, 'turns.0.speaker'],
    [{ callId: 'x\u0000', turns: [{ speaker: 'caller', text: 'hi', at: '2026-11-25T15:00:00Z' }] }, 'callId'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    expect(await post(body)).toMatchObject({ status: 400, body: { error: 'validation_failed', field } });
  });
});

describe('POST /v1/redact', () => {
  const redact = (text: string, mask?: string, apiKey = clinic.apiKey) => call(`${redaction.url}/v1/redact`, { apiKey, body: { text, ...(mask ? { mask } : {}) } });

  it('redacts in line, keeps the clinic own number, and stores nothing', async () => {
    const response = await redact(`this is ${RAW.name}, call ${RAW.phone} or the front desk at (312) 555-0100`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      text: 'this is [PERSON], call [PHONE] or the front desk at (312) 555-0100',
      entities: [
        { type: 'PERSON', start: 8, end: 24, rule: 'person.introduction', confidence: expect.any(Number) },
        { type: 'PHONE', start: 31, end: 45, rule: 'phone.written', confidence: expect.any(Number) },
      ],
    });
  });

  it('gives pseudonyms stable within a tenant and different across tenants', async () => {
    const a = await redact(`call ${RAW.phone}`, 'pseudonym');
    const b = await redact(`my number is ${RAW.phone}`, 'pseudonym');
    const c = await redact(`call ${RAW.phone}`, 'pseudonym', other.apiKey);
    const tag = (text: string) => /\[PHONE_[0-9a-f]{12}\]/.exec(text)![0];
    expect(tag(a.body.text)).toBe(tag(b.body.text));
    expect(tag(c.body.text)).not.toBe(tag(a.body.text));
  });

  it('refuses a missing key and an oversized text', async () => {
    expect((await call(`${redaction.url}/v1/redact`, { body: { text: 'x' } })).status).toBe(401);
    expect(await redact('x'.repeat(100_001))).toMatchObject({ status: 400, body: { field: 'text' } });
  });
});
