import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig, runMain } from '@mo/config';
import { APP_ROLES, DatabaseSettings, dropDatabase, OWNER_ROLE, roleUrl, setupDatabase } from '@infra/db';
import { AppProcess } from '@mo/testing';
import { deleteBenchQueues } from './broker';
import { type BenchClinic, provisionBenchClinic, type Slot, slotSource } from './clinic';
import { ms, RunStats, summarize, table } from './stats';

/**
 * `npm run bench`: POST /v1/holds under 50 concurrent callers, on distinct slots and on one contended
 * slot, next to the floor: the same database work from a plain pg pool of the same size.
 */
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const POOL = 10;
const DATABASE = 'orchestrator_bench';
const PREFIX = 'bench.';
const RESOURCES = 20;
const TZ = 'America/Chicago';

void runMain(async () => {
  const settings = loadConfig(DatabaseSettings, { ...process.env, DATABASE_NAME: DATABASE });
  await dropDatabase(settings.ADMIN_DATABASE_URL, DATABASE);
  await setupDatabase(settings);
  const ownerUrl = roleUrl(settings.ADMIN_DATABASE_URL, OWNER_ROLE, settings.MO_DB_PASSWORD, DATABASE);
  const bookingUrl = roleUrl(settings.ADMIN_DATABASE_URL, APP_ROLES.booking, settings.MO_DB_PASSWORD, DATABASE);
  const clinic = await provision(ownerUrl);
  const booking = await AppProcess.start('booking', {
    DATABASE_URL: bookingUrl,
    AMQP_PREFIX: PREFIX,
    DB_POOL_SIZE: String(POOL),
    SWEEP_INTERVAL_MS: '60000',
  });
  const slots = slotSource(clinic.resources, TZ);
  try {
    console.log(`POST /v1/holds: ${CONNECTIONS} connections, ${DURATION_S} s per run, pool of ${POOL} connections each side\n`);
    await httpRun('warm-up', booking.url, clinic, () => slots.next(), 2);
    const appDistinct = await httpRun('app, distinct slots', booking.url, clinic, () => slots.next(), DURATION_S);
    const contended = slots.next();
    const appContended = await httpRun('app, one contended slot', booking.url, clinic, () => contended, DURATION_S);
    // The floor runs alone: a booking process left running would spend the shared cores on its relay.
    await booking.stop();
    const floorDistinct = await floorRun('floor, distinct slots', bookingUrl, clinic, () => slots.next());
    const floorContended = await floorRun('floor, one contended slot', bookingUrl, clinic, (() => {
      const slot = slots.next();
      return () => slot;
    })());
    report([
      [appDistinct, floorDistinct],
      [appContended, floorContended],
    ]);
  } finally {
    await booking.stop();
    await deleteBenchQueues(PREFIX);
  }
});

type Clinic = BenchClinic;

const provision = (ownerUrl: string): Promise<Clinic> => provisionBenchClinic(ownerUrl, { name: 'Bench Clinic', timezone: TZ, resources: RESOURCES });



const holdBody = (clinic: Clinic, slot: Slot) =>
  JSON.stringify({
    callId: `bench-${randomUUID()}`,
    appointmentTypeId: clinic.cleaning,
    resourceId: slot.resourceId,
    startsAt: slot.startsAt,
    caller: { phone: '+13125550147', firstName: 'Bench' },
  });

async function httpRun(name: string, url: string, clinic: Clinic, slot: () => Slot, seconds: number): Promise<RunStats> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/v1/holds`,
        connections: CONNECTIONS,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${clinic.apiKey}` },
        requests: [{ setupRequest: (request) => ({ ...request, body: holdBody(clinic, slot()) }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return summarize(name, latencies, result.duration, statuses);
}

/** BEGIN; set tenant; insert hold; insert outbox row; COMMIT, from 50 workers over a pool of the same size. */
async function floorRun(name: string, url: string, clinic: Clinic, slot: () => Slot): Promise<RunStats> {
  const pool = new Pool({ connectionString: url, max: POOL });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const deadline = Date.now() + DURATION_S * 1000;
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < deadline) {
      const t0 = performance.now();
      const claimed = await claim(pool, clinic, slot());
      latencies.push(performance.now() - t0);
      statuses[claimed ? 'inserted' : 'conflict'] = (statuses[claimed ? 'inserted' : 'conflict'] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await pool.end();
  return summarize(name, latencies, (Date.now() - started) / 1000, statuses);
}

async function claim(pool: Pool, clinic: Clinic, slot: Slot): Promise<boolean> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.org_id', $1, true)`, [clinic.orgId]);
    const holdId = randomUUID();
    const end = new Date(new Date(slot.startsAt).getTime() + 30 * 60_000);
    const { rowCount } = await db.query(
      `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name,
         starts_local, timezone, clinic_name, caller_phone, caller_first_name, status, expires_at, created_at, updated_at, correlation_id)
       VALUES ($1, $2, $3, $4, $5, tstzrange($6, $7, '[)'), 'Practitioner', 'Cleaning', 'Tuesday 3 December, 3:00 pm', $8, 'Bench Clinic',
         '+13125550147', 'Bench', 'HELD', now() + interval '5 minutes', now(), now(), $9)
       ON CONFLICT DO NOTHING RETURNING hold_id`,
      [clinic.orgId, holdId, `floor-${holdId}`, slot.resourceId, clinic.cleaning, slot.startsAt, end, TZ, holdId],
    );
    if (rowCount === 1) {
      await db.query(`INSERT INTO booking.outbox (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, $2, $3, 'booking.SlotHeld.v1', $4)`, [
        clinic.orgId,
        randomUUID(),
        holdId,
        { type: 'SlotHeld', version: 1, orgId: clinic.orgId, payload: { holdId, startsAt: slot.startsAt, callerPhone: '+13125550147' } },
      ]);
    }
    await db.query('COMMIT');
    return rowCount === 1;
  } finally {
    db.release();
  }
}

function report(pairs: Array<[RunStats, RunStats]>): void {
  const rows = pairs.flatMap(([app, floor]) =>
    [app, floor].map((run) => ({
      run: run.name,
      requests: run.requests,
      'req/s': Math.round(run.throughput),
      'p50 ms': ms(run.p50),
      'p95 ms': ms(run.p95),
      'p99 ms': ms(run.p99),
      outcomes: Object.entries(run.statuses).map(([k, v]) => `${k}:${v}`).join(' '),
    })),
  );
  console.log(table(rows));
  console.log('');
  for (const [app, floor] of pairs) {
    const ratio = app.throughput / floor.throughput;
    const p99 = app.p99 / floor.p99;
    console.log(
      `${app.name}: ${(ratio * 100).toFixed(0)}% of the floor's throughput (target ≥ 60%), p99 ${p99.toFixed(2)}× the floor's (target ≤ 2×)` +
        `  ${ratio >= 0.6 && p99 <= 2 ? 'MET' : 'NOT MET'}`,
    );
  }
  const dir = join(__dirname, '../../../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `holds-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ connections: CONNECTIONS, durationSeconds: DURATION_S, pool: POOL, runs: pairs.flat() }, null, 2));
  console.log(`\nraw figures: ${file}`);
}
