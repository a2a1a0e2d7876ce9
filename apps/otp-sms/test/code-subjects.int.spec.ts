import { randomUUID } from 'node:crypto';
import { SlotHeld } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { shutdown } from '@mo/platform';
import { createClinic, eventually, publishEvent, TestApp, TestClinic, TestInfra } from '@infra/testing';
import type { TwilioSandbox } from '@infra/twilio-sandbox';
import { CodeSubjectJanitor } from '../src/otp/code-subject-janitor';
import { slotHeldFor, startOtpSms } from './fixture';

/** Code subjects' tombstones are pruned a day after they close; a SlotHeld that comes later still texts nothing. */
let infra: TestInfra;
let otp: TestApp;
let sandbox: TwilioSandbox;
let clinic: TestClinic;
let other: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  [{ otp, sandbox }, clinic, other] = await Promise.all([startOtpSms(infra, new ManualClock(new Date())), createClinic(infra), createClinic(infra, { name: 'Other Dental' })]);
});

afterAll(async () => {
  if (otp) await shutdown(otp.app);
  await sandbox?.stop();
  await infra?.dispose();
});

async function subject(target: TestClinic, state: 'none' | 'issued' | 'closed', ageHours: number): Promise<ReturnType<typeof randomUUID>> {
  const id = randomUUID();
  await infra.asOwner(target.orgId, (db) =>
    db.query(`INSERT INTO otp_sms.code_subjects (org_id, subject_id, state, updated_at) VALUES ($1, $2, $3, now() - make_interval(hours => $4))`, [target.orgId, id, state, ageHours]),
  );
  return id;
}

const stateOf = async (target: TestClinic, id: string): Promise<string | undefined> =>
  (await infra.asOwner(target.orgId, (db) => db.query<{ state: string }>(`SELECT state FROM otp_sms.code_subjects WHERE subject_id = $1`, [id]))).rows[0]?.state;

describe('the code-subject janitor', () => {
  it('prunes subjects that will never get a code a day after their last change, in every tenant, and keeps the rest', async () => {
    const pruned = { closed: await subject(clinic, 'closed', 25), neverOpened: await subject(clinic, 'none', 25), otherTenant: await subject(other, 'closed', 25) };
    const kept = { recent: await subject(clinic, 'closed', 23), issued: await subject(clinic, 'issued', 24 * 30) };

    expect(await otp.app.get(CodeSubjectJanitor).runOnce()).toBeGreaterThanOrEqual(3);
    expect(await stateOf(clinic, pruned.closed)).toBeUndefined();
    expect(await stateOf(clinic, pruned.neverOpened)).toBeUndefined();
    expect(await stateOf(other, pruned.otherTenant)).toBeUndefined();
    expect(await stateOf(clinic, kept.recent)).toBe('closed');
    expect(await stateOf(clinic, kept.issued)).toBe('issued');
    expect(await otp.app.get(CodeSubjectJanitor).runOnce()).toBe(0);
  });

  it('given a hold released and its tombstone pruned, when its SlotHeld is replayed from the dead letters, then no code is texted', async () => {
    const holdId = await subject(clinic, 'closed', 25);
    await otp.app.get(CodeSubjectJanitor).runOnce();
    expect(await stateOf(clinic, holdId)).toBeUndefined();

    const to = '+14155550991';
    // The hold lasted five minutes, two days ago.
    await publishEvent(infra, SlotHeld, clinic.orgId, { ...slotHeldFor(clinic, to, holdId), expiresAt: new Date(Date.now() - 2 * 86_400_000).toISOString() });
    // Handled: the subject's row is locked and written in the transaction that would have written the code.
    expect(await eventually(() => stateOf(clinic, holdId))).toBe('none');
    const challenges = await infra.asOwner(clinic.orgId, (db) => db.query(`SELECT 1 FROM otp_sms.challenges WHERE hold_id = $1`, [holdId]));
    expect(challenges.rows).toEqual([]);
    expect(sandbox.messages.filter((m) => m.to === to)).toEqual([]);
  });
});
