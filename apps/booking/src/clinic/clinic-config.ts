import { Interval, Schedule, ScheduledResource } from './schedule';

/** Everything about a clinic that changes only when an administrator changes it. Cached per tenant. */
export interface ClinicConfig {
  clinicName: string;
  timezone: string;
  holdTtlSeconds: number;
  /** Bookings starting sooner than this cannot be changed by phone; 0 allows any change before the start. */
  minNoticeHours: number;
  /** Holds and availability reach no further ahead than this. */
  bookingHorizonDays: number;
  stepMinutes: number;
  appointmentTypes: Record<string, { id: string; name: string; durationMinutes: number; resourceIds: string[] }>;
  resources: Record<string, ScheduledResource>;
  /** Closures that have not ended yet. */
  closures: Array<Interval & { resourceId: string | null }>;
}

export type ScheduleMissing = 'appointment_type' | 'resource' | 'resource_not_eligible';

/** A use case's result when the appointment type or resource named does not exist, or do not go together. */
export type NotFound = { type: 'NotFound'; missing: ScheduleMissing };

export type ScheduleResult = { found: true; schedule: Schedule } | { found: false; missing: ScheduleMissing };

/** The schedule of one appointment type, optionally for one resource, without busy times. Pure. */
export function scheduleFor(config: ClinicConfig, appointmentTypeId: string, resourceId?: string): ScheduleResult {
  const type = config.appointmentTypes[appointmentTypeId];
  if (!type) return { found: false, missing: 'appointment_type' };
  if (resourceId && !config.resources[resourceId]) return { found: false, missing: 'resource' };
  const eligible = Object.values(config.resources)
    .filter((r) => type.resourceIds.length === 0 || type.resourceIds.includes(r.id))
    .filter((r) => !resourceId || r.id === resourceId)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (resourceId && eligible.length === 0) return { found: false, missing: 'resource_not_eligible' };
  const ids = new Set(eligible.map((r) => r.id));
  return {
    found: true,
    schedule: {
      clinicName: config.clinicName,
      timezone: config.timezone,
      holdTtlSeconds: config.holdTtlSeconds,
      bookingHorizonDays: config.bookingHorizonDays,
      stepMinutes: config.stepMinutes,
      appointmentType: { id: type.id, name: type.name, durationMinutes: type.durationMinutes },
      resources: eligible,
      closures: config.closures.filter((c) => c.resourceId === null || ids.has(c.resourceId)),
      busy: [],
    },
  };
}
