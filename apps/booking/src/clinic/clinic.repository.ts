import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { Schedule } from './schedule';

export interface ScheduleQuery {
  appointmentTypeId: string;
  /** Only this resource; otherwise every resource that can do the appointment type. */
  resourceId?: string;
  from: Date;
  to: Date;
  /** Live holds and bookings in the window; not needed when the database constraint decides. */
  withBusy: boolean;
}

export type ScheduleResult =
  | { found: true; schedule: Schedule }
  | { found: false; missing: 'appointment_type' | 'resource' | 'resource_not_eligible' };

interface Row {
  clinic: { name: string; timezone: string; ttl: number; step: number };
  type: { id: string; name: string; duration_minutes: number } | null;
  resource_exists: boolean;
  resources: Array<{ id: string; name: string; hours: Array<{ weekday: number; opens: string; closes: string }> }>;
  closures: Array<{ resourceId: string | null; start: string; end: string }>;
  busy: Array<{ resourceId: string; start: string; end: string }>;
}

@Injectable()
export class ClinicRepository {
  constructor(private readonly db: TenantDb) {}

  /** The clinic's schedule for a window, in one round trip. */
  async loadSchedule(query: ScheduleQuery): Promise<ScheduleResult> {
    const [row] = await this.db.query<Row>(SCHEDULE_SQL, [
      this.db.orgId,
      query.appointmentTypeId,
      query.resourceId ?? null,
      query.from,
      query.to,
      query.withBusy,
    ]);
    if (!row?.type) return { found: false, missing: 'appointment_type' };
    if (query.resourceId && !row.resource_exists) return { found: false, missing: 'resource' };
    if (query.resourceId && row.resources.length === 0) return { found: false, missing: 'resource_not_eligible' };
    const interval = <T extends { start: string; end: string }>(r: T) => ({ ...r, start: new Date(r.start), end: new Date(r.end) });
    return {
      found: true,
      schedule: {
        clinicName: row.clinic.name,
        timezone: row.clinic.timezone,
        holdTtlSeconds: row.clinic.ttl,
        stepMinutes: row.clinic.step,
        appointmentType: { id: row.type.id, name: row.type.name, durationMinutes: row.type.duration_minutes },
        resources: row.resources,
        closures: row.closures.map(interval),
        busy: row.busy.map(interval),
      },
    };
  }
}

const SCHEDULE_SQL = `
WITH eligible AS (
  SELECT r.resource_id, r.name
    FROM booking.resources r
   WHERE r.org_id = $1
     AND ($3::uuid IS NULL OR r.resource_id = $3)
     AND (NOT EXISTS (SELECT 1 FROM booking.appointment_type_resources x WHERE x.org_id = $1 AND x.appointment_type_id = $2)
          OR EXISTS (SELECT 1 FROM booking.appointment_type_resources x
                      WHERE x.org_id = $1 AND x.appointment_type_id = $2 AND x.resource_id = r.resource_id))
)
SELECT
  (SELECT json_build_object('name', o.name, 'timezone', o.timezone,
                            'ttl', coalesce(s.hold_ttl_seconds, 300), 'step', coalesce(s.slot_step_minutes, 15))
     FROM tenancy.orgs o LEFT JOIN booking.clinic_settings s ON s.org_id = o.org_id
    WHERE o.org_id = $1) AS clinic,
  (SELECT json_build_object('id', t.appointment_type_id, 'name', t.name, 'duration_minutes', t.duration_minutes)
     FROM booking.appointment_types t WHERE t.org_id = $1 AND t.appointment_type_id = $2) AS type,
  EXISTS (SELECT 1 FROM booking.resources r WHERE r.org_id = $1 AND r.resource_id = $3) AS resource_exists,
  (SELECT coalesce(json_agg(json_build_object('id', e.resource_id, 'name', e.name, 'hours',
            (SELECT coalesce(json_agg(json_build_object('weekday', h.weekday, 'opens', h.opens, 'closes', h.closes)), '[]')
               FROM booking.working_hours h WHERE h.org_id = $1 AND h.resource_id = e.resource_id)) ORDER BY e.name), '[]')
     FROM eligible e) AS resources,
  (SELECT coalesce(json_agg(json_build_object('resourceId', c.resource_id, 'start', lower(c.during), 'end', upper(c.during))), '[]')
     FROM booking.closures c
    WHERE c.org_id = $1 AND c.during && tstzrange($4, $5)
      AND (c.resource_id IS NULL OR c.resource_id IN (SELECT resource_id FROM eligible))) AS closures,
  CASE WHEN $6 THEN
    (SELECT coalesce(json_agg(json_build_object('resourceId', h.resource_id, 'start', lower(h.during), 'end', upper(h.during))), '[]')
       FROM booking.holds h
      WHERE h.org_id = $1 AND h.status IN ('HELD', 'OTP_SENT', 'CONFIRMED')
        AND h.resource_id IN (SELECT resource_id FROM eligible) AND h.during && tstzrange($4, $5))
  ELSE '[]'::json END AS busy`;
