import { DateTime } from 'luxon';
import { DEV_SANDBOX_SECRET, SandboxMessage, TwilioSandbox } from '@infra/twilio-sandbox';
import { AppProcess, eventually, freePort } from '@mo/testing';
import { TestInfra } from './test-infra';

/** The Twilio sandbox, in this process, with quick status callbacks. */
export async function startSandbox(): Promise<{ sandbox: TwilioSandbox; url: string }> {
  const sandbox = new TwilioSandbox({ port: 0, host: '127.0.0.1', secret: DEV_SANDBOX_SECRET, callbackDelayMs: 20 });
  return { sandbox, url: await sandbox.start() };
}

/** otp-sms as its own process, talking to the sandbox through the real Twilio SDK. */
export async function startOtpSmsProcess(infra: TestInfra, sandboxUrl: string, env: Record<string, string> = {}): Promise<AppProcess> {
  // The public URL must be known before listening: callbacks are signed against it.
  const port = await freePort();
  return AppProcess.start('otp-sms', {
    ...infra.env('otp-sms'),
    PORT: String(port),
    TWILIO_API_BASE_URL: sandboxUrl,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
}

/** The SMS texted to a phone, oldest first. */
export const textsTo = (sandbox: TwilioSandbox, phone: string): SandboxMessage[] =>
  sandbox.messages.filter((m) => m.direction === 'outbound' && m.to === phone).reverse();

/** The `nth` SMS (0 = the first) texted to a phone, waiting for it. */
export async function smsTo(sandbox: TwilioSandbox, phone: string, nth = 0): Promise<SandboxMessage> {
  return eventually(() => textsTo(sandbox, phone)[nth]);
}

/** A start time `days` ahead at a local wall-clock time in a zone, as an ISO instant. */
export function localSlot(timezone: string, days: number, time: string, from: Date = new Date()): string {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(from, { zone: timezone }).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO()!;
}

/** Valid, fictional US numbers, distinct within a test file (per-phone SMS limits are real). */
export function phoneSequence(areaCode = '312'): () => string {
  let next = Math.floor(Math.random() * 9000);
  return () => `+1${areaCode}555${String(next++ % 10_000).padStart(4, '0')}`;
}
