import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { AppProcess, eventually, TcpProxy, TestInfra } from '@infra/testing';

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

describe('start-up', () => {
  it('stops with one line naming PORT when the port is taken, and leaves the running instance alone', async () => {
    const port = new URL(app.url).port;
    const second = spawn(process.execPath, [join(__dirname, '../../../dist/apps/redaction/src/main.js')], {
      env: { PATH: process.env.PATH ?? '', ...infra.env('redaction'), HOST: '127.0.0.1', PORT: port, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(78);
    expect(stderr.trim()).toBe(`Configuration error: PORT ${port} is already in use (is another instance running?); stop it or set PORT`);
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
  });
});
