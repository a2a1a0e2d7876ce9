import { randomUUID } from 'node:crypto';
import { RebookSlotRpc } from '@mo/contracts';
import { RpcClient } from '@mo/messaging';
import { call, createClinic, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { holdBody, localSlot, startBooking, stopApp, uniquePhone } from './fixture';

let infra: TestInfra;
let instances: TestApp[];
let clinic: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  [clinic, ...instances] = await Promise.all([createClinic(infra), startBooking(infra), startBooking(infra)]);
});

afterAll(async () => {
  await Promise.all((instances ?? []).map(stopApp));
  await infra?.dispose();
});

const liveHolds = async (resourceId: string) => {
  const { rows } = await infra.asOwner(clinic.orgId, (db) =>
    db.query(`SELECT lower(during) AS start, upper(during) AS end FROM booking.holds WHERE resource_id = $1 AND status IN ('HELD', 'OTP_SENT', 'CONFIRMED')`, [resourceId]),
  );
  return rows;
};

describe('one slot, many callers', () => {
  it('gives exactly one hold to 200 concurrent requests spread over two booking instances', async () => {
    const startsAt = localSlot(clinic, 3, '11:00');
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(`${instances[i % 2]!.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, startsAt, { callId: `caller-${i}` }) }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    const conflict = responses.find((r) => r.status === 409)!;
    expect(conflict.body).toMatchObject({ error: 'slot_taken', alternatives: expect.any(Array) });
    expect(conflict.body.alternatives.length).toBeGreaterThan(0);
    // The taken slot is never offered again; the same time with another practitioner may be.
    expect(conflict.body.alternatives.filter((a: { startsAt: string; resourceId: string }) => a.startsAt === startsAt && a.resourceId === clinic.lee)).toEqual([]);
    const live = (await liveHolds(clinic.lee)).filter((h) => h.start.toISOString() === startsAt);
    expect(live).toHaveLength(1);
  });

  it('refuses an overlapping range of another length on the same resource', async () => {
    const instance = instances[0]!;
    // All three on one day, whichever side of the clinic's midnight each request is made.
    const today = new Date();
    const cleaning = await call(`${instance.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, localSlot(clinic, 4, '11:30', today)) });
    expect(cleaning.status).toBe(201);
    // A 60-minute filling from 11:00 would run into the 11:30 cleaning.
    const filling = await call(`${instance.url}/v1/holds`, {
      apiKey: clinic.apiKey,
      body: holdBody(clinic, localSlot(clinic, 4, '11:00', today), { appointmentTypeId: clinic.filling }),
    });
    expect(filling.status).toBe(409);
    // Touching is not overlapping: a filling ending exactly when the cleaning starts is fine.
    const before = await call(`${instance.url}/v1/holds`, {
      apiKey: clinic.apiKey,
      body: holdBody(clinic, localSlot(clinic, 4, '10:30', today), { appointmentTypeId: clinic.filling }),
    });
    expect(before.status).toBe(201);
  });

  it('lets another resource take the same time', async () => {
    const startsAt = localSlot(clinic, 5, '11:00');
    const lee = await call(`${instances[0]!.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, startsAt) });
    const ray = await call(`${instances[1]!.url}/v1/holds`, { apiKey: clinic.apiKey, body: holdBody(clinic, startsAt, { resourceId: clinic.ray }) });
    expect([lee.status, ray.status]).toEqual([201, 201]);
  });

  it('is enforced by the database itself, whatever the application does', async () => {
    const [hold] = await liveHolds(clinic.lee);
    const error = await infra
      .asOwner(clinic.orgId, (db) =>
        db.query(
          `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name,
             starts_local, timezone, clinic_name, caller_phone, status, expires_at, created_at, updated_at, correlation_id)
           VALUES ($1, gen_random_uuid(), 'direct', $2, $3, tstzrange($4::timestamptz + interval '1 minute', $5), 'x', 'x', 'x', 'UTC', 'x', '+13125550147',
             'HELD', now(), now(), now(), 'c')`,
          [clinic.orgId, clinic.lee, clinic.cleaning, hold!.start, hold!.end],
        ),
      )
      .catch((e: { code?: string; constraint?: string }) => e);
    expect(error).toMatchObject({ code: '23P01', constraint: 'holds_no_overlap' });
  });
});

describe('a YES to a follow-up', () => {
  it('asked twice at once books once, and both answers name that booking', async () => {
    const request = { followupId: randomUUID(), appointmentTypeId: clinic.cleaning, resourceId: clinic.lee, startsAt: localSlot(clinic, 4, '14:00'), callerPhone: uniquePhone() };
    const rebook = (instance: TestApp) => instance.app.get(RpcClient).request(RebookSlotRpc, clinic.orgId, request, 5_000);
    const answers = await Promise.all([rebook(instances[0]!), rebook(instances[1]!), rebook(instances[0]!), rebook(instances[1]!)]);
    expect(answers.map((a) => a.result)).toEqual(['booked', 'booked', 'booked', 'booked']);
    expect(new Set(answers.map((a) => a.bookingId)).size).toBe(1);
    expect(await liveHolds(clinic.lee)).toContainEqual({ start: new Date(request.startsAt), end: new Date(new Date(request.startsAt).getTime() + 30 * 60_000) });
  });
});

describe('input', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    call(`${instances[0]!.url}/v1/holds`, { apiKey: clinic.apiKey, body, headers });

  it.each([
    [{ caller: { phone: '312-555-0147' } }, 'caller.phone'],
    [{ caller: { phone: '+1555' } }, 'caller.phone'],
    [{ startsAt: '2026-12-03 15:00' }, 'startsAt'],
    [{ startsAt: '2026-12-03T15:00:00' }, 'startsAt'],
    [{ resourceId: 'dr-lee' }, 'resourceId'],
    [{ callId: '' }, 'callId'],
    [{ unexpected: true }, 'unexpected'],
    [{ caller: [] }, 'caller'],
    [{ caller: 'Sam' }, 'caller'],
    [{ callId: 'call\u0000' }, 'callId'],
    [{ caller: { phone: '+13125550147', firstName: 'Sam\u0000' } }, 'caller.firstName'],
  ])('answers 400 naming the field for %j', async (overrides, field) => {
    const response = await post({ ...holdBody(clinic, localSlot(clinic, 6, '09:00')), ...overrides });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'validation_failed', message: expect.stringContaining(field), field });
  });

  it('says a missing field is required, whatever its other rules', async () => {
    const { callId: _omitted, ...body } = holdBody(clinic, localSlot(clinic, 6, '09:00'));
    expect(await post(body)).toMatchObject({ status: 400, body: { error: 'validation_failed', field: 'callId', message: 'callId is required' } });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await post('{"callId": ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'invalid_json', message: 'the body is not valid JSON' });
  });

  it.each([
    // Yesterday: today's 09:00 is still ahead before 09:00 in the clinic's zone.
    ['09:00', -1, 422, 'slot_in_past', 0],
    ['06:30', 6, 422, 'outside_working_hours', 0],
    ['19:45', 6, 422, 'outside_working_hours', 0],
  ])('refuses a slot at %s (day %i) with %i %s', async (time, days, status, error, shift) => {
    const response = await post(holdBody(clinic, localSlot(clinic, days + shift, time)));
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error, field: 'startsAt' });
  });

  it('refuses a resource that does not offer the appointment type', async () => {
    const response = await post(holdBody(clinic, localSlot(clinic, 6, '12:00'), { resourceId: clinic.ray, appointmentTypeId: clinic.filling }));
    expect(response).toMatchObject({ status: 422, body: { error: 'resource_cannot_do_type', field: 'resourceId' } });
  });

  it.each([
    [undefined, 'unauthorized'],
    ['Bearer nonsense', 'unauthorized'],
    [`Bearer ${'mo_' + 'a'.repeat(64) + 'b'.repeat(43)}`, 'unauthorized'],
  ])('answers 401 to authorization %s', async (authorization, error) => {
    const response = await call(`${instances[0]!.url}/v1/holds/00000000-0000-4000-8000-000000000000`, {
      headers: authorization ? { authorization } : {},
    });
    expect(response).toMatchObject({ status: 401, body: { error } });
  });

  it('answers 401 to a revoked-looking key whose secret does not match', async () => {
    const forged = clinic.apiKey.slice(0, -4) + (clinic.apiKey.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await call(`${instances[0]!.url}/v1/holds/00000000-0000-4000-8000-000000000000`, { apiKey: forged })).status).toBe(401);
  });
});
