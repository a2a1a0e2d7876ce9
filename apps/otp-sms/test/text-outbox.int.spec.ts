import { randomBytes, randomUUID } from 'node:crypto';
import { HoldReleased, OtpSent, PayloadOf, routingKeyOf, SlotHeld, SmsFailed } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { SecretBox } from '@mo/crypto';
import { shutdown } from '@mo/platform';
import { AmqpProbe, createClinic, eventually, phoneSequence, publishEvent, TestApp, TestClinic, TestInfra, textsTo } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { PENDING_TEXTS_BOX, sealedFor } from '../src/sms/pending-text-seal';
import { TextDispatcher } from '../src/sms/text-dispatcher';
import { slotHeldFor, startOtpSms } from './fixture';

/**
 * The SMS outbox: a SlotHeld is acked once its code and pending text commit, the dispatcher sends
 * the text outside any transaction, and a text a crash left behind is sent by a later claim.
 */
let infra: TestInfra;
let sandbox: TwilioSandbox;
let otp: TestApp;
let clinic: TestClinic;
let probe: AmqpProbe;
const clock = new ManualClock(new Date());
const phone = phoneSequence('646');

beforeAll(async () => {
  infra = await TestInfra.create();
  // Two messages in hand at a time, and no poll but the test's own.
  [{ otp, sandbox }, clinic] = await Promise.all([startOtpSms(infra, clock, { AMQP_PREFETCH: '2', SMS_DISPATCH_POLL_MS: '3600000' }), createClinic(infra)]);
  probe = await AmqpProbe.start(infra, [routingKeyOf(OtpSent), routingKeyOf(SmsFailed)]);
});

afterAll(async () => {
  await probe?.close();
  if (otp) await shutdown(otp.app);
  await sandbox?.stop();
  await infra?.dispose();
});

const eventsFor = (type: string, holdId: string) => probe.ofType(type).filter((m) => m.envelope.payload.holdId === holdId);
const released = (held: PayloadOf<typeof SlotHeld>): PayloadOf<typeof HoldReleased> => ({
  holdId: held.holdId,
  callId: held.callId,
  resourceId: held.resourceId,
  startsAt: held.startsAt,
  endsAt: held.endsAt,
  callerPhone: held.callerPhone,
  reason: 'call_ended',
  releasedAt: clock.now().toISOString(),
});
/** The rows of one query in the clinic's tenant, as the tables' owner. */
const rows = async <T extends object>(sql: string, params: unknown[]): Promise<T[]> => (await infra.asOwner(clinic.orgId, (db) => db.query<T>(sql, params))).rows;
const subjectState = async (holdId: string) => (await rows<{ state: string }>(`SELECT state FROM otp_sms.code_subjects WHERE subject_id = $1`, [holdId]))[0]?.state;
const messageStatus = async (messageId: string) => (await rows<{ status: string }>(`SELECT status FROM otp_sms.messages WHERE message_id = $1`, [messageId]))[0]?.status;
const pendingCount = async (messageId: string) => (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM otp_sms.pending_texts WHERE message_id = $1`, [messageId]))[0]!.n;

/** A code and its pending text as a SlotHeld's transaction writes them, claimed `claims` times by senders that died. */
async function leftPending(options: { claims: number; challenge: 'active' | 'void'; expiresInMs?: number }): Promise<{ holdId: string; messageId: string; to: string }> {
  const [holdId, messageId, to] = [randomUUID(), randomUUID(), phone()];
  const box = otp.app.get<SecretBox>(PENDING_TEXTS_BOX);
  const at = clock.now();
  const past = new Date(at.getTime() - 1_000);
  await infra.asOwner(clinic.orgId, async (db) => {
    await db.query(`INSERT INTO otp_sms.messages (org_id, message_id, purpose, hold_id, to_phone, status, status_rank, created_at, updated_at) VALUES ($1, $2, 'otp', $3, $4, 'sending', 0, $5, $5)`, [
      clinic.orgId,
      messageId,
      holdId,
      to,
      at,
    ]);
    await db.query(`INSERT INTO otp_sms.pending_texts (org_id, message_id, body_sealed, claims, not_before, created_at) VALUES ($1, $2, $3, $4, $5, $5)`, [
      clinic.orgId,
      messageId,
      box.seal('123456 is your code for Test Dental.', sealedFor(clinic.orgId, messageId)),
      options.claims,
      past,
    ]);
    await db.query(
      `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, expires_at, created_at, message_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [clinic.orgId, randomUUID(), holdId, to, randomBytes(32), options.challenge, new Date(at.getTime() + (options.expiresInMs ?? 600_000)), at, messageId],
    );
  });
  return { holdId, messageId, to };
}

