import { Pool } from 'pg';
import { AppProcess, startOtpSmsProcess, startSandbox, tenantAdmin, TestInfra, TEST_PASSWORD } from '@infra/testing';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { DEV_SANDBOX_SECRET, TwilioSandbox } from '@infra/twilio-sandbox';
import { runLoadtest } from '../loadtest';

let infra: TestInfra;
let sandbox: TwilioSandbox;
let apps: AppProcess[];
let target: { bookingUrl: string; redactionUrl: string; sandboxUrl: string };

beforeAll(async () => {
  infra = await TestInfra.create();
  const started = await startSandbox();
  sandbox = started.sandbox;
  const [booking, otpSms, redaction] = await Promise.all([AppProcess.start('booking', infra.env('booking')), startOtpSmsProcess(infra, started.url), AppProcess.start('redaction', infra.env('redaction'))]);
  apps = [booking, otpSms, redaction];
  target = { bookingUrl: booking.url, redactionUrl: redaction.url, sandboxUrl: started.url };
});

afterAll(async () => {
  if (apps) await Promise.all(apps.map((app) => app.stop()));
  await sandbox?.stop();
  await infra?.dispose();
});

describe('npm run loadtest, scaled down', () => {
  it('drives the five scenarios, ends every call, and its checks pass against a healthy system', async () => {
    const admin = tenantAdmin(infra);
    const pool = new Pool({ connectionString: roleUrl(infra.adminUrl, OWNER_ROLE, TEST_PASSWORD, infra.database), max: 2 });
    const seen = new Set<string>();
    try {
      const report = await runLoadtest(target, admin, pool, DEV_SANDBOX_SECRET, { concurrency: 5, perScenario: 12, progress: (name) => seen.add(name) });
      expect(report.scenarios.map((s) => [s.name, s.requests])).toEqual([
        ['availability', 12],
        ['holds, distinct slots', 12],
        ['holds, 3 contended slots', 12],
        ['hold, code, confirm', 12],
        ['redaction', 12],
      ]);
      expect([...seen]).toHaveLength(5);
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      // Each scenario waited for its holds' texts before the next began.
      expect(report.scenarios.map((s) => typeof s.textsDrainedMs)).toEqual(report.scenarios.map(() => 'number'));
      expect(report.checks.find((c) => c.name === 'every hold ended confirmed or released')!.detail).toBe('27 holds: 12 confirmed, 15 released, 0 still pending');
      expect(report.scenarios.find((s) => s.name === 'holds, 3 contended slots')!.failures).toEqual({});
    } finally {
      await Promise.all([admin.close(), pool.end()]);
    }
  });
});
