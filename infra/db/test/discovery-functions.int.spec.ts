import { randomUUID } from 'node:crypto';
import { APP_ROLES, type AppName } from '@infra/db';
import { TestInfra } from '@infra/testing';
import { SEEDS } from './tenant-seeds';

/**
 * The SECURITY DEFINER functions app roles may call bypass row-level security, so none may take a
 * decision an attacker would make. Each is called by each app role with the most hostile arguments
 * its signature allows; every tenant's fresh rows must survive.
 */
let infra: TestInfra;
const tenants = [randomUUID(), randomUUID()];

const HOSTILE: Record<string, string> = {
  'timestamp with time zone': `'9999-01-01'::timestamptz`,
  integer: '2147483647',
  uuid: `'${tenants[0]}'::uuid`,
  text: `''`,
};

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const orgId of tenants) {
    await infra.asOwner(orgId, async (db) => {
      for (const table of Object.keys(SEEDS)) counts[`${orgId} ${table}`] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    });
  }
  return counts;
}

beforeAll(async () => {
  infra = await TestInfra.create();
  for (const orgId of tenants) {
    await infra.asOwner(orgId, async (db) => {
      for (const sql of Object.values(SEEDS)) await db.query(sql, [orgId]);
      // Delivered outbox rows too, and settled follow-ups: what pruning functions look for.
      for (const schema of ['booking', 'otp_sms', 'redaction', 'followup']) await db.query(`UPDATE ${schema}.outbox SET sent_at = now()`);
      await db.query(`UPDATE followup.followups SET status = 'sent'`);
    });
  }
});

afterAll(async () => {
  await infra?.dispose();
});

describe('discovery functions under hostile arguments', () => {
  it('none, called by any app role with any arguments, deletes a row that is not past its retention', async () => {
    const before = await rowCounts();
    const functions = await infra.asOwner(undefined, async (db) =>
      (
        await db.query<{ name: string; args: string }>(
          `SELECT p.oid::regproc::text AS name, pg_get_function_identity_arguments(p.oid) AS args
             FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE r.rolname = 'mo_discovery' ORDER BY 1`,
        )
      ).rows,
    );
    expect(functions.length).toBeGreaterThan(5);
    const called: string[] = [];
    for (const role of Object.keys(APP_ROLES) as AppName[]) {
      for (const { name, args } of functions) {
        const values = args === '' ? [] : args.split(', ').map((arg) => HOSTILE[arg.split(' ').slice(1).join(' ')] ?? 'NULL');
        const ran = await infra.asRole(role, tenants[0], (db) => db.query(`SELECT ${name}(${values.join(', ')})`)).then(
          () => true,
          (error: { code?: string }) => {
            if (error.code !== '42501') throw error; // only "permission denied" is an expected refusal
            return false;
          },
        );
        if (ran) called.push(`${role} ${name}`);
      }
    }
    expect(called.length).toBeGreaterThan(5);
    expect(await rowCounts()).toEqual(before);
  });
});
