import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { DEFAULT_FOLLOWUP_TEMPLATE } from '@mo/templates';

export interface FollowupSettings {
  clinicName: string;
  timezone: string;
  template: string;
  quietStart: string;
  quietEnd: string;
  clinicPhone?: string;
}

@Injectable()
export class SettingsRepository {
  constructor(private readonly db: TenantDb) {}

  /** The tenant's follow-up settings, with the defaults filled in. */
  async load(): Promise<FollowupSettings> {
    const [row] = await this.db.query<{ name: string; timezone: string; template: string | null; quiet_start: string | null; quiet_end: string | null; clinic_phone: string | null }>(
      `SELECT o.name, o.timezone, s.template, s.quiet_start::text, s.quiet_end::text, s.clinic_phone
         FROM tenancy.orgs o LEFT JOIN followup.settings s ON s.org_id = o.org_id WHERE o.org_id = $1`,
      [this.db.orgId],
    );
    if (!row) throw new Error('the tenant does not exist');
    return {
      clinicName: row.name,
      timezone: row.timezone,
      template: row.template ?? DEFAULT_FOLLOWUP_TEMPLATE,
      quietStart: row.quiet_start ?? '08:00',
      quietEnd: row.quiet_end ?? '20:00',
      ...(row.clinic_phone ? { clinicPhone: row.clinic_phone } : {}),
    };
  }
}
