import { ListenClient } from '@mo/database';
import { eventually, TestInfra } from '@infra/testing';

let infra: TestInfra;
const clients: ListenClient[] = [];

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
