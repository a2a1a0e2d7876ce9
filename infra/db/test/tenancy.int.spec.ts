import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLES, type AppName } from '@infra/db';
import { TestInfra } from '@infra/testing';

/**
 * Row-level security, proven from the catalog and then by trying to break it as every app role.
 * Every tenant table needs a seed here: a new table without one fails the suite until it gets one.
 */
const SEEDS: Record<string, string> = {
  'tenancy.orgs': `INSERT INTO tenancy.orgs (org_id, name, timezone) VALUES ($1, 'Clinic', 'UTC')`,
  'tenancy.api_keys': `INSERT INTO tenancy.api_keys (org_id, key_id, secret_sha256) VALUES ($1, gen_random_uuid(), sha256(gen_random_uuid()::text::bytea))`,
  ...Object.fromEntries(
    ['booking', 'otp_sms', 'redaction', 'followup'].flatMap((schema) => [
      [`${schema}.outbox`, `INSERT INTO ${schema}.outbox (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, gen_random_uuid(), 'a', 'k', '{}')`],
      [`${schema}.inbox`, `INSERT INTO ${schema}.inbox (org_id, consumer, message_id, received_at) VALUES ($1, 'c', gen_random_uuid(), now())`],
    ]),
  ),
  'booking.clinic_settings': `INSERT INTO booking.clinic_settings (org_id) VALUES ($1)`,
  'booking.resources': `INSERT INTO booking.resources (org_id, resource_id, name, kind) VALUES ($1, gen_random_uuid(), 'Dr Lee', 'practitioner')`,
  'booking.appointment_types': `INSERT INTO booking.appointment_types (org_id, appointment_type_id, name, duration_minutes) VALUES ($1, gen_random_uuid(), 'Cleaning', 30)`,
  'booking.appointment_type_resources': `INSERT INTO booking.appointment_type_resources SELECT $1, t.appointment_type_id, r.resource_id
     FROM booking.appointment_types t, booking.resources r WHERE t.org_id = $1 AND r.org_id = $1 LIMIT 1`,
  'booking.working_hours': `INSERT INTO booking.working_hours SELECT $1, resource_id, 1, '08:00', '17:00' FROM booking.resources WHERE org_id = $1 LIMIT 1`,
  'booking.closures': `INSERT INTO booking.closures (org_id, closure_id, during) VALUES ($1, gen_random_uuid(), tstzrange(now(), now() + interval '1 day'))`,
  'booking.holds': `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name,
       starts_local, timezone, clinic_name, caller_phone, status, expires_at, created_at, updated_at, correlation_id)
     SELECT $1, gen_random_uuid(), 'call', r.resource_id, t.appointment_type_id, tstzrange(now(), now() + interval '30 minutes'), 'Dr Lee', 'Cleaning',
       'Tuesday 3 December, 3:00 pm', 'UTC', 'Clinic', '+13125550147', 'HELD', now() + interval '5 minutes', now(), now(), 'corr'
     FROM booking.resources r, booking.appointment_types t WHERE r.org_id = $1 AND t.org_id = $1 LIMIT 1`,
  // A cancel of the seeded hold (the catalog needs a row, not a confirmed booking).
  'booking.appointment_changes': `INSERT INTO booking.appointment_changes (org_id, change_id, call_id, kind, booking_hold_id, status, confirms, expires_at,
       correlation_id, created_at, updated_at)
     SELECT $1, gen_random_uuid(), 'call', 'cancel', hold_id, 'VERIFYING', 'cancel your cleaning on Tue 3 Dec', now() + interval '5 minutes', 'corr', now(), now()
     FROM booking.holds WHERE org_id = $1 LIMIT 1`,
  'booking.idempotency_keys': `INSERT INTO booking.idempotency_keys (org_id, idempotency_key, request_sha256, created_at) VALUES ($1, gen_random_uuid()::text, sha256('x'), now())`,
  'otp_sms.twilio_accounts': `INSERT INTO otp_sms.twilio_accounts (org_id, account_sid, auth_token_sealed, from_number) VALUES ($1, 'AC' || md5('x'), '\\x00', '+15005550006')`,
  'otp_sms.challenges': `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, expires_at, created_at)
     VALUES ($1, gen_random_uuid(), gen_random_uuid(), '+13125550147', sha256('x'), 'active', now(), now())`,
  'redaction.policies': `INSERT INTO redaction.policies (org_id) VALUES ($1)`,
  'redaction.keys': `INSERT INTO redaction.keys (org_id, key_sealed, created_at) VALUES ($1, '\\x00', now())`,
  'redaction.transcripts': `INSERT INTO redaction.transcripts (org_id, transcript_id, call_id, request_hmac, turns, entity_counts, rules_version, created_at)
     VALUES ($1, gen_random_uuid(), 'call', '\\x00', '[]', '{}', 'v', now())`,
  'redaction.audit': `INSERT INTO redaction.audit (org_id, transcript_id, turn_index, span_start, span_end, entity_type, rule_id, rules_version, value_hmac, created_at)
     SELECT $1, transcript_id, 0, 0, 5, 'PHONE', 'phone.written', 'v', sha256('x'), now() FROM redaction.transcripts WHERE org_id = $1 LIMIT 1`,
  'otp_sms.inbound': `INSERT INTO otp_sms.inbound (org_id, message_sid, received_at) VALUES ($1, 'SM' || md5(gen_random_uuid()::text), now())`,
  'followup.settings': `INSERT INTO followup.settings (org_id) VALUES ($1)`,
  'followup.callers': `INSERT INTO followup.callers (org_id, phone, outcome, event_at, updated_at) VALUES ($1, '+13125550147', 'held', now(), now())`,
  'followup.calls': `INSERT INTO followup.calls (org_id, call_id, turns, seen_at) VALUES ($1, 'call', '[]', now())`,
  'followup.followups': `INSERT INTO followup.followups (org_id, followup_id, hold_id, phone, appointment_type_id, appointment_type_name, resource_id, resource_name,
       starts_at, starts_local, timezone, clinic_name, status, due_at, created_at, updated_at)
     VALUES ($1, gen_random_uuid(), gen_random_uuid(), '+13125550147', gen_random_uuid(), 'Cleaning', gen_random_uuid(), 'Dr Lee', now(), 'x', 'UTC', 'Clinic',
       'scheduled', now(), now(), now())`,
  'followup.opt_outs': `INSERT INTO followup.opt_outs (org_id, phone, opted_out, updated_at) VALUES ($1, '+13125550147', true, now())`,
  'followup.consent_log': `INSERT INTO followup.consent_log (org_id, message_sid, phone, action, keyword, at) VALUES ($1, 'SMx', '+13125550147', 'opt_out', 'STOP', now())`,
  'otp_sms.messages': `INSERT INTO otp_sms.messages (org_id, message_id, purpose, to_phone, status, status_rank, created_at, updated_at)
     VALUES ($1, gen_random_uuid(), 'otp', '+13125550147', 'queued', 1, now(), now())`,
};

