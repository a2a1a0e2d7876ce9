import { ListenClient, NotifiedCache } from '@mo/database';
import { createClinic, eventually, tenantAdmin, TestInfra } from '@infra/testing';

let infra: TestInfra;
const clients: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  infra = await TestInfra.create();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.stop()));
  await infra?.dispose();
});

function listener(applicationName: string, url = infra.directUrlFor('booking')): { client: ListenClient; payloads: string[]; resets: () => number } {
  const client = new ListenClient({ url, channel: 'listen_test', applicationName, meanwhile: 'testing', retryMs: 50 });
  clients.push(client);
  const payloads: string[] = [];
  let resets = 0;
  client.onNotify((payload) => payloads.push(payload));
  client.onReset(() => resets++);
  return { client, payloads, resets: () => resets };
}

const notify = (payload: string) => infra.asOwner(undefined, (db) => db.query(`SELECT pg_notify('listen_test', $1)`, [payload]));

describe('ListenClient', () => {
  it('hears notifications once listening, and signals the start as a reset', async () => {
    const { client, payloads, resets } = listener('listen-test-hears');
    await client.start();
    expect(client.listening).toBe(true);
    expect(resets()).toBe(1);
    await notify('org-1');
    await eventually(() => payloads.includes('org-1'));
  });

  it('reconnects after the server kills its connection, signalling the loss and the return', async () => {
    const { client, payloads, resets } = listener('listen-test-killed');
    await client.start();
    expect(await infra.terminateConnections('listen-test-killed')).toBe(1);
    // Lost (listening false, reset), then back (reset again) and hearing what is sent after.
    await eventually(() => resets() >= 3 && client.listening);
    await notify('after-reconnect');
    await eventually(() => payloads.includes('after-reconnect'));
  });

  it('starts without a database, and does not claim to listen', async () => {
    const unreachable = new URL(infra.directUrlFor('booking'));
    unreachable.port = '1';
    const { client } = listener('listen-test-down', unreachable.toString());
    await expect(client.start()).resolves.toBeUndefined();
    expect(client.listening).toBe(false);
  });
});

describe('NotifiedCache', () => {
  const options = { url: '', channel: 'listen_test', meanwhile: 'testing', retryMs: 50, ttlMs: 60_000 };
  const loader = () => {
    let loads = 0;
    return { load: async () => `value ${++loads}`, loads: () => loads };
  };

  it('keeps a value until its tenant is announced, and only that tenant', async () => {
    const cache = new NotifiedCache<string>({ ...options, url: infra.directUrlFor('booking'), applicationName: 'cache-test-evicts' });
    clients.push(cache);
    await cache.start();
    const [a, b] = [loader(), loader()];
    expect(await cache.get('org-a', 0, a.load)).toBe('value 1');
    expect(await cache.get('org-a', 1, a.load)).toBe('value 1');
    expect(await cache.get('org-b', 1, b.load)).toBe('value 1');
    await notify('org-a');
    await eventually(async () => (await cache.get('org-a', 2, a.load)) === 'value 2');
    expect(await cache.get('org-b', 2, b.load)).toBe('value 1');
    expect(await cache.get('org-b', 60_002, b.load)).toBe('value 2');
  });

  it('does not keep a value whose load was under way when its tenant was announced', async () => {
    const cache = new NotifiedCache<string>({ ...options, url: infra.directUrlFor('booking'), applicationName: 'cache-test-inflight' });
    clients.push(cache);
    await cache.start();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const stale = cache.get('org-a', 0, async () => {
      await gate;
      return 'read before the change';
    });
    cache.evict('org-a');
    release();
    expect(await stale).toBe('read before the change');
    expect(await cache.get('org-a', 1, async () => 'read after the change')).toBe('read after the change');
  });

  it('caches nothing while it cannot listen', async () => {
    const unreachable = new URL(infra.directUrlFor('booking'));
    unreachable.port = '1';
    const cache = new NotifiedCache<string>({ ...options, url: unreachable.toString(), applicationName: 'cache-test-down' });
    clients.push(cache);
    await cache.start();
    const a = loader();
    await cache.get('org-a', 0, a.load);
    await cache.get('org-a', 1, a.load);
    expect(a.loads()).toBe(2);
  });

  it("hears otp-sms's account triggers: a clinic's Twilio account or name changing", async () => {
    const clinic = await createClinic(infra);
    const heard = new ListenClient({ url: infra.directUrlFor('otp-sms'), channel: 'sms_accounts', applicationName: 'cache-test-accounts', meanwhile: 'testing' });
    clients.push(heard);
    const payloads: string[] = [];
    heard.onNotify((payload) => payloads.push(payload));
    await heard.start();
    const admin = tenantAdmin(infra);
    await admin.setTwilio(clinic.orgId, clinic.twilio!, 5);
    await admin.close();
    await eventually(() => payloads.filter((p) => p === clinic.orgId).length === 1);
    await infra.asOwner(clinic.orgId, (db) => db.query(`UPDATE tenancy.orgs SET name = 'Renamed' WHERE org_id = $1`, [clinic.orgId]));
    await eventually(() => payloads.filter((p) => p === clinic.orgId).length === 2);
  });
});
