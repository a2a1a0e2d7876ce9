import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { routingKeyOf, SUBSCRIPTIONS } from '@mo/contracts';
import { connectFirst } from '@mo/messaging';
import { AppProcess, eventually, startOtpSmsProcess, startSandbox, tenantAdmin, TestInfra, TEST_PASSWORD } from '@infra/testing';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { tenantRows } from '../loadtest/checks';
import { runLoadtest } from '../loadtest/loadtest';
import { DEV_SANDBOX_SECRET, TwilioSandbox } from '@infra/twilio-sandbox';

/**
 * `npm run test:cluster`: the load test's calls through all four apps, connected to a three-node
 * cluster (AMQP_URL lists every node), while the node leading the busiest queues is stopped halfway
 * through the full booking flow. What must hold afterwards is read from the database and the broker.
 */
const CLUSTER = join(__dirname, '../scripts/cluster.mjs');
const cluster = async (...args: string[]) => (await promisify(execFile)('node', [CLUSTER, ...args], { encoding: 'utf8' })).stdout;
const SCHEMAS: Record<string, string> = { booking: 'booking', 'otp-sms': 'otp_sms', redaction: 'redaction', followup: 'followup' };

let infra: TestInfra;
let sandbox: TwilioSandbox;
let apps: AppProcess[] = [];
let sandboxUrl: string;

beforeAll(async () => {
  infra = await TestInfra.create();
  const started = await startSandbox();
  sandbox = started.sandbox;
  sandboxUrl = started.url;
  // One after another: three broker nodes already share this machine's cores with the apps.
  apps.push(await AppProcess.start('booking', infra.env('booking')));
  apps.push(await startOtpSmsProcess(infra, started.url));
  apps.push(await AppProcess.start('redaction', infra.env('redaction')));
  apps.push(await AppProcess.start('followup', infra.env('followup')));
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await sandbox?.stop();
  await infra?.dispose();
});

/** Events each subscriber should have handled (sent by any app, of a type it subscribes to) that its inbox lacks. */
async function unhandledEvents(pool: Pool, orgId: string): Promise<Record<string, number>> {
  const sent = Object.values(SCHEMAS).map((schema) => `SELECT id, routing_key FROM ${schema}.outbox WHERE sent_at IS NOT NULL`).join(' UNION ALL ');
  const missing: Record<string, number> = {};
  for (const [app, contracts] of Object.entries(SUBSCRIPTIONS)) {
    if (contracts.length === 0) continue;
    const keys = contracts.map((c) => `'${routingKeyOf(c)}'`).join(', ');
    const [row] = await tenantRows<{ n: number }>(
      pool,
      orgId,
      `SELECT count(*)::int AS n FROM (${sent}) e WHERE e.routing_key IN (${keys})
         AND NOT EXISTS (SELECT 1 FROM ${SCHEMAS[app]}.inbox i WHERE i.message_id = e.id)`,
    );
    missing[app] = row!.n;
  }
  return missing;
}

async function deadLetters(): Promise<Record<string, number>> {
  const connection = await connectFirst(infra.amqpUrl);
  try {
    const channel = await connection.createChannel();
    const counts: Record<string, number> = {};
    for (const app of Object.keys(SCHEMAS)) counts[app] = (await channel.checkQueue(`${infra.prefix}${app}.dlq`)).messageCount;
    return counts;
  } finally {
    await connection.close();
  }
}