const PREDICATE = "(org_id = (NULLIF(current_setting('app.org_id'::text, true), ''::text))::uuid)";

interface TenantTable {
  table: string;
  rowSecurity: boolean;
  forced: boolean;
}

let infra: TestInfra;
let tables: TenantTable[];
const tenantA = randomUUID();
const tenantB = randomUUID();

beforeAll(async () => {
  infra = await TestInfra.create();
  tables = await infra.asOwner(undefined, async (db) => {
    const { rows } = await db.query<TenantTable>(`
      SELECT format('%I.%I', n.nspname, c.relname) AS table, c.relrowsecurity AS "rowSecurity", c.relforcerowsecurity AS forced
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       ORDER BY 1`);
    return rows;
  });
  for (const tenant of [tenantA]) {
    // In the order SEEDS declares them, so rows exist before the rows that refer to them.
    await infra.asOwner(tenant, async (db) => {
      for (const sql of Object.values(SEEDS)) await db.query(sql, [tenant]);
    });
  }
  await infra.asOwner(tenantB, (db) => db.query(SEEDS['tenancy.orgs']!, [tenantB]));
});

afterAll(async () => {
  await infra?.dispose();
});

describe('the catalog', () => {
  it('finds the tenant tables', () => {
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['tenancy.orgs', 'tenancy.api_keys', 'booking.outbox', 'followup.inbox']));
  });

  it('has a seed for every tenant table, so the proofs below cover them all', () => {
    expect(tables.map((t) => t.table).filter((t) => !SEEDS[t])).toEqual([]);
  });

  it('enables and forces row-level security on every table with an org_id', () => {
    expect(tables.filter((t) => !t.rowSecurity || !t.forced).map((t) => t.table)).toEqual([]);
  });

  it('gives every such table one policy for all commands, with USING and WITH CHECK on the tenant setting', async () => {
    const policies = await infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ table: string; cmd: string; qual: string | null; check: string | null; permissive: boolean }>(`
        SELECT format('%I.%I', n.nspname, c.relname) AS table, p.polcmd AS cmd, p.polpermissive AS permissive,
               pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS check
          FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace`);
      return rows;
    });
    const broken = tables
      .map(({ table }) => ({ table, mine: policies.filter((p) => p.table === table) }))
      .filter(({ mine }) => mine.length !== 1 || mine[0]!.cmd !== '*' || !mine[0]!.permissive || mine[0]!.qual !== PREDICATE || mine[0]!.check !== PREDICATE)
      .map(({ table }) => table);
    expect(broken).toEqual([]);
  });

  it('leads every primary key, unique, exclusion and foreign key constraint with org_id', async () => {
    const offenders = await infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ name: string }>(`
        SELECT format('%I.%I', n.nspname, con.conname) AS name
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
         WHERE con.contype IN ('p', 'u', 'x', 'f')
           AND EXISTS (SELECT 1 FROM pg_attribute o WHERE o.attrelid = c.oid AND o.attname = 'org_id' AND NOT o.attisdropped)
           AND a.attname <> 'org_id'`);
      return rows.map((r) => r.name);
    });
    expect(offenders).toEqual([]);
  });

  it('runs every app as a role that is no superuser, cannot bypass RLS and owns nothing', async () => {
    const roles = Object.values(APP_ROLES);
    const { rows } = await infra.asOwner(undefined, (db) =>
      db.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
        `SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) + (SELECT count(*)::int FROM pg_namespace s WHERE s.nspowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = ANY($1)`,
        [roles],
      ),
    );
    expect(rows).toHaveLength(roles.length);
    expect(rows.filter((r) => r.rolsuper || r.rolbypassrls || r.owned > 0)).toEqual([]);
  });
});

