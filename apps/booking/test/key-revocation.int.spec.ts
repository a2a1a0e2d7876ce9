import { randomUUID } from 'node:crypto';
import { parseApiKey } from '@mo/auth';
import { call, createClinic, eventually, tenantAdmin, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { startBooking, stopApp } from './fixture';

let infra: TestInfra;
let instances: TestApp[];
let clinic: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  const [a, b, created] = await Promise.all([startBooking(infra), startBooking(infra), createClinic(infra, { twilio: 'none' })]);
  instances = [a, b];
  clinic = created;
});

afterAll(async () => {
  for (const app of instances ?? []) await stopApp(app);
  await infra?.dispose();
});

/** 404 for an unknown hold means the key was accepted; 401 that it was not. */
const statusWith = (app: TestApp, apiKey: string) => call(`${app.url}/v1/holds/${randomUUID()}`, { apiKey }).then((r) => r.status);
// Far below the key cache's 30 s: only the notification can make these pass.
const soon = { timeoutMs: 5_000, intervalMs: 50 };

describe('key changes reach every instance at once', () => {
  it('a revoked key stops working on every instance that had it cached', async () => {
    const admin = tenantAdmin(infra);
    const apiKey = await admin.createApiKey(clinic.orgId, 'to revoke');
    for (const app of instances) expect(await statusWith(app, apiKey)).toBe(404);
    expect(await admin.revokeApiKey(clinic.orgId, parseApiKey(apiKey)!.keyId)).toBe(true);
    await admin.close();
    for (const app of instances) await eventually(async () => (await statusWith(app, apiKey)) === 401, soon);
    expect(await statusWith(instances[0]!, clinic.apiKey)).toBe(404);
  });

  it('a key with an expiry stops working when it expires, cached or not', async () => {
    const admin = tenantAdmin(infra);
    const apiKey = await admin.createApiKey(clinic.orgId, 'short-lived', 2);
    await admin.close();
    expect(await statusWith(instances[0]!, apiKey)).toBe(404);
    await eventually(async () => (await statusWith(instances[0]!, apiKey)) === 401, soon);
  });

  it('turning on signatures applies to the next request on every instance', async () => {
    const signed = await createClinic(infra, { name: 'Soon Signed', twilio: 'none' });
    for (const app of instances) expect(await statusWith(app, signed.apiKey)).toBe(404);
    const admin = tenantAdmin(infra);
    await admin.requireSignatures(signed.orgId).finally(() => admin.close());
    for (const app of instances) await eventually(async () => (await statusWith(app, signed.apiKey)) === 401, soon);
  });
});
