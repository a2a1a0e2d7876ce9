import { randomUUID } from 'node:crypto';
import { loadConfig } from '@mo/config';
import { VerifyOtpRpc } from '@mo/contracts';
import { ManualClock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { RpcClient, RpcTimeoutError } from '@mo/messaging';
import { shutdown } from '@mo/platform';
import { createClinic, FakeRpcClient, startTestApp, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { BookingConfig } from '../src/booking.config';
import { BookingModule } from '../src/booking.module';
import { ConfirmHoldService } from '../src/holds/confirm-hold.service';
import { PlaceHoldCommand } from '../src/holds/hold-results';
import { PlaceHoldService } from '../src/holds/place-hold.service';
import { localSlot, uniquePhone } from './fixture';

/**
 * The service tier: placement and confirmation called directly, on the real database and broker,
 * with in-memory fakes only at the ports to the outside: the RPC client (otp-sms) and the clock.
 */
let infra: TestInfra;
let booking: TestApp;
let clinic: TestClinic;
const rpc = new FakeRpcClient();
const clock = new ManualClock(new Date());
let day = 2;

beforeAll(async () => {
  infra = await TestInfra.create();
  const config = loadConfig(BookingConfig, infra.env('booking', { SWEEP_INTERVAL_MS: '60000' }));
  [booking, clinic] = await Promise.all([startTestApp(BookingModule.forRoot(config), { name: 'booking', clock, fakes: [[RpcClient, rpc]] }), createClinic(infra)]);
});

afterAll(async () => {
  if (booking) await shutdown(booking.app);
  await infra?.dispose();
});

beforeEach(() => clock.set(new Date()));

const inTenant = <T>(work: () => Promise<T>): Promise<T> => booking.app.get(TenantDb).run(clinic.orgId, work);
const place = (command: PlaceHoldCommand) => inTenant(() => booking.app.get(PlaceHoldService).place(command));
const confirm = (holdId: string, code: string) => inTenant(() => booking.app.get(ConfirmHoldService).confirm(holdId, code));

const command = (startsAt: string): PlaceHoldCommand => ({
  callId: `call-${randomUUID()}`,
  appointmentTypeId: clinic.cleaning,
  resourceId: clinic.lee,
  startsAt: new Date(startsAt),
  caller: { phone: uniquePhone(), firstName: 'Sam' },
});

/** The types of the events booking's outbox holds about a hold, oldest first. */
async function eventsOf(holdId: string): Promise<string[]> {
  const { rows } = await infra.asOwner(clinic.orgId, (db) =>
    db.query<{ type: string }>(`SELECT envelope->>'type' AS type FROM booking.outbox WHERE aggregate_id = $1 ORDER BY seq`, [holdId]),
  );
  return rows.map((row) => row.type);
}

async function placed(): Promise<string> {
  const result = await place(command(localSlot(clinic, day++, '10:00')));
  if (result.type !== 'Placed') throw new Error(`placement failed: ${result.type}`);
  return result.state.hold.holdId;
}

describe('placing a hold', () => {
  it('holds a free slot and announces it, keyed by the hold', async () => {
    const result = await place(command(localSlot(clinic, day++, '10:00')));
    expect(result).toMatchObject({ type: 'Placed', state: { status: 'HELD', hold: { resourceId: clinic.lee, appointmentTypeId: clinic.cleaning } } });
    if (result.type !== 'Placed') return;
    expect(await eventsOf(result.state.hold.holdId)).toEqual(['SlotHeld']);
  });

  it('offers alternatives for a slot already held', async () => {
    const startsAt = localSlot(clinic, day++, '10:00');
    await place(command(startsAt));
    const result = await place(command(startsAt));
    expect(result.type).toBe('SlotTaken');
    if (result.type !== 'SlotTaken') return;
    expect(result.alternatives).toHaveLength(3);
    // The same time with another practitioner may be offered; the taken slot itself never is.
    expect(result.alternatives.filter((slot) => slot.resourceId === clinic.lee && slot.startsAt === startsAt)).toEqual([]);
  });

  it('refuses a time outside the hours and names the next opening', async () => {
    const result = await place(command(localSlot(clinic, day++, '22:00')));
    expect(result).toMatchObject({ type: 'NotBookable', reason: 'outside_hours', nextOpening: { label: expect.any(String) } });
  });
});

describe('confirming a hold', () => {
  it('books it when otp-sms finds the code valid, asking once with the hold and the code', async () => {
    const holdId = await placed();
    rpc.answer(VerifyOtpRpc, () => ({ result: 'valid' as const, attemptsLeft: 4 }));
    const result = await confirm(holdId, '123456');
    expect(result).toEqual({ type: 'Confirmed', bookingId: expect.any(String) });
    expect(rpc.requests.filter((r) => (r.payload as { holdId?: string }).holdId === holdId)).toEqual([{ type: 'VerifyOtp', orgId: clinic.orgId, payload: { holdId, code: '123456' } }]);
    expect(await eventsOf(holdId)).toEqual(['SlotHeld', 'BookingConfirmed']);
    // Settled: a second confirm gives the same booking and asks otp-sms nothing.
    expect(await confirm(holdId, '123456')).toEqual(result);
    expect(rpc.requests.filter((r) => (r.payload as { holdId?: string }).holdId === holdId)).toHaveLength(1);
  });

  it('keeps the hold pending on a wrong code, with the attempts left', async () => {
    const holdId = await placed();
    rpc.answer(VerifyOtpRpc, () => ({ result: 'invalid' as const, attemptsLeft: 2 }));
    expect(await confirm(holdId, '000000')).toEqual({ type: 'CodeWrong', attemptsLeft: 2 });
    expect(await eventsOf(holdId)).toEqual(['SlotHeld']);
  });

  it('changes nothing when otp-sms does not answer in time', async () => {
    const holdId = await placed();
    rpc.answer(VerifyOtpRpc, () => {
      throw new RpcTimeoutError('VerifyOtp', 2_000);
    });
    expect(await confirm(holdId, '123456')).toEqual({ type: 'OtpUnavailable', cause: 'RpcTimeoutError' });
    expect(await eventsOf(holdId)).toEqual(['SlotHeld']);
  });

  it('releases a hold whose deadline has passed instead of asking otp-sms', async () => {
    const holdId = await placed();
    const asked = rpc.requests.length;
    clock.advance(301_000);
    expect(await confirm(holdId, '123456')).toEqual({ type: 'Released', reason: 'expired' });
    expect(rpc.requests).toHaveLength(asked);
  });
});
