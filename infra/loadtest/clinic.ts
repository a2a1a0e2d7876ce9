import { newSandboxAccount } from '@infra/twilio-sandbox';
import { DEMO_SENDER, Hours, TenantAdmin } from '@infra/tenant';

export interface LoadClinic {
  orgId: string;
  apiKey: string;
  appointmentTypeId: string;
  resources: string[];
}

const allDay: Hours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' }));

/** A fresh clinic per run (so runs never share slots): 20 practitioners open all day, 15-minute visits, no SMS cap to speak of. */
export async function prepareClinic(admin: TenantAdmin, sandboxSecret: string, resourceCount = 20): Promise<LoadClinic> {
  const orgId = await admin.createTenant({ name: `Load Test Clinic ${new Date().toISOString()}`, timezone: 'UTC', holdTtlSeconds: 900 });
  const resources: string[] = [];
  for (let i = 0; i < resourceCount; i++) {
    const resource = await admin.addResource(orgId, { name: `Dr Load ${i + 1}`, kind: 'practitioner' });
    await admin.setHours(orgId, resource, allDay);
    resources.push(resource);
  }
  const appointmentTypeId = await admin.addAppointmentType(orgId, { name: 'Visit', durationMinutes: 15 });
  await admin.setTwilio(orgId, { ...newSandboxAccount(sandboxSecret), fromNumber: DEMO_SENDER }, 1_000_000);
  return { orgId, apiKey: await admin.createApiKey(orgId, 'loadtest'), appointmentTypeId, resources };
}
