import { randomUUID } from 'node:crypto';
import { ManualClock } from '@mo/context';
import { shutdown } from '@mo/platform';
import { createClinic, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import type { TwilioSandbox } from '@infra/twilio-sandbox';
import { RetentionJanitor } from '@mo/privacy';
import { startOtpSms } from './fixture';

/** Challenges and messages past the tenant's retention lose their phone; live codes and other tenants keep theirs. */
let infra: TestInfra;
let otp: TestApp;
let sandbox: TwilioSandbox;
let brief: TestClinic;
let other: TestClinic;
const PHONE = '+13125550147';

beforeAll(async () => {
  infra = await TestInfra.create();
  [{ otp, sandbox }, brief, other] = await Promise.all([startOtpSms(infra, new ManualClock(new Date())), createClinic(infra, { name: 'Brief Dental' }), createClinic(infra)]);
  const admin = tenantAdmin(infra);
  await admin.setFollowupSettings(brief.orgId, { retentionDays: 7 }).finally(() => admin.close());
});

afterAll(async () => {
  if (otp) await shutdown(otp.app);
  await sandbox?.stop();
  await infra?.dispose();
});

/** `live` keeps the code unexpired however old the row is: only such a code is still in use. */
async function challenge(clinic: TestClinic, status: string, ageDays: number, live = false): Promise<string> {
  const id = randomUUID();
  await infra.asOwner(clinic.orgId, (db) =>
    db.query(
      `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, expires_at, created_at)
       VALUES ($1, $2, gen_random_uuid(), $3, sha256('x'), $4, CASE WHEN $6 THEN now() + interval '5 minutes' ELSE now() - make_interval(days => $5) + interval '5 minutes' END, now() - make_interval(days => $5))`,
      [clinic.orgId, id, PHONE, status, ageDays, live],
    ),
  );
  return id;
}

async function message(clinic: TestClinic, ageDays: number): Promise<string> {
  const id = randomUUID();
  await infra.asOwner(clinic.orgId, (db) =>
    db.query(
      `INSERT INTO otp_sms.messages (org_id, message_id, purpose, to_phone, status, status_rank, created_at, updated_at)
       VALUES ($1, $2, 'otp', $3, 'delivered', 3, now() - make_interval(days => $4), now() - make_interval(days => $4))`,
      [clinic.orgId, id, PHONE, ageDays],
    ),
  );
  return id;
}

const phoneOf = async (clinic: TestClinic, table: 'challenges' | 'messages', id: string) =>
  (
    await infra.asOwner(clinic.orgId, (db) =>
      db.query(table === 'challenges' ? `SELECT phone FROM otp_sms.challenges WHERE challenge_id = $1` : `SELECT to_phone AS phone FROM otp_sms.messages WHERE message_id = $1`, [id]),
    )
  ).rows[0].phone;

describe('the retention janitor', () => {
  it("clears the phone from challenges and messages older than the tenant's retention, and nothing else", async () => {
    // An 'active' code past its expiry whose hold's release has not voided it yet: no longer live.
    const old = { used: await challenge(brief, 'used', 8), sent: await message(brief, 8), neverVoided: await challenge(brief, 'active', 8) };
    const kept = { fresh: await challenge(brief, 'expired', 6), freshMessage: await message(brief, 6), live: await challenge(brief, 'active', 8, true) };
    const otherTenant = { challenge: await challenge(other, 'used', 8), message: await message(other, 8) };

    expect(await otp.app.get(RetentionJanitor).runOnce()).toBeGreaterThanOrEqual(1);
    expect(await phoneOf(brief, 'challenges', old.used)).toBe('');
    expect(await phoneOf(brief, 'messages', old.sent)).toBe('');
    expect(await phoneOf(brief, 'challenges', old.neverVoided)).toBe('');
    expect(await phoneOf(brief, 'challenges', kept.fresh)).toBe(PHONE);
    expect(await phoneOf(brief, 'challenges', kept.live)).toBe(PHONE);
    expect(await phoneOf(brief, 'messages', kept.freshMessage)).toBe(PHONE);
    expect(await phoneOf(other, 'challenges', otherTenant.challenge)).toBe(PHONE);
    expect(await phoneOf(other, 'messages', otherTenant.message)).toBe(PHONE);
    expect(await otp.app.get(RetentionJanitor).runOnce()).toBe(0);
  });
});
