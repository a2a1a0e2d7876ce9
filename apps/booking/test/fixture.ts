import { DateTime } from 'luxon';
import { loadConfig } from '@mo/config';
import { Clock } from '@mo/context';
import { shutdown } from '@mo/platform';
import { AppProcess, call, eventually, freePort, startTestApp, TestApp, TestClinic, TestInfra } from '@mo/testing';
import { DEV_SANDBOX_SECRET, SandboxMessage, TwilioSandbox } from '@infra/twilio-sandbox';
import { BookingConfig } from '../src/booking.config';
import { BookingModule } from '../src/booking.module';

export async function startBooking(infra: TestInfra, options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const config = loadConfig(BookingConfig, infra.env('booking', { SWEEP_INTERVAL_MS: '200', ...options.env }));
  return startTestApp(BookingModule.forRoot(config), { name: 'booking', ...(options.clock ? { clock: options.clock } : {}) });
}

export async function stopApp(app: TestApp | undefined): Promise<void> {
  if (app) await shutdown(app.app);
}

/** The Twilio sandbox, in this process, with quick status callbacks. */
export async function startSandbox(): Promise<{ sandbox: TwilioSandbox; url: string }> {
  const sandbox = new TwilioSandbox({ port: 0, host: '127.0.0.1', secret: DEV_SANDBOX_SECRET, callbackDelayMs: 20 });
  return { sandbox, url: await sandbox.start() };
}

/** otp-sms as its own process, talking to the sandbox through the real Twilio SDK. */
export async function startOtpSms(infra: TestInfra, sandboxUrl: string, env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  return AppProcess.start('otp-sms', {
    ...infra.env('otp-sms'),
    PORT: String(port),
    TWILIO_API_BASE_URL: sandboxUrl,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
}

/** A start time `days` ahead at a local wall-clock time in the clinic's zone, as an ISO instant. */
export function localSlot(clinic: TestClinic, days: number, time: string, from: Date = new Date()): string {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(from, { zone: clinic.timezone }).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO()!;
}

export const holdBody = (clinic: TestClinic, startsAt: string, overrides: Record<string, unknown> = {}) => ({
  callId: `call-${Math.random().toString(36).slice(2, 10)}`,
  appointmentTypeId: clinic.cleaning,
  resourceId: clinic.lee,
  startsAt,
  caller: { phone: uniquePhone(), firstName: 'Sam' },
  ...overrides,
});

/** The newest SMS the sandbox received for a phone. */
export async function smsTo(sandbox: TwilioSandbox, phone: string, after = 0): Promise<SandboxMessage> {
  return eventually(() => sandbox.messages.filter((m) => m.to === phone)[after]);
}

export const codeIn = (message: SandboxMessage): string => /^(\d{6}) /.exec(message.body)![1]!;

export async function holdStatus(booking: TestApp, clinic: TestClinic, holdId: string) {
  return (await call(`${booking.url}/v1/holds/${holdId}`, { apiKey: clinic.apiKey })).body as { status: string; releaseReason?: string; bookingId?: string };
}

let phoneCounter = Math.floor(Math.random() * 9000);
/** A valid, fictional US number no other test in this file uses (per-phone SMS limits are real). */
export const uniquePhone = (): string => `+1312555${String(phoneCounter++ % 10_000).padStart(4, '0')}`;
