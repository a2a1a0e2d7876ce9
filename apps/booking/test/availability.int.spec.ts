import { ManualClock } from '@mo/context';
import { call, createClinic, eventually, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { holdBody, startBooking, stopApp } from './fixture';

let infra: TestInfra;
let booking: TestApp;
let clinic: TestClinic;
/** Monday 30 November 2026, 09:00 in Chicago. */
const clock = new ManualClock(new Date('2026-11-30T15:00:00Z'));

beforeAll(async () => {
  infra = await TestInfra.create();
  [booking, clinic] = await Promise.all([startBooking(infra, { clock }), createClinic(infra)]);
});

afterAll(async () => {
  await stopApp(booking);
  await infra?.dispose();
});

const availability = (query: Record<string, string>) =>
  call(`${booking.url}/v1/availability?${new URLSearchParams({ appointmentTypeId: clinic.cleaning, ...query })}`, { apiKey: clinic.apiKey });

describe('GET /v1/availability', () => {
  it('lists free slots in UTC with labels in the clinic zone, without held ones', async () => {
    const taken = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, '2026-12-01T15:00:00Z') });
    expect(taken.status).toBe(201);
    const response = await availability({ from: '2026-12-01T14:00:00Z', to: '2026-12-01T16:00:00Z', resourceId: clinic.lee });
    expect(response.status).toBe(200);
    expect(response.body.timezone).toBe('America/Chicago');
    expect(response.body.appointmentType).toEqual({ id: clinic.cleaning, name: 'Cleaning', durationMinutes: 30 });
    expect(response.body.slots[0]).toEqual({
      resourceId: clinic.lee,
      resourceName: 'Dr Lee',
      startsAt: '2026-12-01T14:00:00.000Z',
      endsAt: '2026-12-01T14:30:00.000Z',
      label: 'Tuesday 1 December, 8:00 am',
    });
    // 14:45, 15:00 and 15:15 would overlap the held 15:00–15:30 slot.
    expect(response.body.slots.map((s: { startsAt: string }) => s.startsAt.slice(11, 16))).toEqual(['14:00', '14:15', '14:30', '15:30', '15:45']);
  });

  it('leaves out closures', async () => {
    const admin = tenantAdmin(infra);
    await admin.addClosure(clinic.orgId, { from: new Date('2026-12-02T14:00:00Z'), to: new Date('2026-12-02T16:00:00Z'), reason: 'staff meeting' });
    await admin.close();
    // The schedule is cached; the change notification reaches it within milliseconds of the commit.
    const starts = await eventually(async () => {
      const response = await availability({ from: '2026-12-02T14:00:00Z', to: '2026-12-02T16:30:00Z', resourceId: clinic.ray });
      const list = response.body.slots.map((s: { startsAt: string }) => s.startsAt);
      return list.length === 2 ? list : undefined;
    });
    expect(starts).toEqual(['2026-12-02T16:00:00.000Z', '2026-12-02T16:15:00.000Z']);
  });

  it('refuses a hold in a closure created a moment ago: the cached schedule is dropped on change', async () => {
    const start = '2026-12-04T16:00:00Z';
    expect((await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, '2026-12-04T15:00:00Z') })).status).toBe(201);
    const admin = tenantAdmin(infra);
    await admin.addClosure(clinic.orgId, { resourceId: clinic.lee, from: new Date(start), to: new Date('2026-12-04T18:00:00Z') });
    await admin.close();
    // Well inside the cache's 60 s lifetime: only the change notification can make this pass.
    await eventually(async () => {
      const slots = (await availability({ from: start, to: '2026-12-04T17:00:00Z', resourceId: clinic.lee })).body.slots;
      return slots.length === 0;
    }, { timeoutMs: 2_000 });
    const response = await call(`${booking.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, start) });
    expect(response).toMatchObject({ status: 422, body: { error: 'clinic_closed' } });
  });

  it('answers 422 when the whole window is in the past', async () => {
    const response = await availability({ from: '2026-11-29T15:00:00Z', to: '2026-11-30T14:00:00Z' });
    expect(response).toMatchObject({ status: 422, body: { error: 'range_in_past', field: 'to' } });
  });

  it('answers 422 with the next opening when the clinic is closed all window', async () => {
    const response = await availability({ from: '2026-12-01T03:00:00Z', to: '2026-12-01T05:00:00Z' });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ error: 'outside_working_hours', nextOpenAt: '2026-12-01T14:00:00.000Z', nextOpenLabel: 'Tuesday 1 December, 8:00 am' });
  });

  it.each([
    [{ from: '2026-12-02T10:00:00Z', to: '2026-12-02T09:00:00Z' }, 'to'],
    [{ from: '2026-12-02T10:00:00Z', to: '2026-12-20T10:00:00Z' }, 'to'],
    [{ from: 'tomorrow', to: '2026-12-02T09:00:00Z' }, 'from'],
    [{ from: '2026-12-02T10:00:00Z', to: '2026-12-02T11:00:00Z', limit: '0' }, 'limit'],
  ])('answers 400 naming the field for %j', async (query, field) => {
    const response = await availability(query);
    expect(response).toMatchObject({ status: 400, body: { error: 'validation_failed', field } });
  });

  it('answers 404 for an unknown appointment type', async () => {
    const response = await call(
      `${booking.url}/v1/availability?appointmentTypeId=00000000-0000-4000-8000-000000000000&from=2026-12-02T10:00:00Z&to=2026-12-02T11:00:00Z`,
      { apiKey: clinic.apiKey },
    );
    expect(response).toMatchObject({ status: 404, body: { error: 'appointment_type_not_found' } });
  });
});

describe('the booking horizon', () => {
  const hold = (target: TestClinic, startsAt: string) => call(`${booking.url}/v1/holds`, { apiKey: target.apiKey, body: holdBody(target, startsAt) });

  it('refuses a hold in the year 9999, and one past the default 365 days, with 422 beyond_booking_horizon', async () => {
    expect(await hold(clinic, '9999-12-01T15:00:00Z')).toMatchObject({ status: 422, body: { error: 'beyond_booking_horizon', field: 'startsAt', horizonDays: 365 } });
    // Tuesday 7 December 2027, 9:00 in Chicago: 372 days ahead, on a working day.
    expect(await hold(clinic, '2027-12-07T15:00:00Z')).toMatchObject({ status: 422, body: { error: 'beyond_booking_horizon' } });
  });

  it('refuses availability that starts past the horizon, naming from', async () => {
    const response = await availability({ from: '2027-12-07T14:00:00Z', to: '2027-12-08T00:00:00Z' });
    expect(response).toMatchObject({ status: 422, body: { error: 'beyond_booking_horizon', field: 'from', horizonDays: 365 } });
  });

  it('is set per clinic with the booking policy: slots stop at it, holds past it are refused', async () => {
    const near = await createClinic(infra, { name: 'Near Dental' });
    const admin = tenantAdmin(infra);
    await admin.setBookingPolicy(near.orgId, { bookingHorizonDays: 2 }).finally(() => admin.close());
    // From Monday 09:00: Tuesday is inside two days, Thursday is not.
    const response = await call(
      `${booking.url}/v1/availability?${new URLSearchParams({ appointmentTypeId: near.cleaning, from: '2026-12-01T14:00:00Z', to: '2026-12-04T00:00:00Z', limit: '200' })}`,
      { apiKey: near.apiKey },
    );
    expect(response.status).toBe(200);
    const starts = response.body.slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((s: string) => s <= '2026-12-02T15:00:00.000Z')).toBe(true);
    expect(await hold(near, '2026-12-03T15:00:00Z')).toMatchObject({ status: 422, body: { error: 'beyond_booking_horizon', horizonDays: 2 } });
    expect((await hold(near, '2026-12-01T16:00:00Z')).status).toBe(201);
  });
});