describe('a three-node RabbitMQ cluster losing the node that leads the busiest queues', () => {
  it('settles every hold, loses and doubles no event, dead-letters nothing, and the apps move to a surviving node', async () => {
    const admin = tenantAdmin(infra);
    const pool = new Pool({ connectionString: roleUrl(infra.adminUrl, OWNER_ROLE, TEST_PASSWORD, infra.database), max: 2 });
    let stopped: { node: string; queues: string[]; tookMs: number; duringOperation: number } | undefined;
    let stopping: Promise<void> | undefined;
    try {
      const report = await runLoadtest({ bookingUrl: apps[0]!.url, redactionUrl: apps[2]!.url, sandboxUrl }, admin, pool, DEV_SANDBOX_SECRET, {
        concurrency: 5,
        perScenario: 60,
        progress: (name, done) => {
          if (name !== 'hold, code, confirm' || done !== 20 || stopping) return;
          stopping = (async () => {
            const leader = JSON.parse(await cluster('leader', infra.prefix)) as { node: string; queues: string[] };
            const at = Date.now();
            await cluster('stop', leader.node);
            stopped = { ...leader, tookMs: Date.now() - at, duringOperation: done };
          })();
        },
      });
      await stopping;
      expect(stopped).toBeDefined();

      // Everything committed reaches every subscriber (the relay and consumers catch up after the failover).
      let settled = { missing: {} as Record<string, number>, unsent: -1 };
      await eventually(async () => {
        const [unsent] = await tenantRows<{ n: number }>(pool, report.orgId, `SELECT sum(n)::int AS n FROM (${Object.values(SCHEMAS).map((s) => `SELECT count(*) AS n FROM ${s}.outbox WHERE sent_at IS NULL`).join(' UNION ALL ')}) c`);
        settled = { missing: await unhandledEvents(pool, report.orgId), unsent: unsent!.n };
        return Object.values(settled.missing).every((n) => n === 0) && settled.unsent === 0;
      }, { timeoutMs: 60_000, intervalMs: 500 }).catch(() => undefined);
      const [doubled] = await tenantRows<{ n: number }>(pool, report.orgId, `SELECT count(*)::int AS n FROM (SELECT hold_id FROM otp_sms.messages WHERE purpose = 'otp' GROUP BY hold_id HAVING count(*) > 1) d`);
      // A code otp-sms used for a hold that never confirmed: its check was delivered twice.
      const [usedTwice] = await tenantRows<{ n: number }>(pool, report.orgId, `SELECT count(*)::int AS n FROM otp_sms.challenges c
         JOIN booking.holds h ON h.org_id = c.org_id AND h.hold_id = c.hold_id WHERE c.status = 'used' AND h.status <> 'CONFIRMED'`);
      const letters = await deadLetters();
      const reconnected = apps.map((app) => ({ app: app.name, reconnected: /connected to broker[\s\S]*broker connection lost[\s\S]*connected to broker/.test(app.logs()) }));
      const ready = await Promise.all(apps.map(async (app) => (await fetch(`${app.url}/health/ready`)).status));

      process.stdout.write(
        `\ntest:cluster: stopped ${stopped!.node} (leader of ${stopped!.queues.join(', ')}) at operation ${stopped!.duringOperation}/60 of "hold, code, confirm"; ` +
          `rabbitmqctl stop took ${stopped!.tookMs} ms\n` +
          report.scenarios.map((s) => `  ${s.name.padEnd(26)} ${s.requests} ops, ${(s.successRate * 100).toFixed(1)}% ok, p50 ${s.p50Ms} ms, p95 ${s.p95Ms} ms, p99 ${s.p99Ms} ms${Object.keys(s.failures).length ? ` failures ${JSON.stringify(s.failures)}` : ''}`).join('\n') +
          `\n  checks: ${report.checks.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${c.name} (${c.detail})`).join('; ')}` +
          `\n  outbox rows unsent: ${settled.unsent}; events not handled by a subscriber: ${JSON.stringify(settled.missing)}; OTP texts sent twice for one hold: ${doubled!.n}; codes used for a hold that did not confirm: ${usedTwice!.n}; dead letters: ${JSON.stringify(letters)}\n`,
      );

      // While the node stops, the code check (request/reply) can fail in two ways, both reported
      // here and in docs/scaling.md: its reply is lost with the node, and confirm answers 503
      // "try again in a moment"; or the request is delivered again after otp-sms already used the
      // code, and confirm answers 409 otp_used. Nothing else may fail, and every invariant holds.
      expect(report.checks.filter((c) => !c.ok && !c.name.includes('success'))).toEqual([]);
      expect(report.scenarios.flatMap((s) => Object.keys(s.failures)).filter((outcome) => outcome !== 'confirm 503' && outcome !== 'confirm 409')).toEqual([]);
      expect(usedTwice!.n).toBe(report.scenarios.find((s) => s.name === 'hold, code, confirm')!.failures['confirm 409'] ?? 0);
      // And on the two surviving nodes the system is whole again: a second, smaller run fails nothing.
      const after = await runLoadtest({ bookingUrl: apps[0]!.url, redactionUrl: apps[2]!.url, sandboxUrl }, admin, pool, DEV_SANDBOX_SECRET, { concurrency: 5, perScenario: 15, progress: () => undefined });
      process.stdout.write(`  after the failover, on two nodes: ${after.scenarios.map((s) => `${s.name} ${(s.successRate * 100).toFixed(0)}%`).join(', ')}\n`);
      expect(after.checks.filter((c) => !c.ok)).toEqual([]);
      // Every subscribing app (redaction too, since it consumes erasures) has handled every event.
      const subscribers = Object.entries(SUBSCRIPTIONS).filter(([, contracts]) => contracts.length > 0).map(([app]) => [app, 0]);
      expect(settled).toEqual({ missing: Object.fromEntries(subscribers), unsent: 0 });
      expect(doubled!.n).toBe(0);
      expect(Object.values(letters).every((n) => n === 0)).toBe(true);
      expect(reconnected.filter((r) => !r.reconnected)).toEqual([]);
      expect(ready).toEqual([200, 200, 200, 200]);
    } finally {
      await Promise.all([admin.close(), pool.end()]);
    }
  });
});
