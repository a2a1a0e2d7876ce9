import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { AppProcess, call, createClinic, eventually, publishRaw, smsTo, startOtpSmsProcess, startSandbox, tenantAdmin, TEST_PASSWORD, TestClinic, TestInfra, textsTo } from '@infra/testing';
import type { TwilioSandbox } from '@infra/twilio-sandbox';
import { platformConnection } from '@infra/tenant';
import { type SimulatedConnection, toolRequest } from '@mo/voice';

/**
 * Erasure on request (GDPR Art. 17), end to end: the four apps as their own processes, a caller with
 * data in each of them and in a dead letter, erased by `npm run tenant -- erase-caller` and by the
 * admin API; a STOP still holds afterwards, and nothing of another caller changes.
 */
const TOKEN = 'ops-token-for-the-erasure-test-0123456789';
let infra: TestInfra;
let sandbox: TwilioSandbox;
let sandboxUrl: string;
let apps: AppProcess[];
let booking: AppProcess;
let clinic: TestClinic;
let vapi: SimulatedConnection;

beforeAll(async () => {
  infra = await TestInfra.create();
  ({ sandbox, url: sandboxUrl } = await startSandbox());
  const started = await Promise.all([
    AppProcess.start('booking', infra.env('booking', { ADMIN_TOKENS: `erin=${TOKEN}` })),
    startOtpSmsProcess(infra, sandboxUrl),
    AppProcess.start('redaction', infra.env('redaction')),
    AppProcess.start('followup', infra.env('followup')),
    createClinic(infra),
  ]);
  apps = started.slice(0, 4) as AppProcess[];
  booking = apps[0]!;
  clinic = started[4] as TestClinic;
  const admin = tenantAdmin(infra);
  try {
    // Follow-ups wait for the sending hours, so the planned one is still scheduled when the caller is
    // erased: one minute a day, some five hours from now in the clinic's zone. A fixed 00:00-00:01 sent
    // it at once in the minute after the clinic's midnight, and the erasure then deferred the text.
    const opens = DateTime.now().setZone(clinic.timezone).plus({ hours: 6 }).toFormat('HH:00');
    await admin.setFollowupSettings(clinic.orgId, { quietStart: opens, quietEnd: opens.replace(/00$/, '01') });
    const { connectionId, secret } = await admin.connectPlatform(clinic.orgId, 'vapi', {});
    vapi = { ...platformConnection({ platform: 'vapi', orgId: clinic.orgId, connectionId, secret, bookingUrl: booking.url, redactionUrl: apps[2]!.url }), ...(secret ? { secret } : {}) };
  } finally {
    await admin.close();
  }
}, 120_000);

afterAll(async () => {
  if (apps) await Promise.all(apps.map((app) => app.stop()));
  await sandbox?.stop();
  await infra?.dispose();
});

