import { Pool } from 'pg';
import { Ledger } from './scenarios';
import { ScenarioResult } from './stats';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** The floor the seed set for work that nothing else competes for. */
export const SUCCESS_FLOOR = 0.98;

/** Rows of one query in the tenant's transaction (the owner's pool, under row-level security). */
export async function tenantRows<T>(pool: Pool, orgId: string, sql: string): Promise<T[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const { rows } = await client.query(sql);
    await client.query('COMMIT');
    return rows as T[];
  } finally {
    client.release();
  }
}

async function asTenant<T>(pool: Pool, orgId: string, sql: string): Promise<T> {
  return (await tenantRows<T>(pool, orgId, sql))[0]!;
}

/** Longest wait for a scenario's texts; a backlog still there after it fails the run's own checks. */
const DRAIN_LIMIT_MS = 120_000;

/** Milliseconds until no hold of the clinic is still HELD (every hold has had its code texted, or failed), polling the database. */
export async function textsDrained(pool: Pool, orgId: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < DRAIN_LIMIT_MS) {
    const { n } = await asTenant<{ n: number }>(pool, orgId, `SELECT count(*)::int AS n FROM booking.holds WHERE status = 'HELD'`);
    if (n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

/** What must hold after the run, read from the database rather than from our own bookkeeping. */
export async function verify(pool: Pool, orgId: string, results: readonly ScenarioResult[], ledger: Ledger): Promise<Check[]> {
  const overlaps = await asTenant<{ n: number }>(
    pool,
    orgId,
    `SELECT count(*)::int AS n FROM booking.holds a JOIN booking.holds b
       ON a.org_id = b.org_id AND a.resource_id = b.resource_id AND a.hold_id < b.hold_id AND a.during && b.during
      WHERE a.status IN ('HELD', 'OTP_SENT', 'CONFIRMED') AND b.status IN ('HELD', 'OTP_SENT', 'CONFIRMED')`,
  );
  const statuses = await asTenant<{ pending: number; confirmed: number; released: number; total: number }>(
    pool,
    orgId,
    `SELECT count(*) FILTER (WHERE status IN ('HELD', 'OTP_SENT'))::int AS pending, count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
            count(*) FILTER (WHERE status = 'RELEASED')::int AS released, count(*)::int AS total FROM booking.holds`,
  );
  const checks: Check[] = [
    { name: 'no double booking', ok: overlaps.n === 0, detail: `${overlaps.n} overlapping live holds on one resource` },
    {
      name: 'every hold ended confirmed or released',
      ok: statuses.pending === 0,
      detail: `${statuses.total} holds: ${statuses.confirmed} confirmed, ${statuses.released} released, ${statuses.pending} still pending`,
    },
    { name: 'each contended slot held at most once', ok: ledger.contendedHolds <= 3, detail: `${ledger.contendedHolds} holds won on 3 slots` },
  ];
  for (const result of results.filter((r) => r.uncontended)) {
    checks.push({
      name: `${result.name}: success ≥ ${SUCCESS_FLOOR * 100}%`,
      ok: result.successRate >= SUCCESS_FLOOR,
      detail: `${(result.successRate * 100).toFixed(2)}%${Object.keys(result.failures).length ? ` (failures: ${JSON.stringify(result.failures)})` : ''}`,
    });
  }
  return checks;
}
