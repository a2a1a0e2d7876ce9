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
