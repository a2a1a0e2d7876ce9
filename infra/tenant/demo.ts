import { newSandboxAccount } from '@infra/twilio-sandbox';
import { Hours, TenantAdmin } from './tenant-admin';

/** The demo clinic has a fixed id, so `seed-demo` finds it again instead of making a second one. */
export const DEMO_ORG_ID = '5eed0000-0000-4000-8000-000000000001';
export const DEMO_TIMEZONE = 'America/Chicago';
/** The demo clinic's own contact details: on its redaction allowlist. */
export const DEMO_CONTACT = { phone: '+13125550100', address: '100 Main Street, Springfield, IL 62701', email: 'frontdesk@demodental.com' };

/** Twilio's magic sender for test credentials; the sandbox accepts any E.164 sender. */
export const DEMO_SENDER = '+15005550006';

const everyDay = (opens: string, closes: string): Hours[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

export interface DemoClinic {
  orgId: string;
  apiKey: string;
  timezone: string;
  resources: Array<{ id: string; name: string }>;
  appointmentTypes: Array<{ id: string; name: string; durationMinutes: number }>;
}

/** Creates the demo clinic if it is missing, and always returns a fresh API key (older keys stay valid). */
export async function seedDemo(admin: TenantAdmin, sandboxSecret: string): Promise<DemoClinic> {
  if (!(await admin.exists(DEMO_ORG_ID))) {
    await admin.createTenant({ orgId: DEMO_ORG_ID, name: 'Demo Dental', timezone: DEMO_TIMEZONE });
    const lee = await admin.addResource(DEMO_ORG_ID, { name: 'Dr Lee', kind: 'practitioner' });
    const ray = await admin.addResource(DEMO_ORG_ID, { name: 'Dr Ray', kind: 'practitioner' });
    for (const resource of [lee, ray]) await admin.setHours(DEMO_ORG_ID, resource, everyDay('08:00', '20:00'));
    await admin.addAppointmentType(DEMO_ORG_ID, { name: 'Cleaning', durationMinutes: 30 });
    await admin.addAppointmentType(DEMO_ORG_ID, { name: 'Checkup', durationMinutes: 20 });
    await admin.addAppointmentType(DEMO_ORG_ID, { name: 'Filling', durationMinutes: 60, resourceIds: [lee] });
    await admin.setRedactionPolicy(DEMO_ORG_ID, { phones: [DEMO_CONTACT.phone], addresses: [DEMO_CONTACT.address], emails: [DEMO_CONTACT.email] });
  }
  // Every run, so a demo clinic seeded under other keys (an older checkout's public ones) works with
  // this installation's: its sandbox account comes from SANDBOX_SECRET, sealed under CREDENTIALS_KEY.
  await admin.setTwilio(DEMO_ORG_ID, { ...newSandboxAccount(sandboxSecret), fromNumber: DEMO_SENDER });
  await admin.forgetUnreadableRedactionKey(DEMO_ORG_ID);
  // Also for a demo clinic seeded before follow-ups existed. It sends at any hour, so that
  // `npm run demo` shows a follow-up at night too; real clinics default to 08:00–20:00.
  await admin.setFollowupSettings(DEMO_ORG_ID, { clinicPhone: DEMO_CONTACT.phone, quietStart: '00:00', quietEnd: '24:00' });
  const apiKey = await admin.createApiKey(DEMO_ORG_ID, `seed-demo ${new Date().toISOString()}`);
  return { orgId: DEMO_ORG_ID, apiKey, timezone: DEMO_TIMEZONE, ...(await admin.listSchedule(DEMO_ORG_ID)) };
}