async function pollOnce(): Promise<number> {
  const dispatcher = otp.app.get(TextDispatcher);
  const queued = await dispatcher.runOnce();
  await dispatcher.settled();
  return queued;
}

describe('a SlotHeld and its HoldReleased in either order', () => {
  it('texts nothing when the release is handled first, and the late SlotHeld decides nothing', async () => {
    const held = slotHeldFor(clinic, phone());
    const release = await publishEvent(infra, HoldReleased, clinic.orgId, released(held));
    await eventually(async () => (await rows(`SELECT 1 FROM otp_sms.inbox WHERE message_id = $1`, [release.messageId])).length === 1);
    await publishEvent(infra, SlotHeld, clinic.orgId, held);
    // A sentinel behind it on the same queue: once its code is out, the SlotHeld has been handled.
    const sentinel = slotHeldFor(clinic, phone());
    await publishEvent(infra, SlotHeld, clinic.orgId, sentinel);
    await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === sentinel.holdId);

    expect(textsTo(sandbox, held.callerPhone)).toHaveLength(0);
    expect(eventsFor('OtpSent', held.holdId)).toHaveLength(0);
    expect(eventsFor('SmsFailed', held.holdId)).toHaveLength(0);
    expect(await rows(`SELECT 1 FROM otp_sms.challenges WHERE hold_id = $1`, [held.holdId])).toHaveLength(0);
  });

  it('voids the code when the release comes after, and a text still pending then is canceled, not sent', async () => {
    const { holdId, messageId, to } = await leftPending({ claims: 1, challenge: 'active' });
    await infra.asOwner(clinic.orgId, (db) => db.query(`INSERT INTO otp_sms.code_subjects (org_id, subject_id, state, updated_at) VALUES ($1, $2, 'issued', now())`, [clinic.orgId, holdId]));
    await publishEvent(infra, HoldReleased, clinic.orgId, released({ ...slotHeldFor(clinic, to), holdId }));
    await eventually(async () => (await subjectState(holdId)) === 'closed');

    expect(await pollOnce()).toBe(1);
    expect(textsTo(sandbox, to)).toHaveLength(0);
    expect(await messageStatus(messageId)).toBe('canceled');
    expect(await pendingCount(messageId)).toBe(0);
    expect(eventsFor('SmsFailed', holdId)).toHaveLength(0);
  });
});

