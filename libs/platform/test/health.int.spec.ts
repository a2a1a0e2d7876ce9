import { AppProcess, eventually, TcpProxy, TestInfra } from '@mo/testing';

let infra: TestInfra;
let proxy: TcpProxy;
let app: AppProcess;

beforeAll(async () => {
  infra = await TestInfra.create();
  const broker = new URL(infra.amqpUrl);
  proxy = await TcpProxy.start(broker.hostname, Number(broker.port || 5672));
  broker.port = String(proxy.port);
  app = await AppProcess.start('redaction', infra.env('redaction', { AMQP_URL: broker.toString() }));
});

afterAll(async () => {
  await app?.stop();
  await proxy?.stop();
  await infra?.dispose();
});

const readiness = async () => {
  const response = await fetch(`${app.url}/health/ready`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
};

describe('readiness', () => {
  it('turns false while the broker is away and true again once it is back; liveness never changes', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'up', broker: 'up', accepting: 'up' } } });

    proxy.cut();
    const away = await eventually(async () => {
      const ready = await readiness();
      return ready.status === 503 ? ready : undefined;
    });
    expect(away.body.checks).toEqual({ database: 'up', broker: 'down', accepting: 'up' });
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);

    proxy.restore();
    await eventually(async () => (await readiness()).status === 200, { timeoutMs: 30_000 });
  });
});
