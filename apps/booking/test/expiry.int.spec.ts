import { ConfirmationMissed, HoldExpired, HoldReleased, routingKeyOf } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { AmqpProbe, call, createClinic, eventually, TestClinic, TestInfra } from '@infra/testing';
import { HoldSweeper } from '../src/holds/hold-sweeper';
import { holdBody, holdStatus, localSlot, startBooking, stopApp } from './fixture';

let infra: TestInfra;
let clinic: TestClinic;
let probe: AmqpProbe;
const clock = new ManualClock(new Date());

beforeAll(async () => {
  infra = await TestInfra.create();
  clinic = await createClinic(infra, { holdTtlSeconds: 300 });
  probe = await AmqpProbe.start(infra, [routingKeyOf(HoldExpired), routingKeyOf(ConfirmationMissed), routingKeyOf(HoldReleased)]);
});

afterAll(async () => {
  await probe?.close();
  await infra?.dispose();
});

const events = (type: string, holdId: string) => probe.ofType(type).filter((m) => m.envelope.payload.holdId === holdId);

describe('expiry', () => {
  it('is done by the surviving instance when the one that took the hold is gone', async () => {
    const [first, second] = await Promise.all([startBooking(infra, { clock }), startBooking(infra, { clock })]);
    try {
      const startsAt = localSlot(clinic, 2, '14:00', clock.now());
      const hold = await call(`${first.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, startsAt, { caller: { phone: '+13125550180', firstName: 'Sam' } }) });
      expect(hold.status).toBe(201);
      expect(new Date(hold.body.expiresAt).getTime() - clock.now().getTime()).toBe(300_000);
      await stopApp(first);

      clock.advance(299_000);
      expect(await second.app.get(HoldSweeper).runOnce()).toBe(0);
      expect((await holdStatus(second, clinic, hold.body.holdId)).status).toBe('HELD');

      clock.advance(1_000);
      await eventually(async () => (await holdStatus(second, clinic, hold.body.holdId)).status === 'RELEASED');
      expect(await holdStatus(second, clinic, hold.body.holdId)).toMatchObject({ releaseReason: 'expired' });

      const missed = await probe.waitFor((m) => m.envelope.type === 'ConfirmationMissed' && m.envelope.payload.holdId === hold.body.holdId);
      expect(missed.envelope.payload).toEqual({
        holdId: hold.body.holdId,
        callId: hold.body.callId,
        resourceId: clinic.lee,
        resourceName: 'Dr Lee',
        appointmentTypeId: clinic.cleaning,
        appointmentTypeName: 'Cleaning',
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(new Date(startsAt).getTime() + 30 * 60_000).toISOString(),
        startsAtLocal: expect.stringMatching(/, 2:00 pm$/),
        timezone: 'America/Chicago',
        clinicName: 'Test Dental',
        callerPhone: '+13125550180',
        callerFirstName: 'Sam',
        reason: 'expired',
        missedAt: clock.now().toISOString(),
      });
      await probe.waitFor((m) => m.envelope.type === 'HoldExpired' && m.envelope.payload.holdId === hold.body.holdId);
      // The correlation id of the request that placed the hold, though a sweeper emitted these.
      expect(missed.envelope.correlationId).toBe(events('HoldExpired', hold.body.holdId)[0]!.envelope.correlationId);

      const again = await call(`${second.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, startsAt) });
      expect(again.status).toBe(201);
      expect(await second.app.get(HoldSweeper).runOnce()).toBe(0);
      expect(events('ConfirmationMissed', hold.body.holdId)).toHaveLength(1);
    } finally {
      await stopApp(first).catch(() => undefined);
      await stopApp(second);
    }
  });

  it('refuses a confirm that arrives after the deadline, before any sweep', async () => {
    const booking = await startBooking(infra, { clock, env: { SWEEP_INTERVAL_MS: '60000' } });
    try {
      const hold = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, localSlot(clinic, 3, '09:00', clock.now())) });
      clock.advance(301_000);
      const late = await call(`${booking.url}/v1/holds/${hold.body.holdId}/confirm`, { apiKey: clinic.apiKey, body: { code: '123456' } });
      expect(late.status).toBe(410);
      expect(late.body).toMatchObject({ error: 'hold_expired', reason: 'expired' });
      await probe.waitFor((m) => m.envelope.type === 'ConfirmationMissed' && m.envelope.payload.holdId === hold.body.holdId);
    } finally {
      await stopApp(booking);
    }
  });
});

describe('the end of a call', () => {
  it('releases its pending holds and follows up with the caller', async () => {
    const booking = await startBooking(infra, { clock });
    try {
      const callId = `ended-${Date.now()}`;
      const first = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, localSlot(clinic, 4, '09:00', clock.now()), { callId }) });
      const second = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, localSlot(clinic, 4, '10:00', clock.now()), { callId }) });
      const ended = await call(`${booking.url}/v1/calls/${callId}/ended`, { apiKey: clinic.apiKey, method: 'POST' });
      expect(ended.status).toBe(200);
      expect(ended.body.released.sort()).toEqual([first.body.holdId, second.body.holdId].sort());
      for (const hold of [first, second]) {
        expect(await holdStatus(booking, clinic, hold.body.holdId)).toMatchObject({ status: 'RELEASED', releaseReason: 'call_ended' });
        const missed = await probe.waitFor((m) => m.envelope.type === 'ConfirmationMissed' && m.envelope.payload.holdId === hold.body.holdId);
        expect(missed.envelope.payload.reason).toBe('call_ended');
        await probe.waitFor((m) => m.envelope.type === 'HoldReleased' && m.envelope.payload.holdId === hold.body.holdId && m.envelope.payload.reason === 'call_ended');
      }
      const repeat = await call(`${booking.url}/v1/calls/${callId}/ended`, { apiKey: clinic.apiKey, method: 'POST' });
      expect(repeat.body.released).toEqual([]);
    } finally {
      await stopApp(booking);
    }
  });

  it('cancels one hold on request and leaves confirmed ones alone', async () => {
    const booking = await startBooking(infra, { clock });
    try {
      const hold = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, localSlot(clinic, 5, '09:00', clock.now())) });
      const cancelled = await call(`${booking.url}/v1/holds/${hold.body.holdId}/cancel`, { apiKey: clinic.apiKey, method: 'POST' });
      expect(cancelled).toMatchObject({ status: 200, body: { status: 'RELEASED', releaseReason: 'cancelled' } });
      await probe.waitFor((m) => m.envelope.type === 'HoldReleased' && m.envelope.payload.holdId === hold.body.holdId && m.envelope.payload.reason === 'cancelled');
      expect(events('ConfirmationMissed', hold.body.holdId)).toHaveLength(0);
    } finally {
      await stopApp(booking);
    }
  });
});