function tenant(...args: string[]) {
  const result = spawnSync(process.execPath, [join(__dirname, '../../../dist/infra/tenant/cli.js'), ...args], {
    env: { PATH: process.env.PATH, ADMIN_DATABASE_URL: infra.adminUrl, DATABASE_NAME: infra.database, MO_DB_PASSWORD: TEST_PASSWORD, AMQP_URL: infra.amqpUrl, AMQP_PREFIX: infra.prefix },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

const owner = <R>(sql: string, params: unknown[] = []) => infra.asOwner(clinic.orgId, async (db) => (await db.query(sql, params)).rows as R[]);

/**
 * A call that ends unconfirmed: holds, a code, a message, memory, a planned follow-up, the hold's
 * stored Idempotency-Key reply and a voice tool call's answer.
 */
async function missedCall(phone: string, days: number): Promise<string> {
  const { callId, holdId } = await liveCall(phone, days);
  expect((await call(`${booking.url}/v1/calls/${callId}/ended`, { apiKey: clinic.apiKey, body: {} })).status).toBe(200);
  await eventually(async () => (await owner(`SELECT 1 FROM followup.followups WHERE hold_id = $1`, [holdId])).length === 1);
  // otp-sms voids the call's code on HoldReleased; until then an erasure defers it.
  await eventually(async () => (await owner(`SELECT 1 FROM otp_sms.challenges WHERE hold_id = $1 AND status = 'active'`, [holdId])).length === 0);
  return callId;
}

/** A call still in progress: the voice agent asked who is calling and holds a slot, whose code has been texted. */
async function liveCall(phone: string, days: number): Promise<{ callId: string; holdId: string }> {
  const callId = `call-${randomUUID()}`;
  const startsAt = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 11) + '15:00:00.000Z';
  const textedBefore = textsTo(sandbox, phone).length;
  expect((await askVoiceAgent({ callId, callerPhone: phone })).status).toBe(200);
  const held = await call(`${booking.url}/v1/holds`, {
    apiKey: clinic.apiKey,
    headers: { 'idempotency-key': `hold-${callId}` },
    body: { callId, appointmentTypeId: clinic.cleaning, resourceId: clinic.lee, startsAt, caller: { phone, firstName: 'Sam' } },
  });
  if (held.status !== 201) throw new Error(`hold failed: ${held.status} ${JSON.stringify(held.body)}`);
  // This call's own code, not an earlier call's: ending the call first could leave otp-sms a
  // tombstone instead, and no challenge or message to erase.
  await smsTo(sandbox, phone, textedBefore);
  return { callId, holdId: held.body.holdId };
}

/** The voice agent asks who is calling: booking keeps the tool call's answer for the call. */
function askVoiceAgent(caller: { callId: string; callerPhone: string }): Promise<Response> {
  const request = toolRequest(vapi, caller, { name: 'caller_context', args: {} }, new Date());
  return fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
}

async function transcript(callId: string, text: string): Promise<void> {
  const turns = [{ speaker: 'caller', text, at: new Date().toISOString() }];
  expect((await call(`${apps[2]!.url}/v1/transcripts`, { apiKey: clinic.apiKey, body: { callId, turns, mask: 'pseudonym' } })).status).toBe(201);
}

/**
 * Every row of the tenant's tables that still holds the phone, in any of its written forms: outbox
 * payloads, stored replies and answers included (inbox rows hold only message ids).
 */
async function rowsNaming(phone: string): Promise<string[]> {
  const tables = await owner<{ t: string }>(
    `SELECT table_schema || '.' || table_name AS t FROM information_schema.columns
      WHERE column_name = 'org_id' AND table_schema IN ('booking', 'otp_sms', 'redaction', 'followup', 'ops') AND table_name <> 'inbox'`,
  );
  const found: string[] = [];
  for (const { t } of tables) {
    const rows = await owner<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} r WHERE strpos(r::text, $1) > 0 OR strpos(r::text, $2) > 0`, [phone, phone.slice(2)]);
    if (rows[0]!.n > 0) found.push(t);
  }
  return found;
}

/** The erasure's own messages name the phone until the relay that published them has committed. */
const expectErased = (phone: string) => eventually(async () => (expect(await rowsNaming(phone)).toEqual([]), true), { intervalMs: 200 });

/** The call's stored Idempotency-Key replies and voice tool-call answers, which tie it to the caller. */
async function callsKept(callId: string): Promise<{ replies: number; answers: number }> {
  const [kept] = await owner<{ replies: number; answers: number }>(
    `SELECT (SELECT count(*)::int FROM booking.idempotency_keys WHERE idempotency_key = 'hold-' || $1) AS replies,
            (SELECT count(*)::int FROM booking.voice_tool_calls WHERE call_id = $1) AS answers`,
    [callId],
  );
  return kept!;
}

describe('erasing a caller', () => {
  it('removes the caller from every app and the dead letters, keeps the STOP as an HMAC, leaves other callers alone, and is idempotent', async () => {
    const [erased, other] = ['+13125550181', '+13125550182'];
    const callId = await missedCall(erased, 3);
    await missedCall(other, 4);
    await transcript(callId, 'Hi, this is Sam, my number is 312 555 0181.');
    const otherCall = `call-${randomUUID()}`;
    await transcript(otherCall, 'My sister is on 312 555 0181, call her too.');
    const stop = await fetch(`${sandboxUrl}/sandbox/inbound`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: erased, to: clinic.twilio!.fromNumber, body: 'STOP' }) });
    expect(stop.ok).toBe(true);
    await eventually(async () => (await owner(`SELECT 1 FROM followup.opt_outs WHERE phone = $1 AND opted_out`, [erased])).length === 1);
    const dead = { messageId: randomUUID(), type: 'SlotHeld', version: 1, orgId: clinic.orgId, correlationId: randomUUID(), occurredAt: new Date().toISOString(), payload: { callerPhone: erased } };
    await publishRaw(infra, `${infra.prefix}followup.dlq`, JSON.stringify(dead), { 'x-mo-dead-letter-reason': 'permanent_failure' });
    expect(await rowsNaming(erased)).toEqual(
      expect.arrayContaining(['booking.holds', 'booking.outbox', 'otp_sms.challenges', 'otp_sms.messages', 'otp_sms.outbox', 'followup.callers', 'followup.followups', 'followup.consent_log']),
    );
    expect(await callsKept(callId)).toEqual({ replies: 1, answers: 1 });
    const otherBefore = await rowsNaming(other);

    const run = tenant('erase-caller', '--wait-seconds', '20', '--org', clinic.orgId, '--phone', erased, '--operator', 'erin', '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const status = run.json();
    expect(status).toMatchObject({ complete: true, deferred: 0, deadLetters: 1, operator: 'erin' });
    expect(status.steps.map((s: { app: string }) => s.app).sort()).toEqual(['booking', 'followup', 'otp-sms', 'redaction']);

    await expectErased(erased);
    expect(await callsKept(callId)).toEqual({ replies: 0, answers: 0 });
    expect(await rowsNaming(other)).toEqual(otherBefore);
    expect(await owner(`SELECT 1 FROM redaction.transcripts WHERE call_id = $1`, [callId])).toEqual([]);
    const [kept] = await owner<{ turns: Array<{ text: string }> }>(`SELECT turns FROM redaction.transcripts WHERE call_id = $1`, [otherCall]);
    expect(kept!.turns[0]!.text).toBe('My sister is on [PHONE], call her too.');
    expect(await owner(`SELECT phone, action FROM followup.consent_log WHERE phone_hmac IS NOT NULL`)).toEqual([{ phone: null, action: 'opt_out' }]);
    const [audit] = await owner<{ phone_hmac: Buffer }>(`SELECT phone_hmac FROM ops.caller_erasures WHERE erasure_id = $1`, [status.erasureId]);
    expect(audit!.phone_hmac).toHaveLength(32);
    const dlqAudit = await infra.asOwner(undefined, async (db) => (await db.query(`SELECT action, message_ids, filter FROM ops.dlq_audit WHERE operator = 'erin'`)).rows);
    expect(dlqAudit).toEqual([{ action: 'erase', message_ids: [dead.messageId], filter: { orgId: clinic.orgId } }]);

    // The STOP outlives the erasure: the same phone's next missed call plans no text.
    await missedCall(erased, 5);
    const [again] = await owner<{ status: string }>(`SELECT status FROM followup.followups WHERE phone = $1`, [erased]);
    expect(again!.status).toBe('suppressed');

    // A second run succeeds and changes only what the new call left.
    const rerun = tenant('erase-caller', '--wait-seconds', '20', '--org', clinic.orgId, '--phone', erased, '--json');
    expect(rerun.status).toBe(0);
    expect(rerun.json()).toMatchObject({ complete: true, deadLetters: 0 });
    const third = tenant('erase-caller', '--wait-seconds', '20', '--org', clinic.orgId, '--phone', erased, '--json').json();
    expect(third.steps.map((s: { rowsChanged: number }) => s.rowsChanged)).toEqual([0, 0, 0, 0]);
    await expectErased(erased);
  });

  it('defers a call still in progress, its stored reply and tool answer included, and erases it on a rerun once the call has ended', async () => {
    const phone = '+13125550184';
    const { callId } = await liveCall(phone, 7);
    const erase = () => tenant('erase-caller', '--wait-seconds', '20', '--org', clinic.orgId, '--phone', phone, '--json');
    const during = erase();
    expect(during.status).toBe(0);
    const bookingStep = (status: { steps: Array<{ app: string; deferred: number }> }) => status.steps.find((s) => s.app === 'booking');
    // The hold, its Idempotency-Key reply and the voice answer: the platform may still replay either.
    expect(bookingStep(during.json())).toMatchObject({ deferred: 3 });
    expect(await callsKept(callId)).toEqual({ replies: 1, answers: 1 });

    expect((await call(`${booking.url}/v1/calls/${callId}/ended`, { apiKey: clinic.apiKey, body: {} })).status).toBe(200);
    await eventually(async () => (await owner(`SELECT 1 FROM otp_sms.challenges WHERE phone = $1 AND status = 'active'`, [phone])).length === 0);
    const after = erase();
    expect(after.json()).toMatchObject({ complete: true, deferred: 0 });
    expect(await callsKept(callId)).toEqual({ replies: 0, answers: 0 });
    await expectErased(phone);
  });

  it('is offered to operators at POST /admin/callers/:phone/erase, with its status, and refuses bad input with 4xx', async () => {
    const phone = '+13125550183';
    await missedCall(phone, 6);
    const admin = (path: string, init: { method?: string; token?: string } = {}) =>
      fetch(`${booking.url}${path}`, { method: init.method ?? 'POST', headers: { authorization: `Bearer ${init.token ?? TOKEN}` } });

    expect((await admin(`/admin/callers/${phone}/erase?orgId=${clinic.orgId}`, { token: 'not-an-operator-token-at-all' })).status).toBe(401);
    expect(await (await admin(`/admin/callers/12345/erase?orgId=${clinic.orgId}`)).json()).toMatchObject({ error: 'validation_failed', field: 'phone' });
    expect((await admin(`/admin/callers/${phone}/erase`)).status).toBe(400);
    expect((await admin(`/admin/callers/${phone}/erase?orgId=${randomUUID()}`)).status).toBe(404);

    const requested = await admin(`/admin/callers/${phone}/erase?orgId=${clinic.orgId}`);
    expect(requested.status).toBe(202);
    const { erasureId, status } = (await requested.json()) as { erasureId: string; status: string };
    const done = await eventually(async () => {
      const body = (await (await admin(status, { method: 'GET' })).json()) as { complete: boolean; operator: string };
      return body.complete && body;
    });
    expect(done).toMatchObject({ erasureId, operator: 'erin', deferred: 0 });
    await expectErased(phone);
  });
});
