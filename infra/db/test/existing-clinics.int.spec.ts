import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, migrate, MIGRATIONS, OWNER_ROLE, roleUrl } from '@infra/db';
import { TEST_PASSWORD } from '@infra/testing';

/**
 * `npm run migrate` on a database that already has clinics: the database is built as the release
 * before the tenant-country backfill (1100) left it, clinics and their rows are written, and the
 * remaining migrations must carry those rows over. Every tenant table forces row-level security,
 * even on its owner, so both the writes here and the migrations' backfills must set or lift it.
 */
const adminUrl = process.env.MO_TEST_ADMIN_URL!;
const database = `mo_t_existing_${randomUUID().slice(0, 8)}`;
const ownerUrl = roleUrl(adminUrl, OWNER_ROLE, TEST_PASSWORD, database);
const [berlin, chicago] = [randomUUID(), randomUUID()];

async function as<T>(role: string, orgId: string | undefined, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: role === OWNER_ROLE ? ownerUrl : roleUrl(adminUrl, role, TEST_PASSWORD, database) });
  await db.connect();
  try {
    await db.query('BEGIN');
    if (orgId) await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } finally {
    await db.end();
  }
}

/** A clinic as an older release stored it: a practitioner, a cleaning, and a caller's hold released long ago. */
async function clinic(orgId: string, timezone: string, retentionDays?: number): Promise<void> {
  await as(OWNER_ROLE, orgId, async (db) => {
    await db.query(`INSERT INTO tenancy.orgs (org_id, name, timezone) VALUES ($1, 'Clinic', $2)`, [orgId, timezone]);
    await db.query(`INSERT INTO booking.resources (org_id, resource_id, name, kind) VALUES ($1, gen_random_uuid(), 'Dr Lee', 'practitioner')`, [orgId]);
    await db.query(`INSERT INTO booking.appointment_types (org_id, appointment_type_id, name, duration_minutes) VALUES ($1, gen_random_uuid(), 'Cleaning', 30)`, [orgId]);
    await db.query(
      `INSERT INTO booking.holds (org_id, hold_id, call_id, resource_id, appointment_type_id, during, resource_name, appointment_type_name, starts_local, timezone,
         clinic_name, caller_phone, caller_first_name, status, release_reason, expires_at, created_at, updated_at, correlation_id)
       SELECT $1, gen_random_uuid(), 'call', r.resource_id, t.appointment_type_id, tstzrange(now() - interval '20 days', now() - interval '20 days' + interval '30 minutes'),
         'Dr Lee', 'Cleaning', 'x', $2, 'Clinic', '+13125550147', 'Sam', 'RELEASED', 'expired', now() - interval '20 days', now() - interval '20 days', now() - interval '20 days', 'c'
         FROM booking.resources r, booking.appointment_types t WHERE r.org_id = $1 AND t.org_id = $1`,
      [orgId, timezone],
    );
    await db.query(`INSERT INTO followup.opt_outs (org_id, phone, opted_out, updated_at) VALUES ($1, '+13125550147', true, now())`, [orgId]);
    await db.query(`INSERT INTO followup.consent_log (org_id, message_sid, phone, action, keyword, at) VALUES ($1, 'SM1', '+13125550147', 'opt_out', 'STOP', now())`, [orgId]);
    if (retentionDays) await db.query(`INSERT INTO followup.settings (org_id, retention_days) VALUES ($1, $2)`, [orgId, retentionDays]);
  });
}

beforeAll(async () => {
  await ensureDatabase(adminUrl, database);
  const before = MIGRATIONS.findIndex((m) => m.name === 'TenantCountry1764000001100');
  expect(before).toBeGreaterThan(0);
  await migrate(ownerUrl, MIGRATIONS.slice(0, before));
  await clinic(berlin, 'Europe/Berlin', 14);
  await clinic(chicago, 'America/Chicago');
  await migrate(ownerUrl);
}, 120_000);

afterAll(async () => {
  await dropDatabase(adminUrl, database);
});

describe('migrating a database that has clinics', () => {
  it("gives each clinic its country from its time zone, and its retention from the follow-up settings it had", async () => {
    for (const [orgId, country, retention] of [[berlin, 'DE', 14], [chicago, 'US', 30]] as const) {
      const rows = await as(OWNER_ROLE, orgId, async (db) => (await db.query(`SELECT country, retention_days FROM tenancy.orgs`)).rows);
      expect(rows).toEqual([{ country, retention_days: retention }]);
    }
    const columns = await as(OWNER_ROLE, undefined, async (db) =>
      (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'followup' AND table_name = 'settings' AND column_name = 'retention_days'`)).rows,
    );
    expect(columns).toEqual([]);
  });

  it("lets the retention janitor find existing rows past the tenant's retention, and only those", async () => {
    // Both clinics' holds are 20 days old: past Berlin's 14 days, within Chicago's 30.
    const due = await as('mo_booking', undefined, async (db) => (await db.query(`SELECT org_id FROM booking.orgs_with_expired_personal_data(100)`)).rows);
    expect(due).toEqual([{ org_id: berlin }]);
  });

  it("keeps existing consent rows readable by followup and ready to be kept as an HMAC", async () => {
    const rows = await as('mo_followup', berlin, async (db) => (await db.query(`SELECT phone, phone_hmac, action FROM followup.consent_log`)).rows);
    expect(rows).toEqual([{ phone: '+13125550147', phone_hmac: null, action: 'opt_out' }]);
    const optOuts = await as('mo_followup', berlin, async (db) => (await db.query(`SELECT opted_out FROM followup.opt_outs`)).rows);
    expect(optOuts).toEqual([{ opted_out: true }]);
  });
});
