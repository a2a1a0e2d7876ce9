import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { connect } from 'amqplib';
import { TranscriptRedacted } from '@mo/contracts';
import { AppProcess, eventually, metricValue, publishEvent, publishRaw, TEST_PASSWORD, tenantAdmin, TestInfra } from '@infra/testing';

const TOKEN = 'ops-token-for-the-dlq-test-0123456789';
let infra: TestInfra;
let followup: AppProcess;

beforeAll(async () => {
  infra = await TestInfra.create();
  followup = await AppProcess.start('followup', infra.env('followup', { ADMIN_TOKENS: `alice=${TOKEN}` }));
});

afterAll(async () => {
  await followup?.stop();
  await infra?.dispose();
});

const CLI = join(__dirname, '../../../dist/infra/dlq/cli.js');
const cliEnv = () => ({ PATH: process.env.PATH, ADMIN_DATABASE_URL: infra.adminUrl, DATABASE_NAME: infra.database, MO_DB_PASSWORD: TEST_PASSWORD, AMQP_URL: infra.amqpUrl, AMQP_PREFIX: infra.prefix });

/** `npm run dlq` as an operator runs it, from the build, against this file's broker prefix and database. */
function dlq(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: cliEnv(), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

/** A transcript for a tenant nobody has created yet: followup dead-letters it at once (unknown tenant). */
async function strandedTranscript(text = 'Call me back on 312 555 0147 please') {
  const orgId = randomUUID();
  const callId = `call-${randomUUID()}`;
  const payload = { transcriptId: randomUUID(), callId, turns: [{ speaker: 'caller', text, at: new Date().toISOString() }], entityCounts: {}, rulesVersion: 't', redactedAt: new Date().toISOString() };
  const envelope = await publishEvent(infra, TranscriptRedacted, orgId, payload);
  await eventually(async () => (await dlq('show', envelope.messageId, '--json')).status === 0);
  return { orgId, callId, envelope };
}

/** Dead-letters `count` transcripts of one tenant nobody has created yet; returns their message ids by call id. */
async function strandedTranscripts(orgId: string, count: number): Promise<Map<string, string>> {
  const byCall = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const callId = `call-${randomUUID()}`;
    const payload = { transcriptId: randomUUID(), callId, turns: [{ speaker: 'caller', text: 'Is Tuesday free?', at: new Date().toISOString() }], entityCounts: {}, rulesVersion: 't', redactedAt: new Date().toISOString() };
    byCall.set(callId, (await publishEvent(infra, TranscriptRedacted, orgId, payload)).messageId);
  }
  await eventually(async () => dlq('list', '--app', 'followup', '--org', orgId, '--json').json()[0].count === count);
  return byCall;
}

const storedCalls = async (orgId: string) =>
  (await infra.asOwner(orgId, (db) => db.query(`SELECT call_id FROM followup.calls`))).rows.map((row: { call_id: string }) => row.call_id);

async function provision(orgId: string): Promise<void> {
  const admin = tenantAdmin(infra);
  await admin.createTenant({ orgId, name: 'Late Clinic', timezone: 'America/Chicago' }).finally(() => admin.close());
}

const callsOf = async (orgId: string, callId: string) =>
  (await infra.asOwner(orgId, (db) => db.query(`SELECT count(*)::int AS n FROM followup.calls WHERE call_id = $1`, [callId]))).rows[0].n as number;

async function auditRows(auditId: string) {
  return (await infra.asOwner(undefined, (db) => db.query(`SELECT operator, via, action, dry_run, outcome, message_count, message_ids, filter FROM ops.dlq_audit WHERE audit_id = $1`, [auditId]))).rows;
}

