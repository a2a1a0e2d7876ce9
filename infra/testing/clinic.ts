import { DEV_KEY } from '@mo/config';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { Hours, TenantAdmin, TwilioAccount } from '@infra/tenant';
import { DEV_SANDBOX_SECRET, newSandboxAccount } from '@infra/twilio-sandbox';
import { TEST_PASSWORD, TestInfra } from './test-infra';

export interface TestClinic {
  orgId: string;
  apiKey: string;
  timezone: string;
  lee: string;
  ray: string;
  cleaning: string;
  /** 60 minutes, Dr Lee only. */
  filling: string;
  twilio?: TwilioAccount;
}

export interface ClinicOptions {
  name?: string;
  timezone?: string;
  /** 'sandbox' (default): working sandbox credentials; 'none': no account; 'invalid': a token the sandbox refuses. */
  twilio?: 'sandbox' | 'none' | 'invalid';
  holdTtlSeconds?: number;
  hours?: Hours[];
}

export const everyDay = (opens: string, closes: string): Hours[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

/** The keys the apps use by default; tests run the apps with their defaults. */
export const TEST_KEYS = { tenantSecretsKey: DEV_KEY('tenant-secrets'), credentialsKey: DEV_KEY('twilio-credentials') };

export function tenantAdmin(infra: TestInfra): TenantAdmin {
  return new TenantAdmin(roleUrl(infra.adminUrl, OWNER_ROLE, TEST_PASSWORD, infra.database), TEST_KEYS);
}

/** A clinic with two practitioners open every day 08:00–20:00, a cleaning and a filling, and an API key. */
export async function createClinic(infra: TestInfra, options: ClinicOptions = {}): Promise<TestClinic> {
  const admin = tenantAdmin(infra);
  try {
    const timezone = options.timezone ?? 'America/Chicago';
    const orgId = await admin.createTenant({ name: options.name ?? 'Test Dental', timezone, holdTtlSeconds: options.holdTtlSeconds ?? 300 });
    const lee = await admin.addResource(orgId, { name: 'Dr Lee', kind: 'practitioner' });
    const ray = await admin.addResource(orgId, { name: 'Dr Ray', kind: 'practitioner' });
    for (const resource of [lee, ray]) await admin.setHours(orgId, resource, options.hours ?? everyDay('08:00', '20:00'));
    const cleaning = await admin.addAppointmentType(orgId, { name: 'Cleaning', durationMinutes: 30 });
    const filling = await admin.addAppointmentType(orgId, { name: 'Filling', durationMinutes: 60, resourceIds: [lee] });
    let twilio: TwilioAccount | undefined;
    if ((options.twilio ?? 'sandbox') !== 'none') {
      const account = newSandboxAccount(DEV_SANDBOX_SECRET);
      twilio = { ...account, authToken: options.twilio === 'invalid' ? 'f'.repeat(32) : account.authToken, fromNumber: '+15005550006' };
      await admin.setTwilio(orgId, twilio);
    }
    const apiKey = await admin.createApiKey(orgId, 'test');
    return { orgId, apiKey, timezone, lee, ray, cleaning, filling, ...(twilio ? { twilio } : {}) };
  } finally {
    await admin.close();
  }
}
