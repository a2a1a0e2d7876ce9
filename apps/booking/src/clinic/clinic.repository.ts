import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { ClinicConfig } from './clinic-config';
import { Interval } from './schedule';

interface ConfigRow {
  clinic: { name: string; timezone: string; ttl: number; step: number; notice: number; horizon: number } | null;
  types: Array<{ id: string; name: string; durationMinutes: number; resourceIds: string[] }>;
  resources: Array<{ id: string; name: string; hours: Array<{ weekday: number; opens: string; closes: string }> }>;
  closures: Array<{ resourceId: string | null; start: string; end: string }>;
}

@Injectable()
export class ClinicRepository {
  constructor(private readonly db: TenantDb) {}

  /** The current tenant's whole schedule configuration, in one round trip. */
  async loadConfig(now: Date): Promise<ClinicConfig | undefined> {
    const [row] = await this.db.query<ConfigRow>(CONFIG_SQL, [this.db.orgId, now]);
    if (!row?.clinic) return undefined;
    return {
      clinicName: row.clinic.name,
      timezone: row.clinic.timezone,
      holdTtlSeconds: row.clinic.ttl,
      stepMinutes: row.clinic.step,
      minNoticeHours: row.clinic.notice,
      bookingHorizonDays: row.clinic.horizon,
      appointmentTypes: Object.fromEntries(row.types.map((t) => [t.id, t])),
      resources: Object.fromEntries(row.resources.map((r) => [r.id, r])),
      closures: row.closures.map((c) => ({ resourceId: c.resourceId, start: new Date(c.start), end: new Date(c.end) })),
    };
  }

  /** Live holds and bookings of these resources that overlap the window. */
  async busy(resourceIds: readonly string[], from: Date, to: Date): Promise<Array<Interval & { resourceId: string }>> {
    if (resourceIds.length === 0) return [];
    const rows = await this.db.query<{ resource_id: string; start: Date; end: Date }>(
      `SELECT resource_id, lower(during) AS start, upper(during) AS end FROM booking.holds
        WHERE org_id = $1 AND resource_id = ANY($2::uuid[]) AND status IN ('HELD', 'OTP_SENT', 'CONFIRMED', 'RESERVED') AND during && tstzrange($3, $4)`,
      [this.db.orgId, resourceIds, from, to],
    );
    return rows.map((r) => ({ resourceId: r.resource_id, start: r.start, end: r.end }));
  }
}

const CONFIG_SQL = `
SELECT
  (SELECT json_build_object('name', o.name, 'timezone', o.timezone,
                            'ttl', coalesce(s.hold_ttl_seconds, 300), 'step', coalesce(s.slot_step_minutes, 15),
                            'notice', coalesce(s.min_notice_hours, 0), 'horizon', coalesce(s.booking_horizon_days, 365))
     FROM tenancy.orgs o LEFT JOIN booking.clinic_settings s ON s.org_id = o.org_id WHERE o.org_id = $1) AS clinic,
  (SELECT coalesce(json_agg(json_build_object('id', t.appointment_type_id, 'name', t.name, 'durationMinutes', t.duration_minutes,
            'resourceIds', (SELECT coalesce(json_agg(x.resource_id), '[]') FROM booking.appointment_type_resources x
                             WHERE x.org_id = $1 AND x.appointment_type_id = t.appointment_type_id))), '[]')
     FROM booking.appointment_types t WHERE t.org_id = $1) AS types,
  (SELECT coalesce(json_agg(json_build_object('id', r.resource_id, 'name', r.name, 'hours',
            (SELECT coalesce(json_agg(json_build_object('weekday', h.weekday, 'opens', h.opens, 'closes', h.closes)), '[]')
               FROM booking.working_hours h WHERE h.org_id = $1 AND h.resource_id = r.resource_id))), '[]')
     FROM booking.resources r WHERE r.org_id = $1) AS resources,
  (SELECT coalesce(json_agg(json_build_object('resourceId', c.resource_id, 'start', lower(c.during), 'end', upper(c.during))), '[]')
     FROM booking.closures c WHERE c.org_id = $1 AND upper(c.during) > $2) AS closures`;
