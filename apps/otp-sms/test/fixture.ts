import { randomUUID } from 'node:crypto';
import { PayloadOf, SlotHeld } from '@mo/contracts';
import { loadConfig } from '@mo/config';
import { ManualClock } from '@mo/context';
import { freePort, startSandbox, startTestApp, TestApp, TestClinic, TestInfra } from '@infra/testing';
import { TwilioSandbox } from '@infra/twilio-sandbox';
import { OtpSmsConfig } from '../src/otp-sms.config';
import { OtpSmsModule } from '../src/otp-sms.module';

/** otp-sms in this process on a manual clock, texting through the sandbox with the real Twilio SDK; tests run the unsettled-send sweeper themselves. */
export async function startOtpSms(infra: TestInfra, clock: ManualClock, env: Record<string, string> = {}): Promise<{ otp: TestApp; sandbox: TwilioSandbox }> {
  const { sandbox, url } = await startSandbox();
  // The public URL must be known before listening: webhooks are signed against it.
  const port = await freePort();
  const config = loadConfig(OtpSmsConfig, infra.env('otp-sms', { TWILIO_API_BASE_URL: url, PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, SMS_SWEEP_INTERVAL_MS: '3600000', ...env }));
  const otp = await startTestApp(OtpSmsModule.forRoot(config), { name: 'otp-sms', clock, port });
  return { otp, sandbox };
}

/**
 * A hold of the clinic's cleaning with Dr Lee, as booking announces it. It expires two days from now,
 * later than any code's own expiry; otp-sms refuses a SlotHeld whose hold has expired.
 */
export function slotHeldFor(clinic: TestClinic, to: string, holdId = randomUUID()): PayloadOf<typeof SlotHeld> {
  return {
    holdId,
    callId: 'call',
    resourceId: clinic.lee,
    resourceName: 'Dr Lee',
    appointmentTypeId: clinic.cleaning,
    appointmentTypeName: 'Cleaning',
    startsAt: '2026-12-03T21:00:00.000Z',
    endsAt: '2026-12-03T21:30:00.000Z',
    startsAtLocal: 'Thursday 3 December, 3:00 pm',
    timezone: 'America/Chicago',
    clinicName: 'Test Dental',
    callerPhone: to,
    expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  };
}
