import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { NotFound } from '../clinic/clinic-config';
import { ScheduleService } from '../clinic/schedule.service';
import { AvailabilityView, SlotView } from './availability.dto';
import { freeSlots, horizonOf, nextOpening, Opening, Slot, spokenLabel, workingIntervals } from './slots';

const DAY = 24 * 3600_000;
export const MAX_WINDOW_DAYS = 14;

export interface AvailabilityQuery {
  appointmentTypeId: string;
  from: Date;
  to: Date;
  /** Only this resource. */
  resourceId?: string;
  limit?: number;
}

export type AvailabilityResult =
  | ({ type: 'Available' } & AvailabilityView)
  | { type: 'BadWindow'; problem: 'to_not_after_from' | 'too_long' }
  | { type: 'WindowPast' }
  | { type: 'BeyondHorizon'; horizonDays: number }
  | { type: 'Closed'; nextOpening?: Opening }
  | NotFound;

@Injectable()
export class AvailabilityService {
  /**
   * Alternatives for a taken slot, per tenant, for one second. Callers fighting over one slot all get
   * the same suggestions without each recomputing them; they are suggestions only, since holding
   * one is checked by the database like any other hold.
   */
  private readonly recentAlternatives = new Map<string, { views: SlotView[]; until: number }>();

  constructor(
    private readonly schedules: ScheduleService,
    private readonly db: TenantDb,
    private readonly clock: Clock,
  ) {}

  async find(query: AvailabilityQuery): Promise<AvailabilityResult> {
    const { from, to } = query;
    const now = this.clock.now();
    if (to <= from) return { type: 'BadWindow', problem: 'to_not_after_from' };
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) return { type: 'BadWindow', problem: 'too_long' };
    if (to <= now) return { type: 'WindowPast' };
    const found = await this.schedules.schedule({
      appointmentTypeId: query.appointmentTypeId,
      resourceId: query.resourceId,
      busyIn: { from, to: new Date(to.getTime() + DAY) },
    });
    if (!found.found) return { type: 'NotFound', missing: found.missing };
    const { schedule } = found;
    if (from > horizonOf(schedule, now)) return { type: 'BeyondHorizon', horizonDays: schedule.bookingHorizonDays };
    const open = schedule.resources.some((r) => workingIntervals(r, schedule.timezone, from, to).length > 0);
    if (!open) {
      const next = nextOpening(schedule, to);
      return { type: 'Closed', ...(next ? { nextOpening: { at: next, label: spokenLabel(next, schedule.timezone) } } : {}) };
    }
    const slots = freeSlots(schedule, { from, to, now, limit: query.limit ?? 50, ...(query.resourceId ? { prefer: query.resourceId } : {}) });
    return {
      type: 'Available',
      timezone: schedule.timezone,
      appointmentType: schedule.appointmentType,
      slots: slots.map((s) => toView(s, schedule.timezone)),
    };
  }

  /**
   * Up to `limit` free slots from `after` on, within two weeks: what a 409 offers instead. Answers
   * are kept for a second, so a burst of callers losing the same slot searches once.
   */
  async alternatives(appointmentTypeId: string, after: Date, prefer: string, limit = 3): Promise<SlotView[]> {
    const now = this.clock.now().getTime();
    const key = `${this.db.orgId}|${appointmentTypeId}|${after.getTime()}|${prefer}|${limit}`;
    const recent = this.recentAlternatives.get(key);
    if (recent && recent.until > now) return recent.views;
    const views = await this.searchAlternatives(appointmentTypeId, after, prefer, limit);
    if (this.recentAlternatives.size >= 10_000) this.recentAlternatives.clear();
    this.recentAlternatives.set(key, { views, until: now + 1_000 });
    return views;
  }

  /** Looks four hours ahead first and widens only when that is full, so the usual case reads few holds. */
  private async searchAlternatives(appointmentTypeId: string, after: Date, prefer: string, limit: number): Promise<SlotView[]> {
    for (const hours of [4, 24, 7 * 24, 14 * 24]) {
      const to = new Date(after.getTime() + hours * 3600_000);
      const result = await this.schedules.schedule({ appointmentTypeId, busyIn: { from: after, to: new Date(to.getTime() + DAY) } });
      if (!result.found) return [];
      const slots = freeSlots(result.schedule, { from: after, to, now: this.clock.now(), limit, prefer });
      if (slots.length >= limit || hours === 14 * 24) return slots.map((s) => toView(s, result.schedule.timezone));
    }
    return [];
  }
}

export function toView(slot: Slot, timezone: string): SlotView {
  return {
    resourceId: slot.resourceId,
    resourceName: slot.resourceName,
    startsAt: slot.start.toISOString(),
    endsAt: slot.end.toISOString(),
    label: spokenLabel(slot.start, timezone),
  };
}
