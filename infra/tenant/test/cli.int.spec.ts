import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SecretBox } from '@mo/crypto';
import { TEST_PASSWORD, TestInfra } from '@infra/testing';
import { DEMO_ORG_ID } from '@infra/tenant';

let infra: TestInfra;

beforeAll(async () => {
  infra = await TestInfra.create();
});

afterAll(async () => {
  await infra?.dispose();
});

/** The CLI as a user runs it, from the build, against this file's database. */
function tenant(...args: string[]) {
  return tenantWith({}, ...args);
}

function tenantWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(__dirname, '../../../dist/infra/tenant/cli.js'), ...args], {
    env: { PATH: process.env.PATH, ADMIN_DATABASE_URL: infra.adminUrl, DATABASE_NAME: infra.database, MO_DB_PASSWORD: TEST_PASSWORD, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

describe('npm run tenant', () => {
  it('creates a tenant, prints its id and key once, and stores only the key hash and a sealed token', async () => {
    const created = tenant('create', '--name', 'North Clinic', '--timezone', 'Europe/Berlin', '--sandbox-twilio', '--json');
    expect(created.status).toBe(0);
    const { orgId, apiKey } = created.json();
    expect(apiKey).toMatch(/^mo_[0-9a-f]{64}[A-Za-z0-9_-]{43}$/);
    const stored = await infra.asOwner(orgId, (db) => db.query(`SELECT name, timezone FROM tenancy.orgs`));
    expect(stored.rows).toEqual([{ name: 'North Clinic', timezone: 'Europe/Berlin' }]);
    const keys = await infra.asOwner(orgId, (db) => db.query(`SELECT secret_sha256 FROM tenancy.api_keys`));
    expect(keys.rows[0].secret_sha256.toString('hex')).not.toContain(apiKey.slice(-43));
    const twilio = await infra.asOwner(orgId, (db) => db.query(`SELECT auth_token_sealed FROM otp_sms.twilio_accounts`));
    expect(twilio.rowCount).toBe(1);
  });

  it('adds the schedule step by step', () => {
    const { orgId } = tenant('create', '--name', 'Step Clinic', '--timezone', 'America/New_York', '--json').json();
    const { resourceId } = tenant('add-resource', '--org', orgId, '--name', 'Room 1', '--kind', 'room', '--json').json();
    const type = tenant('add-appointment-type', '--org', orgId, '--name', 'X-ray', '--duration', '15', '--resource', resourceId, '--json');
    expect(type.json()).toEqual({ appointmentTypeId: expect.any(String) });
    const hours = tenant('set-hours', '--org', orgId, '--resource', resourceId, '--days', 'mon,tue,fri', '--opens', '09:00', '--closes', '17:00', '--json');
    expect(hours.json().hours).toHaveLength(3);
  });

  it('sets how close to its start a booking may still be changed by phone, and refuses a bad value', async () => {
    const { orgId } = tenant('create', '--name', 'Policy Clinic', '--timezone', 'America/Chicago', '--json').json();
    expect(tenant('set-booking-policy', '--org', orgId, '--min-notice-hours', '24', '--json').json()).toEqual({ minNoticeHours: 24 });
    const stored = await infra.asOwner(orgId, (db) => db.query(`SELECT min_notice_hours FROM booking.clinic_settings`));
    expect(stored.rows).toEqual([{ min_notice_hours: 24 }]);
    const bad = tenant('set-booking-policy', '--org', orgId, '--min-notice-hours', 'soon');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('whole number of hours');
    expect(tenant('set-booking-policy', '--org', orgId).stderr).toContain('give --min-notice-hours, --horizon-days or both');
  });

  it('sets how far ahead a clinic books, keeping the notice it has, and refuses a bad value', async () => {
    const { orgId } = tenant('create', '--name', 'Horizon Clinic', '--timezone', 'America/Chicago', '--json').json();
    tenant('set-booking-policy', '--org', orgId, '--min-notice-hours', '12', '--json');
    expect(tenant('set-booking-policy', '--org', orgId, '--horizon-days', '90', '--json').json()).toEqual({ bookingHorizonDays: 90 });
    const stored = await infra.asOwner(orgId, (db) => db.query(`SELECT min_notice_hours, booking_horizon_days FROM booking.clinic_settings`));
    expect(stored.rows).toEqual([{ min_notice_hours: 12, booking_horizon_days: 90 }]);
    const bad = tenant('set-booking-policy', '--org', orgId, '--horizon-days', '0');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('whole number of days from 1 to 3650');
  });

  it('seeds the demo clinic once and prints a fresh, working key on every run', async () => {
    const first = tenant('seed-demo', '--json').json();
    const second = tenant('seed-demo', '--json').json();
    expect(first.orgId).toBe(DEMO_ORG_ID);
    expect(second.orgId).toBe(DEMO_ORG_ID);
    expect(second.apiKey).not.toBe(first.apiKey);
    expect(second).toMatchObject({ timezone: 'America/Chicago', resources: expect.any(Array), appointmentTypes: expect.any(Array) });
    expect(second.resources.map((r: { name: string }) => r.name)).toEqual(['Dr Lee', 'Dr Ray']);
    expect(second.appointmentTypes.map((t: { name: string; durationMinutes: number }) => `${t.name} ${t.durationMinutes}`)).toEqual(['Checkup 20', 'Cleaning 30', 'Filling 60']);
    const orgs = await infra.asOwner(DEMO_ORG_ID, (db) => db.query(`SELECT count(*)::int AS n FROM booking.resources`));
    expect(orgs.rows[0].n).toBe(2);
  });

  it('re-seals the demo clinic with this installation’s keys, so a database seeded with other keys keeps working', async () => {
    tenant('seed-demo', '--json');
    await infra.asOwner(DEMO_ORG_ID, (db) => db.query(`INSERT INTO redaction.keys (org_id, key_sealed, created_at) VALUES ($1, '\\x01', now()) ON CONFLICT DO NOTHING`, [DEMO_ORG_ID]));
    const own = { TENANT_SECRETS_KEY: randomBytes(32).toString('base64'), CREDENTIALS_KEY: randomBytes(32).toString('base64'), SANDBOX_SECRET: randomBytes(32).toString('base64url') };
    expect(tenantWith(own, 'seed-demo', '--json').status).toBe(0);
    const sealed = await infra.asOwner(DEMO_ORG_ID, (db) => db.query(`SELECT auth_token_sealed FROM otp_sms.twilio_accounts WHERE org_id = $1`, [DEMO_ORG_ID]));
    expect(new SecretBox(own.CREDENTIALS_KEY).open(sealed.rows[0].auth_token_sealed, DEMO_ORG_ID)).toMatch(/\S/);
    const keys = await infra.asOwner(DEMO_ORG_ID, (db) => db.query(`SELECT 1 FROM redaction.keys WHERE org_id = $1`, [DEMO_ORG_ID]));
    expect(keys.rowCount).toBe(0);
  });

  it('sets follow-up settings, and refuses a template with an unknown placeholder or a health word', async () => {
    const { orgId } = tenant('create', '--name', 'Quiet Clinic', '--timezone', 'Europe/London', '--json').json();
    const template = 'Hi {firstName}, your {appointmentType} at {clinicName} is waiting. Reply YES to book.';
    const set = tenant('set-followup', '--org', orgId, '--template', template, '--quiet-start', '09:00', '--quiet-end', '18:30', '--retention-days', '14', '--json');
    expect(set.status).toBe(0);
    const stored = await infra.asOwner(orgId, (db) => db.query(`SELECT template, quiet_start::text, quiet_end::text, (SELECT retention_days FROM tenancy.orgs) FROM followup.settings`));
    expect(stored.rows).toEqual([{ template, quiet_start: '09:00:00', quiet_end: '18:30:00', retention_days: 14 }]);

    const unknown = tenant('set-followup', '--org', orgId, '--template', 'Hi {name}, call us back please.');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/\{name\} is not a placeholder/);
    const health = tenant('set-followup', '--org', orgId, '--template', 'Hi {firstName}, about your diabetes check, reply YES.');
    expect(health.status).toBe(1);
    expect(health.stderr).toMatch(/may not name a condition or a medication \("diabetes"\)/);
    const hours = tenant('set-followup', '--org', orgId, '--quiet-start', '20:00', '--quiet-end', '08:00');
    expect(hours.stderr).toMatch(/sending hours must end after they start/);

    const reset = tenant('set-followup', '--org', orgId, '--default-template');
    expect(reset.status).toBe(0);
    const after = await infra.asOwner(orgId, (db) => db.query(`SELECT template, quiet_start::text, (SELECT retention_days FROM tenancy.orgs) FROM followup.settings`));
    expect(after.rows).toEqual([{ template: null, quiet_start: '09:00:00', retention_days: 14 }]);
  });

  it('adds a key that expires, and revokes a key by its id or by the key itself', async () => {
    const { orgId } = tenant('create', '--name', 'Key Clinic', '--timezone', 'Europe/Paris', '--json').json();
    const added = tenant('add-key', '--org', orgId, '--expires-in', '90d', '--json').json();
    expect(added).toEqual({ apiKey: expect.stringMatching(/^mo_/), keyId: expect.any(String) });
    const expiry = await infra.asOwner(orgId, (db) => db.query(`SELECT expires_at - created_at AS left FROM tenancy.api_keys WHERE key_id = $1`, [added.keyId]));
    expect(expiry.rows[0].left).toMatchObject({ days: 90 });
    expect(tenant('revoke-key', '--org', orgId, '--key', added.keyId, '--json').json()).toEqual({ revoked: added.keyId });
    const second = tenant('add-key', '--org', orgId, '--json').json();
    expect(tenant('revoke-key', '--org', orgId, '--key', second.apiKey, '--json').json()).toEqual({ revoked: second.keyId });
    const again = tenant('revoke-key', '--org', orgId, '--key', second.keyId);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/no live key/);
    expect(tenant('add-key', '--org', orgId, '--expires-in', 'soon').stderr).toMatch(/--expires-in takes a number and s, m, h or d/);
  });

  it('refuses an unknown time zone and a missing option with a clear message', () => {
    const badZone = tenant('create', '--name', 'X', '--timezone', 'Mars/Olympus');
    expect(badZone.status).toBe(1);
    expect(badZone.stderr).toMatch(/Mars\/Olympus is not an IANA time zone/);
    const missing = tenant('add-key');
    expect(missing.status).toBe(64);
    expect(missing.stderr).toMatch(/--org is required for add-key/);
  });

  it('connects a voice platform, prints what to paste, rotates the secret on a second run, and disconnects', async () => {
    const { orgId } = tenant('create', '--name', 'Voice Clinic', '--timezone', 'America/Chicago', '--json').json();
    const vapi = tenant('connect-platform', '--org', orgId, '--platform', 'vapi', '--json');
    expect(vapi.status).toBe(0);
    const first = vapi.json();
    expect(first).toMatchObject({
      platform: 'vapi',
      orgId,
      toolsUrl: `http://127.0.0.1:3001/v1/voice/vapi/${first.connectionId}/tools`,
      eventsUrl: `http://127.0.0.1:3003/v1/voice/vapi/${first.connectionId}/events`,
      secret: expect.any(String),
    });
    expect(first.tools.map((t: { function: { name: string } }) => t.function.name)).toEqual(['check_availability', 'hold_slot', 'confirm_booking', 'resend_code', 'cancel_hold', 'caller_context', 'find_appointments', 'cancel_appointment', 'reschedule_appointment']);
    const rotated = tenant('connect-platform', '--org', orgId, '--platform', 'vapi', '--json').json();
    expect(rotated.connectionId).toBe(first.connectionId);
    expect(rotated.secret).not.toBe(first.secret);
    const stored = await infra.asOwner(orgId, (db) => db.query(`SELECT platform, secret_sha256, signing_key_sealed FROM tenancy.voice_connections`));
    expect(stored.rows).toEqual([{ platform: 'vapi', secret_sha256: expect.any(Buffer), signing_key_sealed: null }]);
    expect(stored.rows[0].secret_sha256.toString('utf8')).not.toContain(rotated.secret);

    const retell = tenant('connect-platform', '--org', orgId, '--platform', 'retell', '--retell-api-key', 'key_abc123', '--json').json();
    expect(retell.secret).toBeUndefined();
    expect(retell.tools[0]).toMatchObject({ type: 'custom', name: 'check_availability', url: retell.toolsUrl });
    const sealed = await infra.asOwner(orgId, (db) => db.query(`SELECT signing_key_sealed FROM tenancy.voice_connections WHERE platform = 'retell'`));
    expect(sealed.rows[0].signing_key_sealed.includes(Buffer.from('key_abc123'))).toBe(false);
    expect(tenant('connect-platform', '--org', orgId, '--platform', 'retell', '--json')).toMatchObject({ status: 1, stderr: expect.stringContaining('--retell-api-key') });
    expect(tenant('connect-platform', '--org', orgId, '--platform', 'skype', '--json')).toMatchObject({ status: 64 });

    expect(tenant('disconnect-platform', '--org', orgId, '--platform', 'vapi', '--json').json()).toEqual({ platform: 'vapi', disconnected: true });
    const left = await infra.asOwner(orgId, (db) => db.query(`SELECT platform FROM tenancy.voice_connections`));
    expect(left.rows).toEqual([{ platform: 'retell' }]);
  });
});
