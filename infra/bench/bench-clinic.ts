import { connect } from 'amqplib';
import { DateTime } from 'luxon';
import { CommonConfig } from '@mo/config';
import { APPS } from '@mo/contracts';
import { deleteTopology } from '@mo/messaging';
import { TenantAdmin } from '@infra/tenant';

/** The benchmarks' clinic: many practitioners open around the clock, so every run finds distinct free slots. */

export const PREFIX = 'bench.';
export const TZ = 'America/Chicago';
const RESOURCES = 20;

export interface Clinic {
  orgId: string;
  apiKey: string;
  cleaning: string;
  resources: string[];
}

export async function provision(ownerUrl: string): Promise<Clinic> {
  const { DEV_KEY } = await import('@mo/config');
  const admin = new TenantAdmin(ownerUrl, { tenantSecretsKey: DEV_KEY('tenant-secrets'), credentialsKey: DEV_KEY('twilio-credentials') });
  try {
    const orgId = await admin.createTenant({ name: 'Bench Clinic', timezone: TZ, slotStepMinutes: 30 });
    const resources: string[] = [];
    for (let i = 0; i < RESOURCES; i++) {
      const id = await admin.addResource(orgId, { name: `Practitioner ${i + 1}`, kind: 'practitioner' });
      await admin.setHours(orgId, id, [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' })));
      resources.push(id);
    }
    const cleaning = await admin.addAppointmentType(orgId, { name: 'Cleaning', durationMinutes: 30 });
    return { orgId, apiKey: await admin.createApiKey(orgId, 'bench'), cleaning, resources };
  } finally {
    await admin.close();
  }
}

export interface Slot {
  resourceId: string;
  startsAt: string;
}

/** Distinct, bookable half-hour slots: resource by resource, day by day, from tomorrow on. */
export function slotSource(resources: string[]) {
  const start = DateTime.now().setZone(TZ).plus({ days: 1 }).startOf('day');
  let n = 0;
  return {
    next(): Slot {
      const i = n++;
      const resourceId = resources[i % resources.length]!;
      const halfHour = Math.floor(i / resources.length);
      const startsAt = start.plus({ days: Math.floor(halfHour / 46), minutes: (halfHour % 46) * 30 + 30 }).toUTC().toISO()!;
      return { resourceId, startsAt };
    },
  };
}

export async function deleteBenchQueues(): Promise<void> {
  const connection = await connect(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
  await deleteTopology(await connection.createChannel(), PREFIX, APPS, new CommonConfig().RETRY_DELAYS_MS);
  await connection.close();
}