describe('npm run dlq', () => {
  it('lists the queues grouped by reason, type and tenant, and shows one message with PII masked unless --reveal', async () => {
    const { orgId, envelope } = await strandedTranscript();
    const [summary] = dlq('list', '--app', 'followup', '--org', orgId, '--json').json();
    expect(summary).toMatchObject({ app: 'followup', count: 1, byReason: { permanent_failure: 1 }, byType: { TranscriptRedacted: 1 }, byTenant: { [orgId]: 1 }, byAge: { '<1h': 1 } });
    expect(dlq('list').stdout).toMatch(/followup\s+\d+ messages?/);

    const shown = dlq('show', envelope.messageId, '--json').json();
    expect(shown).toMatchObject({ id: envelope.messageId, app: 'followup', reason: 'permanent_failure', error: 'unknown tenant', attempts: 1, replayable: true });
    expect(shown.body).toContain('[PHONE]');
    expect(shown.body).not.toContain('312 555 0147');
    expect(dlq('show', envelope.messageId, '--reveal', '--operator', 'dana', '--json').json().body).toContain('312 555 0147');
    // Who saw which letter whole, and when; never what it said.
    const reveals = await infra.asOwner(undefined, (db) =>
      db.query(`SELECT action, outcome, message_ids, filter, finished_at IS NOT NULL AS finished FROM ops.dlq_audit WHERE operator = 'dana'`),
    );
    expect(reveals.rows).toEqual([{ action: 'reveal', outcome: 'completed', message_ids: [envelope.messageId], filter: { ids: [envelope.messageId] }, finished: true }]);
    expect(JSON.stringify(reveals.rows)).not.toContain('0147');
  });

  it("masks a caller's first name, which the redaction engine cannot tell from any other word", async () => {
    const orgId = randomUUID();
    const held = { holdId: randomUUID(), callId: 'c', callerPhone: '+13125550147', callerFirstName: 'Sam', resourceName: 'Dr Lee' };
    const envelope = { messageId: randomUUID(), type: 'SlotHeld', version: 1, orgId, correlationId: randomUUID(), occurredAt: new Date().toISOString(), payload: held };
    await publishRaw(infra, `${infra.prefix}booking.dlq`, JSON.stringify(envelope), { 'x-mo-dead-letter-reason': 'permanent_failure' });
    const shown = dlq('show', envelope.messageId, '--json').json();
    expect(shown.envelope.payload).toMatchObject({ callerFirstName: '[PERSON]', holdId: held.holdId });
    expect(shown.body).not.toMatch(/Sam|0147/);
  });

  it('replays a message once: a dry run moves nothing, and a copy left behind by a crash is absorbed by the inbox', async () => {
    const { orgId, callId, envelope } = await strandedTranscript();
    const dry = dlq('replay', envelope.messageId, '--dry-run', '--operator', 'bob', '--json').json();
    expect(dry).toMatchObject({ dryRun: true, ids: [envelope.messageId], outcome: 'completed' });
    expect(dlq('show', envelope.messageId, '--json').status).toBe(0);
    expect(await auditRows(dry.auditId)).toEqual([expect.objectContaining({ operator: 'bob', via: 'cli', action: 'replay', dry_run: true, message_count: 1 })]);

    // The tenant is provisioned late; meanwhile a crash left a second copy of the message in the queue.
    await provision(orgId);
    const copy = dlq('show', envelope.messageId, '--reveal', '--json').json();
    await publishRaw(infra, `${infra.prefix}followup.dlq`, copy.body, { 'x-mo-dead-letter-reason': copy.reason, 'x-mo-last-failure-at': copy.lastFailureAt });
    const handledBefore = await metricValue(followup.url, 'mo_events_consumed_total', { type: 'TranscriptRedacted', outcome: 'handled' });
    const duplicatesBefore = await metricValue(followup.url, 'mo_events_consumed_total', { type: 'TranscriptRedacted', outcome: 'duplicate' });

    const replayed = dlq('replay', '--org', orgId, '--operator', 'bob', '--json').json();
    expect(replayed).toMatchObject({ dryRun: false, ids: [envelope.messageId, envelope.messageId], outcome: 'completed' });
    await eventually(async () => (await metricValue(followup.url, 'mo_events_consumed_total', { type: 'TranscriptRedacted', outcome: 'duplicate' })) === duplicatesBefore + 1);
    expect(await metricValue(followup.url, 'mo_events_consumed_total', { type: 'TranscriptRedacted', outcome: 'handled' })).toBe(handledBefore + 1);
    expect(await callsOf(orgId, callId)).toBe(1);
    expect(dlq('show', envelope.messageId, '--json').status).toBe(1);
    expect(await auditRows(replayed.auditId)).toEqual([
      expect.objectContaining({ operator: 'bob', action: 'replay', dry_run: false, outcome: 'completed', message_count: 2, message_ids: [envelope.messageId, envelope.messageId], filter: { orgId } }),
    ]);
  });

  it('stops a replay whose target queue does not exist, and leaves the message in the dead-letter queue', async () => {
    // Nothing has started redaction under this broker prefix; its events queue, which followup declares
    // as a subscriber's, is deleted, as on a broker where redaction never ran.
    const connection = await connect(infra.amqpUrl);
    await (await connection.createChannel()).deleteQueue(`${infra.prefix}redaction.events`);
    await connection.close();
    const orgId = randomUUID();
    const envelope = { messageId: randomUUID(), type: 'TranscriptRedacted', version: 1, orgId, correlationId: randomUUID(), occurredAt: new Date().toISOString(), payload: {} };
    expect(dlq('list', '--app', 'redaction', '--json').status).toBe(0);
    await publishRaw(infra, `${infra.prefix}redaction.dlq`, JSON.stringify(envelope), { 'x-mo-dead-letter-reason': 'permanent_failure' });

    const replay = dlq('replay', '--app', 'redaction', '--org', orgId, '--json');
    expect(replay.status).toBe(1);
    expect(replay.json()).toMatchObject({ outcome: 'stopped', ids: [], error: expect.stringMatching(/has no queue .*redaction\.events; start redaction/) });
    expect(dlq('show', envelope.messageId, '--json').json()).toMatchObject({ id: envelope.messageId, app: 'redaction' });
  });

  it('loses nothing and applies nothing twice when the replaying process is killed midway', async () => {
    const orgId = randomUUID();
    const byCall = await strandedTranscripts(orgId, 20);
    await provision(orgId);

    const replay = spawn(process.execPath, [CLI, 'replay', '--org', orgId, '--rate', '4', '--operator', 'carol', '--json'], { env: cliEnv(), stdio: 'ignore' });
    const exited = new Promise((resolve) => replay.once('exit', resolve));
    await eventually(async () => (await storedCalls(orgId)).length >= 3, { timeoutMs: 15_000 });
    replay.kill('SIGKILL');
    await exited;

    // Every message is stored by followup or back in the dead-letter queue; none is neither.
    const stillDead = await eventually(async () => {
      const dead: string[] = dlq('replay', '--org', orgId, '--dry-run', '--json').json().ids;
      const stored = new Set(await storedCalls(orgId));
      return [...byCall].every(([callId, id]) => stored.has(callId) || dead.includes(id)) && dead;
    });
    expect(stillDead.length).toBeGreaterThan(0);
    expect(stillDead.length).toBeLessThan(20);
    const killedRun = await infra.asOwner(undefined, (db) => db.query(`SELECT outcome FROM ops.dlq_audit WHERE operator = 'carol'`));
    expect(killedRun.rows).toEqual([{ outcome: 'started' }]);

    expect(dlq('replay', '--org', orgId, '--json').json()).toMatchObject({ outcome: 'completed' });
    const stored = await eventually(async () => {
      const calls = await storedCalls(orgId);
      return calls.length >= 20 && calls;
    });
    expect(stored.sort()).toEqual([...byCall.keys()].sort());
    expect(dlq('list', '--app', 'followup', '--org', orgId, '--json').json()[0].count).toBe(0);
  });

  it('refuses a purge without --yes or without a filter, and purges with both', async () => {
    const { orgId, envelope } = await strandedTranscript();
    await publishRaw(infra, `${infra.prefix}followup.events`, 'not json at all');
    const refused = dlq('purge', '--org', orgId);
    expect(refused.status).toBe(64);
    expect(refused.stderr).toMatch(/confirm it \(--yes/);
    expect(dlq('purge', '--yes').stderr).toMatch(/purge needs a filter, or "all"/);
    expect(dlq('show', envelope.messageId, '--json').status).toBe(0);

    const purged = dlq('purge', '--org', orgId, '--yes', '--json').json();
    expect(purged).toMatchObject({ ids: [envelope.messageId], outcome: 'completed' });
    expect(dlq('show', envelope.messageId, '--json').status).toBe(1);
    expect(await auditRows(purged.auditId)).toEqual([expect.objectContaining({ action: 'purge', message_count: 1, message_ids: [envelope.messageId] })]);
    const malformed = await eventually(async () => (await dlq('list', '--app', 'followup', '--reason', 'malformed_json', '--json').json())[0].count > 0);
    expect(malformed).toBe(true);
  });
});

describe('the admin API', () => {
  const api = (path: string, init: { method?: string; body?: unknown; token?: string } = {}) =>
    fetch(`${followup.url}/admin/dlq${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { authorization: `Bearer ${init.token ?? TOKEN}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });

  it('needs an operator token, and does what the CLI does under the operator name', async () => {
    expect((await api('', { token: 'wrong-token-wrong-token-wrong' })).status).toBe(401);
    const { orgId, callId, envelope } = await strandedTranscript('My date of birth is March 4 1985');
    const list = (await (await api(`?orgId=${orgId}`)).json()) as Array<{ app: string }>;
    expect(list.find((s) => s.app === 'followup')).toMatchObject({ count: 1 });
    const shown = (await (await api(`/messages/${envelope.messageId}`)).json()) as { body: string };
    expect(shown.body).not.toContain('March 4 1985');
    expect((await (await api(`/messages/${envelope.messageId}?reveal=true`)).json()) as { body: string }).toMatchObject({ body: expect.stringContaining('March 4 1985') });
    const reveal = await infra.asOwner(undefined, (db) => db.query(`SELECT via, message_ids FROM ops.dlq_audit WHERE operator = 'alice' AND action = 'reveal'`));
    expect(reveal.rows).toEqual([{ via: 'api', message_ids: [envelope.messageId] }]);
    expect((await api('/messages/does-not-exist')).status).toBe(404);

    const bad = await api('/replay', { body: { orgId: 'not-a-uuid' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'validation_failed', field: 'orgId' });
    expect((await api('/purge', { body: { orgId } })).status).toBe(400);

    await provision(orgId);
    const replayed = (await (await api('/replay', { body: { orgId } })).json()) as { auditId: string };
    expect(replayed).toMatchObject({ ids: [envelope.messageId], outcome: 'completed' });
    await eventually(async () => (await callsOf(orgId, callId)) === 1);
    expect(await auditRows(replayed.auditId)).toEqual([expect.objectContaining({ operator: 'alice', via: 'api', action: 'replay', message_count: 1 })]);
  });
});