describe('pending texts', () => {
  it('are acked before the provider answers: more SlotHeld than the prefetch are taken while the provider stalls', async () => {
    const holds = Array.from({ length: 6 }, () => slotHeldFor(clinic, phone()));
    sandbox.pauseSending();
    try {
      await Promise.all(holds.map((held) => publishEvent(infra, SlotHeld, clinic.orgId, held)));
      // Prefetch 2: before the outbox, the third SlotHeld waited for the first text's answer.
      await eventually(() => sandbox.waitingSends === holds.length);
    } finally {
      sandbox.resumeSending();
    }
    await eventually(() => holds.every((held) => eventsFor('OtpSent', held.holdId).length === 1));
    expect(holds.map((held) => textsTo(sandbox, held.callerPhone).length)).toEqual(holds.map(() => 1));
  });

  it('left by a sender that died are sent by the next claim once their lease has run out, once', async () => {
    const { holdId, messageId, to } = await leftPending({ claims: 1, challenge: 'active' });
    expect(await pollOnce()).toBe(1);
    const sent = await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === holdId);
    expect(sent.envelope.payload).toMatchObject({ holdId, messageId, resend: false });
    expect(textsTo(sandbox, to).map((m) => m.body)).toEqual(['123456 is your code for Test Dental.']);
    expect(await pendingCount(messageId)).toBe(0);
    expect(await pollOnce()).toBe(0);
    expect(textsTo(sandbox, to)).toHaveLength(1);
  });

  it('whose code expired while they waited are canceled, not sent', async () => {
    const { messageId, to } = await leftPending({ claims: 1, challenge: 'active', expiresInMs: -1 });
    expect(await pollOnce()).toBe(1);
    expect(textsTo(sandbox, to)).toHaveLength(0);
    expect(await messageStatus(messageId)).toBe('canceled');
  });

  it('are not claimed again while a claim holds them', async () => {
    const { messageId, to } = await leftPending({ claims: 0, challenge: 'active' });
    // Claimed by another instance, whose lease runs a minute yet.
    await infra.asOwner(clinic.orgId, (db) => db.query(`UPDATE otp_sms.pending_texts SET claims = 1, not_before = $2 WHERE message_id = $1`, [messageId, new Date(clock.now().getTime() + 60_000)]));
    expect(await pollOnce()).toBe(0);
    expect(textsTo(sandbox, to)).toHaveLength(0);
    expect(await pendingCount(messageId)).toBe(1);
  });

  it('whose claim ran out during the send leave its answer to the later claim: nothing of it is stored', async () => {
    const { holdId, messageId, to } = await leftPending({ claims: 1, challenge: 'active' });
    const dispatcher = otp.app.get(TextDispatcher);
    sandbox.pauseSending();
    try {
      expect(await dispatcher.runOnce()).toBe(1);
      await eventually(() => sandbox.waitingSends === 1);
      // Another instance claims it meanwhile, as if this send had outlasted its lease.
      await infra.asOwner(clinic.orgId, (db) => db.query(`UPDATE otp_sms.pending_texts SET claims = claims + 1, not_before = $2 WHERE message_id = $1`, [messageId, new Date(clock.now().getTime() + 60_000)]));
    } finally {
      sandbox.resumeSending();
    }
    await dispatcher.settled();
    expect(textsTo(sandbox, to)).toHaveLength(1);
    // The answer, its OtpSent and the pending row's delete were written together and rolled back
    // (the provider's own status callbacks may still move the message row: they are not this claim's).
    expect(await pendingCount(messageId)).toBe(1);
    expect(await rows(`SELECT 1 FROM otp_sms.outbox WHERE aggregate_id = $1 AND routing_key = $2`, [holdId, routingKeyOf(OtpSent)])).toHaveLength(0);
  });

  it('left unanswered by three claims are reported failed, their code voided, and never sent', async () => {
    const { holdId, messageId, to } = await leftPending({ claims: 3, challenge: 'active' });
    expect(await pollOnce()).toBe(1);
    const failed = await probe.waitFor((m) => m.envelope.type === 'SmsFailed' && m.envelope.payload.holdId === holdId);
    expect(failed.envelope.payload).toMatchObject({ purpose: 'otp', messageId, reason: 'api_error' });
    expect(textsTo(sandbox, to)).toHaveLength(0);
    expect(await messageStatus(messageId)).toBe('failed');
    expect(await rows(`SELECT status FROM otp_sms.challenges WHERE message_id = $1`, [messageId])).toEqual([{ status: 'void' }]);
  });

  it('keep their body only sealed, and only until the provider has answered', async () => {
    const held = slotHeldFor(clinic, phone());
    sandbox.pauseSending();
    try {
      await publishEvent(infra, SlotHeld, clinic.orgId, held);
      await eventually(() => sandbox.waitingSends === 1);
      const pending = await rows<{ body_sealed: Buffer }>(`SELECT p.body_sealed FROM otp_sms.pending_texts p JOIN otp_sms.messages m USING (org_id, message_id) WHERE m.hold_id = $1`, [held.holdId]);
      expect(pending).toHaveLength(1);
      expect(pending[0]!.body_sealed.toString('latin1')).not.toMatch(/Test Dental|\d{6}/);
    } finally {
      sandbox.resumeSending();
    }
    await probe.waitFor((m) => m.envelope.type === 'OtpSent' && m.envelope.payload.holdId === held.holdId);
    expect(await rows(`SELECT 1 FROM otp_sms.pending_texts p JOIN otp_sms.messages m USING (org_id, message_id) WHERE m.hold_id = $1`, [held.holdId])).toHaveLength(0);
  });
});
