import { randomUUID } from 'node:crypto';
import { ManualClock } from '@mo/context';
import { DeadLetterAdminService, DeadLetterJanitor } from '@mo/dead-letters';
import { shutdown } from '@mo/platform';
import { createClinic, publishRaw, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { startFollowup } from './fixture';

/** Dead letters past their tenant's retention are dropped by the app's janitor, and the drop is audited. */
let infra: TestInfra;
let followup: TestApp;
let brief: TestClinic;
let other: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  [followup, brief, other] = await Promise.all([startFollowup(infra, new ManualClock(new Date())), createClinic(infra, { name: 'Brief Dental', twilio: 'none' }), createClinic(infra, { twilio: 'none' })]);
  const admin = tenantAdmin(infra);
  await admin.setFollowupSettings(brief.orgId, { retentionDays: 7 }).finally(() => admin.close());
});

afterAll(async () => {
  if (followup) await shutdown(followup.app);
  await infra?.dispose();
});

async function deadLetter(orgId: string | undefined, ageDays: number): Promise<string> {
  const messageId = randomUUID();
  const envelope = { messageId, type: 'SlotHeld', version: 1, ...(orgId ? { orgId } : {}), correlationId: messageId, occurredAt: new Date().toISOString(), payload: { callerPhone: '+13125550147' } };
  await publishRaw(infra, `${infra.prefix}followup.dlq`, JSON.stringify(envelope), {
    'x-mo-dead-letter-reason': 'permanent_failure',
    'x-mo-last-failure-at': new Date(Date.now() - ageDays * 86_400_000).toISOString(),
  });
  return messageId;
}

describe("the dead-letter janitor", () => {
  it("drops letters older than their tenant's retention (30 days without one), audits them by id, and keeps the rest", async () => {
    const expired = [await deadLetter(brief.orgId, 8), await deadLetter(other.orgId, 31), await deadLetter(undefined, 31)];
    const kept = [await deadLetter(brief.orgId, 6), await deadLetter(other.orgId, 8), await deadLetter(undefined, 8)];

    expect(await followup.app.get(DeadLetterJanitor).runOnce()).toBe(3);
    const audit = await infra.asOwner(undefined, async (db) => (await db.query(`SELECT operator, via, action, outcome, message_ids FROM ops.dlq_audit WHERE action = 'expire'`)).rows);
    expect(audit).toEqual([{ operator: 'retention-janitor', via: 'janitor', action: 'expire', outcome: 'completed', message_ids: expect.arrayContaining(expired) }]);
    expect(audit[0].message_ids).toHaveLength(3);

    // What is left is exactly what was kept; a pass with nothing to drop writes no audit row.
    expect(await followup.app.get(DeadLetterJanitor).runOnce()).toBe(0);
    const left = await infra.asOwner(undefined, async (db) => (await db.query(`SELECT count(*)::int AS n FROM ops.dlq_audit WHERE action = 'expire'`)).rows[0].n);
    expect(left).toBe(1);
    const remaining = await followup.app.get(DeadLetterAdminService).with((ops) => ops.replay({ apps: ['followup'], all: true }, { operator: 'test', via: 'cli' }, { dryRun: true }));
    expect(remaining.ids.sort()).toEqual([...kept].sort());
  });
});