describe.each(Object.keys(APP_ROLES) as AppName[])('as the %s role', (app) => {
  async function asApp<T>(orgId: string | undefined, work: (db: Client) => Promise<T>): Promise<T> {
    return infra.asRole(app, orgId, work);
  }

  /** The tenant tables this role holds `privilege` on (and can reach through its schema). */
  async function privileged(privilege: 'SELECT' | 'INSERT' | 'UPDATE'): Promise<string[]> {
    return infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ table: string }>(
        `SELECT t AS table FROM unnest($1::text[]) t
          WHERE has_schema_privilege($2, split_part(t, '.', 1), 'USAGE') AND has_table_privilege($2, t, $3)`,
        [tables.map((x) => x.table), APP_ROLES[app], privilege],
      );
      return rows.map((r) => r.table);
    });
  }

  it('reads its own tenant rows, so the proofs below can fail', async () => {
    const readable = await privileged('SELECT');
    expect(readable.length).toBeGreaterThan(0);
    for (const table of readable) {
      const { rows } = await asApp(tenantA, (db) => db.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, n: rows[0].n }).toEqual({ table, n: expect.any(Number) });
      expect(rows[0].n).toBeGreaterThan(0);
    }
  });

  it('reads 0 rows of another tenant', async () => {
    for (const table of await privileged('SELECT')) {
      const { rows } = await asApp(tenantB, (db) => db.query(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [tenantA]));
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('reads 0 rows with no tenant set', async () => {
    for (const table of await privileged('SELECT')) {
      const { rows } = await asApp(undefined, (db) => db.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('cannot insert a row for another tenant, nor with no tenant set', async () => {
    for (const table of await privileged('INSERT')) {
      for (const tenant of [tenantB, undefined]) {
        const error = await asApp(tenant, (db) => db.query(`INSERT INTO ${table} (org_id) VALUES ($1)`, [tenantA])).catch((e: { code?: string }) => e);
        expect({ table, tenant, code: (error as { code?: string }).code }).toEqual({ table, tenant, code: '42501' });
      }
    }
  });

  it('cannot update another tenant rows', async () => {
    for (const table of await privileged('UPDATE')) {
      const { rowCount } = await asApp(tenantB, (db) => db.query(`UPDATE ${table} SET org_id = org_id`));
      expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
    }
  });

  it('cannot move its own rows to another tenant', async () => {
    for (const table of await privileged('UPDATE')) {
      const error = await asApp(tenantA, (db) => db.query(`UPDATE ${table} SET org_id = $1`, [tenantB])).catch((e: { code?: string }) => e);
      expect({ table, code: (error as { code?: string }).code }).toEqual({ table, code: '42501' });
    }
  });
});
