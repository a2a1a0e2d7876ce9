import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig, OperatorError, runMain, withSecretsFile } from '@mo/config';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { TenantAdmin } from '@infra/tenant';
import { runLoadtest } from './loadtest';
import { LoadtestConfig } from './loadtest.config';
import { formatInstances, measureInstances, readInstances } from './instances';
import { formatTable } from './stats';

/** `npm run loadtest`: 50 simulated callers against the running system (`npm start`). Exit 1 when a check fails. */
void runMain(async () => {
  const config = loadConfig(LoadtestConfig, withSecretsFile());
  const ready = await fetch(`${config.BOOKING_URL}/health/ready`).then((r) => r.ok, () => false);
  if (!ready) throw new OperatorError(`nothing answers at ${config.BOOKING_URL}; start the system first with \`npm start\``);
  const ownerUrl = roleUrl(config.ADMIN_DATABASE_URL, OWNER_ROLE, config.MO_DB_PASSWORD, config.DATABASE_NAME);
  const admin = new TenantAdmin(ownerUrl, { tenantSecretsKey: config.TENANT_SECRETS_KEY, credentialsKey: config.CREDENTIALS_KEY });
  const pool = new Pool({ connectionString: ownerUrl, max: 2 });
  const tty = process.stderr.isTTY;
  const instances = readInstances(config.LOADTEST_INSTANCES_FILE);
  const work = instances && (await measureInstances(instances));
  try {
    const report = await runLoadtest({ bookingUrl: config.BOOKING_URL, redactionUrl: config.REDACTION_URL, sandboxUrl: config.SANDBOX_URL }, admin, pool, config.SANDBOX_SECRET, {
      concurrency: config.LOADTEST_CONCURRENCY,
      perScenario: config.LOADTEST_REQUESTS,
      progress: (name, done, total) => {
        if (tty) process.stderr.write(`\r${name.padEnd(26)} ${done}/${total}${done === total ? '\n' : ''}`);
        else if (done === total) process.stderr.write(`${name}: ${total} done\n`);
      },
    });
    const perInstance = work ? await work() : [];
    mkdirSync(config.LOADTEST_REPORT_DIR, { recursive: true });
    const file = join(config.LOADTEST_REPORT_DIR, `loadtest-${report.startedAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ ...report, perInstance }, null, 2)}\n`);
    process.stdout.write(`\n${report.concurrency} concurrent callers, ${report.perScenario} operations per scenario\n\n${formatTable(report.scenarios)}\n\n`);
    if (perInstance.length > 0) process.stdout.write(`work per instance (competing consumers share the queues):\n${formatInstances(perInstance)}\n\n`);
    for (const check of report.checks) process.stdout.write(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}\n`);
    process.stdout.write(`\nreport: ${file}\n`);
    if (!report.passed) process.exitCode = 1;
  } finally {
    await Promise.all([admin.close(), pool.end()]);
  }
});
