import { TestApp, TestInfra } from '@infra/testing';
import { startBooking, stopApp } from './fixture';

/** /docs and /metrics: open in development, behind an operator token in production (NODE_ENV=production turns it on). */
let infra: TestInfra;
let development: TestApp;
let production: TestApp;
let productionWithoutTokens: TestApp;
const token = 'o'.repeat(32);

beforeAll(async () => {
  infra = await TestInfra.create();
  const env = { ADMIN_TOKENS: `ops=${token}` };
  [development, production, productionWithoutTokens] = await Promise.all([
    startBooking(infra, { env, protectAdminSurfaces: false }),
    startBooking(infra, { env, protectAdminSurfaces: true }),
    startBooking(infra, { protectAdminSurfaces: true }),
  ]);
});

afterAll(async () => {
  await Promise.all([stopApp(development), stopApp(production), stopApp(productionWithoutTokens)]);
  await infra?.dispose();
});

const get = async (base: TestApp, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base.url}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
};

describe.each(['/metrics', '/docs', '/docs-json'])('%s', (path) => {
  it('is served without a token in development', async () => {
    expect((await get(development, path)).status).toBe(200);
  });

  it('answers 401 in the documented shape without an operator token in production, and is served with one', async () => {
    const refused = await get(production, path);
    expect(refused.status).toBe(401);
    expect(refused.json()).toEqual({ error: 'unauthorized', message: expect.any(String) });
    expect((await get(production, path, { authorization: 'Bearer not-an-operator-token-at-all' })).status).toBe(401);
    expect((await get(production, path, { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('is not served at all in production without ADMIN_TOKENS', async () => {
    expect(await get(productionWithoutTokens, path)).toMatchObject({ status: 404 });
  });
});

it('leaves the health checks open in production', async () => {
  expect((await get(production, '/health/live')).status).toBe(200);
});
