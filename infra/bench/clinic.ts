import { DateTime } from 'luxon';
import { DEV_KEY } from '@mo/config';
import { TenantAdmin } from '@infra/tenant';

/** The tenant admin a benchmark provisions its clinics with, on the development keys. */
export const benchAdmin = (ownerUrl: string) => new TenantAdmin(ownerUrl, { tenantSecretsKey: DEV_KEY('tenant-secrets'), credentialsKey: DEV_KEY('twilio-credentials') });

/** `count` practitioners open every day, all day, so any slot a benchmark picks is bookable. */
export async function allDayResources(admin: TenantAdmin, orgId: string, count: number): Promise<string[]> {
  const resources: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await admin.addResource(orgId, { name: `Practitioner ${i + 1}`, kind: 'practitioner' });
    await admin.setHours(orgId, id, [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })));
    resources.push(id);
  }
  return resources;
}

export interface Slot {
  resourceId: string;
  startsAt: string;
}

/** Distinct, bookable half-hour slots in `zone`: resource by resource, day by day, from tomorrow on, so no request waits for another's. */
export function slotSource(resources: string[], zone: string): { next(): Slot } {
  const start = DateTime.now().setZone(zone).plus({ days: 1 }).startOf('day');
  let n = 0;
  return {
    next(): Slot {
      const i = n++;
      const halfHour = Math.floor(i / resources.length);
      return { resourceId: resources[i % resources.length]!, startsAt: start.plus({ days: Math.floor(halfHour / 46), minutes: (halfHour % 46) * 30 + 30 }).toUTC().toISO()! };
    },
  };
}

/** One bench tenant: `resources` practitioners open all day, a 30-minute cleaning, and an API key. */
export interface BenchClinic {
  orgId: string;
  apiKey: string;
  cleaning: string;
  resources: string[];
}

export async function provisionBenchClinic(ownerUrl: string, options: { name: string; timezone: string; resources: number }): Promise<BenchClinic> {
  const admin = benchAdmin(ownerUrl);
  try {
    const orgId = await admin.createTenant({ name: options.name, timezone: options.timezone, slotStepMinutes: 30 });
    const resources = await allDayResources(admin, orgId, options.resources);
    const cleaning = await admin.addAppointmentType(orgId, { name: 'Cleaning', durationMinutes: 30 });
    return { orgId, apiKey: await admin.createApiKey(orgId, 'bench'), cleaning, resources };
  } finally {
    await admin.close();
  }
}
