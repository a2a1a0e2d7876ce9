import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { ClinicConfigCache } from './clinic-config.cache';
import { ClinicConfig, ScheduleResult, scheduleFor } from './clinic-config';
import { ClinicRepository } from './clinic.repository';

export interface ScheduleQuery {
  appointmentTypeId: string;
  /** Only this resource; otherwise every resource that can do the appointment type. */
  resourceId?: string;
  /** With live holds and bookings in this window; without, when the database constraint decides. */
  busyIn?: { from: Date; to: Date };
}

/** A clinic's schedule for the current tenant: cached configuration, and live busy times when asked. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly clinics: ClinicRepository,
    private readonly cache: ClinicConfigCache,
    private readonly db: TenantDb,
    private readonly clock: Clock,
  ) {}

  async schedule(query: ScheduleQuery): Promise<ScheduleResult> {
    const config = await this.config();
    const result = scheduleFor(config, query.appointmentTypeId, query.resourceId);
    if (!result.found || !query.busyIn) return result;
    const busy = await this.clinics.busy(result.schedule.resources.map((r) => r.id), query.busyIn.from, query.busyIn.to);
    return { found: true, schedule: { ...result.schedule, busy } };
  }

  /** The current tenant's cached configuration, for adapters that match the names callers say. */
  async config(): Promise<ClinicConfig> {
    const now = this.clock.now();
    const config = await this.cache.get(this.db.orgId, now.getTime(), () => this.clinics.loadConfig(now));
    if (!config) throw new Error('the tenant has no clinic configuration');
    return config;
  }
}
