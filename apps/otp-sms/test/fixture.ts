import { loadConfig } from '@mo/config';
import { ManualClock } from '@mo/context';
import { freePort, startSandbox, startTestApp, TestApp, TestInfra } from '@infra/testing';
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
