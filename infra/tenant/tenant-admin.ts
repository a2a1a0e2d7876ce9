import { randomBytes, randomUUID } from 'node:crypto';
import { IANAZone } from 'luxon';
import { Pool, PoolClient } from 'pg';
import { formatApiKey, newApiKeySecret } from '@mo/auth';
import { purposeKey, SecretBox, sha256 } from '@mo/crypto';
import { CallerPhoneHmac, type ErasureStatus, erasureStatus, recordDeadLettersErased, requestCallerErasure, type Sql } from '@mo/privacy';
import { templateProblem } from '@mo/templates';
import { type Platform, signingKeyOwner } from '@mo/voice';

export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  fromNumber: string;
}

export interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface RedactionSettings {
  phones?: string[];
  emails?: string[];
  addresses?: string[];
  terms?: string[];
  conditions?: string[];
  medications?: string[];
}

export interface FollowupSettings {
  /** NULL restores the default template. */
  template?: string | null;
  quietStart?: string;
  quietEnd?: string;
  retentionDays?: number;
  clinicPhone?: string | null;
}

export interface AdminKeys {
  /** The apps' TENANT_SECRETS_KEY; signing secrets are sealed under its signing subkey. */
  tenantSecretsKey: string;
  /** Seals Twilio auth tokens: otp-sms's CREDENTIALS_KEY. */
  credentialsKey: string;
}

export interface PlatformSecrets {
  /** Retell's API key (it signs Retell's requests); ElevenLabs' or Vapi's webhook secret. */
  signingKey?: string;
}

/**
 * Tenant administration, as the owner role: tenants, API keys, clinic schedules, Twilio accounts.
 * Every write runs under the tenant's own row-level security setting, like the apps' writes.
 */
export class TenantAdmin {
  private readonly pool: Pool;
  private readonly tenantSecrets: SecretBox;
  private readonly credentials: SecretBox;
  private readonly voiceSecrets: SecretBox;
  private readonly fingerprintKeys: SecretBox;
  private readonly callerPhones: CallerPhoneHmac;

  constructor(ownerUrl: string, keys: AdminKeys) {
    this.pool = new Pool({ connectionString: ownerUrl, max: 4 });
    this.tenantSecrets = new SecretBox(purposeKey(keys.tenantSecretsKey, 'signingSecrets'));
    this.credentials = new SecretBox(keys.credentialsKey);
    this.voiceSecrets = new SecretBox(purposeKey(keys.tenantSecretsKey, 'voiceSigningKeys'));
    this.fingerprintKeys = new SecretBox(purposeKey(keys.tenantSecretsKey, 'fingerprintKeys'));
    this.callerPhones = new CallerPhoneHmac(keys.tenantSecretsKey);
  }

  /** Statements outside any tenant, as the owner: the operators' audit trail (ops.dlq_audit). */
  readonly operatorSql = (sql: string, params: unknown[]): Promise<unknown> => this.pool.query(sql, params);

  async close(): Promise<void> {
    await this.pool.end();
  }

  async exists(orgId: string): Promise<boolean> {
    return this.as(orgId, async (db) => (await db.query(`SELECT 1 FROM tenancy.orgs WHERE org_id = $1`, [orgId])).rowCount === 1);
  }

  /** `country` (ISO 3166 alpha-2) defaults from the time zone in the database. */
  async createTenant(input: { name: string; timezone: string; country?: string; orgId?: string; holdTtlSeconds?: number; slotStepMinutes?: number }): Promise<string> {
    if (!IANAZone.isValidZone(input.timezone)) throw new Error(`timezone ${input.timezone} is not an IANA time zone (e.g. America/Chicago)`);
    if (input.country !== undefined && !/^[A-Z]{2}$/.test(input.country)) throw new Error(`country ${input.country} is not an ISO 3166 alpha-2 code (e.g. GB)`);
    const orgId = input.orgId ?? randomUUID();
    await this.as(orgId, async (db) => {
      await db.query(`INSERT INTO tenancy.orgs (org_id, name, timezone, country) VALUES ($1, $2, $3, $4)`, [orgId, input.name, input.timezone, input.country ?? null]);
      await db.query(`INSERT INTO booking.clinic_settings (org_id, hold_ttl_seconds, slot_step_minutes) VALUES ($1, $2, $3)`, [
        orgId,
        input.holdTtlSeconds ?? 300,
        input.slotStepMinutes ?? 15,
      ]);
    });
    return orgId;
  }

  /** A new API key, valid for `expiresInSeconds` if given. It is returned once; only the SHA-256 of its secret is stored. */
  async createApiKey(orgId: string, label = '', expiresInSeconds?: number): Promise<string> {
    const keyId = randomUUID();
    const secret = newApiKeySecret();
    await this.as(orgId, (db) =>
      db.query(
        `INSERT INTO tenancy.api_keys (org_id, key_id, secret_sha256, label, expires_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(secs => $5::int) END)`,
        [orgId, keyId, sha256(secret), label, expiresInSeconds ?? null],
      ),
    );
    return formatApiKey({ orgId, keyId, secret });
  }

  /** Revokes a key at once on every instance (a trigger notifies their key caches); false if there is no such live key. */
  async revokeApiKey(orgId: string, keyId: string): Promise<boolean> {
    return this.as(orgId, async (db) => {
      const { rowCount } = await db.query(`UPDATE tenancy.api_keys SET revoked_at = now() WHERE org_id = $1 AND key_id = $2 AND revoked_at IS NULL`, [orgId, keyId]);
      return rowCount === 1;
    });
  }

  /** Turns on body signatures for the tenant; returns the secret once, stores it sealed. */
  async requireSignatures(orgId: string): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    await this.as(orgId, (db) =>
      db.query(`UPDATE tenancy.orgs SET signing_secret_sealed = $2 WHERE org_id = $1`, [orgId, this.tenantSecrets.seal(secret, orgId)]),
    );
    return secret;
  }

  /**
   * Connects a voice platform, or rotates its secret: the connection id (so the URLs) stays, a new
   * secret is issued where the platform sends ours (Vapi, ElevenLabs), and the signing key is
   * replaced when given. The secret is returned once; only its SHA-256 is stored.
   */
  async connectPlatform(orgId: string, platform: Platform, secrets: PlatformSecrets): Promise<{ connectionId: string; secret?: string }> {
    const box = this.voiceSecrets;
    if (platform === 'retell' && !secrets.signingKey) throw new Error('Retell signs with your Retell API key: pass --retell-api-key');
    const secret = platform === 'retell' ? undefined : randomBytes(32).toString('base64url');
    const connectionId = await this.as(orgId, async (db) => {
      const existing = await db.query<{ connection_id: string }>(`SELECT connection_id FROM tenancy.voice_connections WHERE org_id = $1 AND platform = $2`, [orgId, platform]);
      const id = existing.rows[0]?.connection_id ?? randomUUID();
      const sealed = secrets.signingKey ? box.seal(secrets.signingKey, signingKeyOwner(orgId, id)) : null;
      await db.query(
        `INSERT INTO tenancy.voice_connections (org_id, connection_id, platform, secret_sha256, signing_key_sealed) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (org_id, platform) DO UPDATE SET secret_sha256 = EXCLUDED.secret_sha256,
           signing_key_sealed = coalesce(EXCLUDED.signing_key_sealed, tenancy.voice_connections.signing_key_sealed)`,
        [orgId, id, platform, secret ? sha256(secret) : null, sealed],
      );
      return id;
    });
    return { connectionId, ...(secret ? { secret } : {}) };
  }

  async disconnectPlatform(orgId: string, platform: Platform): Promise<boolean> {
    return this.as(orgId, async (db) => (await db.query(`DELETE FROM tenancy.voice_connections WHERE org_id = $1 AND platform = $2`, [orgId, platform])).rowCount === 1);
  }

  async addResource(orgId: string, input: { name: string; kind: 'practitioner' | 'room' }): Promise<string> {
    const id = randomUUID();
    await this.as(orgId, (db) => db.query(`INSERT INTO booking.resources (org_id, resource_id, name, kind) VALUES ($1, $2, $3, $4)`, [orgId, id, input.name, input.kind]));
    return id;
  }

  async addAppointmentType(orgId: string, input: { name: string; durationMinutes: number; resourceIds?: string[] }): Promise<string> {
    const id = randomUUID();
    await this.as(orgId, async (db) => {
      await db.query(`INSERT INTO booking.appointment_types (org_id, appointment_type_id, name, duration_minutes) VALUES ($1, $2, $3, $4)`, [
        orgId,
        id,
        input.name,
        input.durationMinutes,
      ]);
      for (const resourceId of input.resourceIds ?? []) {
        await db.query(`INSERT INTO booking.appointment_type_resources (org_id, appointment_type_id, resource_id) VALUES ($1, $2, $3)`, [orgId, id, resourceId]);
      }
    });
    return id;
  }

  /** Replaces a resource's weekly hours. */
  async setHours(orgId: string, resourceId: string, hours: Hours[]): Promise<void> {
    await this.as(orgId, async (db) => {
      await db.query(`DELETE FROM booking.working_hours WHERE org_id = $1 AND resource_id = $2`, [orgId, resourceId]);
      for (const h of hours) {
        await db.query(`INSERT INTO booking.working_hours (org_id, resource_id, weekday, opens, closes) VALUES ($1, $2, $3, $4, $5)`, [
          orgId,
          resourceId,
          h.weekday,
          h.opens,
          h.closes,
        ]);
      }
    });
  }

  async addClosure(orgId: string, input: { resourceId?: string; from: Date; to: Date; reason?: string }): Promise<string> {
    const id = randomUUID();
    await this.as(orgId, (db) =>
      db.query(`INSERT INTO booking.closures (org_id, closure_id, resource_id, during, reason) VALUES ($1, $2, $3, tstzrange($4, $5), $6)`, [
        orgId,
        id,
        input.resourceId ?? null,
        input.from,
        input.to,
        input.reason ?? '',
      ]),
    );
    return id;
  }

  /**
   * How close to its start a booking may still be cancelled or moved by phone, and how far ahead the
   * clinic books. Either may be given alone; the other keeps its value.
   */
  async setBookingPolicy(orgId: string, policy: { minNoticeHours?: number; bookingHorizonDays?: number }): Promise<void> {
    const { minNoticeHours: hours, bookingHorizonDays: days } = policy;
    if (hours === undefined && days === undefined) throw new Error('give --min-notice-hours, --horizon-days or both');
    if (hours !== undefined && !(Number.isInteger(hours) && hours >= 0 && hours <= 720)) throw new Error('the notice must be a whole number of hours from 0 to 720');
    if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650)) throw new Error('the horizon must be a whole number of days from 1 to 3650');
    await this.as(orgId, (db) =>
      db.query(
        `INSERT INTO booking.clinic_settings (org_id, min_notice_hours, booking_horizon_days) VALUES ($1, coalesce($2, 0), coalesce($3, 365))
         ON CONFLICT (org_id) DO UPDATE SET min_notice_hours = coalesce($2, clinic_settings.min_notice_hours),
                                            booking_horizon_days = coalesce($3, clinic_settings.booking_horizon_days)`,
        [orgId, hours ?? null, days ?? null],
      ),
    );
  }

  /** Stores the clinic's Twilio account; the auth token is sealed with the tenant as associated data. */
  async setTwilio(orgId: string, account: TwilioAccount, dailySmsCap = 2000): Promise<void> {
    if (!/^AC[0-9a-f]{32}$/.test(account.accountSid)) throw new Error('the Twilio account SID must look like AC followed by 32 hex digits');
    if (!/^\+[1-9]\d{6,14}$/.test(account.fromNumber)) throw new Error('the sender must be an E.164 phone number, e.g. +15005550006');
    await this.as(orgId, (db) =>
      db.query(
        `INSERT INTO otp_sms.twilio_accounts (org_id, account_sid, auth_token_sealed, from_number, daily_sms_cap) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (org_id) DO UPDATE SET account_sid = EXCLUDED.account_sid, auth_token_sealed = EXCLUDED.auth_token_sealed,
           from_number = EXCLUDED.from_number, daily_sms_cap = EXCLUDED.daily_sms_cap, updated_at = now()`,
        [orgId, account.accountSid, this.credentials.seal(account.authToken, orgId), account.fromNumber, dailySmsCap],
      ),
    );
  }

  /**
   * Drops the tenant's fingerprint key if this installation's TENANT_SECRETS_KEY cannot open it, so
   * redaction makes a new one (earlier pseudonyms stop linking). For the demo clinic only.
   */
  async forgetUnreadableRedactionKey(orgId: string): Promise<void> {
    await this.as(orgId, async (db) => {
      const { rows } = await db.query<{ key_sealed: Buffer }>(`SELECT key_sealed FROM redaction.keys WHERE org_id = $1`, [orgId]);
      if (rows[0] && !this.opens(this.fingerprintKeys, rows[0].key_sealed, orgId)) await db.query(`DELETE FROM redaction.keys WHERE org_id = $1`, [orgId]);
    });
  }

  private opens(box: SecretBox, sealed: Buffer, owner: string): boolean {
    try {
      box.open(sealed, owner);
      return true;
    } catch {
      return false;
    }
  }

  /** The clinic's redaction policy: its own contact details are never masked; extra terms always are. */
  async setRedactionPolicy(orgId: string, policy: RedactionSettings): Promise<void> {
    await this.as(orgId, (db) =>
      db.query(
        `INSERT INTO redaction.policies (org_id, allow_phones, allow_emails, allow_addresses, allow_terms, extra_conditions, extra_medications, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (org_id) DO UPDATE SET allow_phones = EXCLUDED.allow_phones, allow_emails = EXCLUDED.allow_emails,
           allow_addresses = EXCLUDED.allow_addresses, allow_terms = EXCLUDED.allow_terms, extra_conditions = EXCLUDED.extra_conditions,
           extra_medications = EXCLUDED.extra_medications, updated_at = now()`,
        [orgId, policy.phones ?? [], policy.emails ?? [], policy.addresses ?? [], policy.terms ?? [], policy.conditions ?? [], policy.medications ?? []],
      ),
    );
  }

  /** Follow-up SMS settings; a template is checked for unknown placeholders and health words before it is stored. */
  async setFollowupSettings(orgId: string, settings: FollowupSettings): Promise<void> {
    const problem = settings.template ? templateProblem(settings.template) : undefined;
    if (problem) throw new Error(problem);
    const time = /^([01]\d|2[0-3]):[0-5]\d$/;
    if (settings.quietStart !== undefined && !time.test(settings.quietStart)) throw new Error(`sending hours must be HH:MM, e.g. 08:00 (got ${settings.quietStart})`);
    // The end may be 24:00, the end of the day: a window of the whole day with no minute left out.
    if (settings.quietEnd !== undefined && settings.quietEnd !== '24:00' && !time.test(settings.quietEnd)) throw new Error(`sending hours must end at HH:MM or 24:00 (got ${settings.quietEnd})`);
    if (settings.quietStart && settings.quietEnd && settings.quietEnd <= settings.quietStart) throw new Error('sending hours must end after they start');
    if (settings.retentionDays !== undefined && !(Number.isInteger(settings.retentionDays) && settings.retentionDays >= 1 && settings.retentionDays <= 3650)) {
      throw new Error('retention must be a whole number of days from 1 to 3650');
    }
    if (settings.clinicPhone && !/^\+[1-9]\d{6,14}$/.test(settings.clinicPhone)) throw new Error('the clinic phone must be E.164, e.g. +13125550100');
    await this.as(orgId, async (db) => {
      await db.query(
        `INSERT INTO followup.settings AS s (org_id, template, quiet_start, quiet_end, clinic_phone, updated_at)
         VALUES ($1, $2, coalesce($3::time, '08:00'), coalesce($4::time, '20:00'), $5, now())
         ON CONFLICT (org_id) DO UPDATE SET
           template = CASE WHEN $6 THEN EXCLUDED.template ELSE s.template END,
           quiet_start = coalesce($3::time, s.quiet_start), quiet_end = coalesce($4::time, s.quiet_end),
           clinic_phone = CASE WHEN $7 THEN EXCLUDED.clinic_phone ELSE s.clinic_phone END, updated_at = now()`,
        [orgId, settings.template ?? null, settings.quietStart ?? null, settings.quietEnd ?? null, settings.clinicPhone ?? null, settings.template !== undefined, settings.clinicPhone !== undefined],
      );
      // The tenant's retention, which every app applies to its own personal data.
      if (settings.retentionDays !== undefined) await db.query(`UPDATE tenancy.orgs SET retention_days = $2 WHERE org_id = $1`, [orgId, settings.retentionDays]);
    });
  }

  async listSchedule(orgId: string): Promise<{ resources: Array<{ id: string; name: string }>; appointmentTypes: Array<{ id: string; name: string; durationMinutes: number }> }> {
    return this.as(orgId, async (db) => ({
      resources: (await db.query(`SELECT resource_id AS id, name FROM booking.resources WHERE org_id = $1 ORDER BY name`, [orgId])).rows,
      appointmentTypes: (
        await db.query(`SELECT appointment_type_id AS id, name, duration_minutes AS "durationMinutes" FROM booking.appointment_types WHERE org_id = $1 ORDER BY name`, [
          orgId,
        ])
      ).rows,
    }));
  }

  /** Records an erasure request and its command in booking's outbox, in one transaction; false for an unknown tenant. */
  async requestErasure(orgId: string, request: { erasureId: string; messageId: string; phone: string; operator: string }): Promise<boolean> {
    return this.as(orgId, async (db) => {
      if ((await db.query(`SELECT 1 FROM tenancy.orgs WHERE org_id = $1`, [orgId])).rowCount !== 1) return false;
      await requestCallerErasure(sqlOf(db), { ...request, orgId, phoneHmac: this.callerPhones.of(orgId, request.phone), via: 'cli', now: new Date() });
      return true;
    });
  }

  async erasureStatus(orgId: string, erasureId: string): Promise<ErasureStatus | undefined> {
    return this.as(orgId, (db) => erasureStatus(sqlOf(db), orgId, erasureId));
  }

  async deadLettersErased(orgId: string, erasureId: string, count: number): Promise<void> {
    await this.as(orgId, (db) => recordDeadLettersErased(sqlOf(db), orgId, erasureId, count));
  }

  private async as<T>(orgId: string, work: (db: PoolClient) => Promise<T>): Promise<T> {
    const db = await this.pool.connect();
    try {
      await db.query('BEGIN');
      await db.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
      const result = await work(db);
      await db.query('COMMIT');
      return result;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      db.release();
    }
  }
}

/** The privacy ledger's statements on this admin's client, inside its tenant transaction. */
function sqlOf(db: PoolClient): Sql {
  return { query: async <R>(sql: string, params: readonly unknown[]) => (await db.query(sql, [...params])).rows as R[] };
}
