import 'reflect-metadata';
import { loadConfig, runMain } from '@mo/config';
import { runApp } from '@mo/platform';
import { OtpSmsConfig } from './otp-sms.config';
import { OtpSmsModule } from './otp-sms.module';

void runMain(async () => {
  const config = loadConfig(OtpSmsConfig);
  await runApp(OtpSmsModule.forRoot(config), {
    name: 'otp-sms',
    title: "One-time codes and every SMS, through each clinic's own Twilio account",
    port: config.PORT,
    logLevel: config.LOG_LEVEL, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    host: config.HOST,
  });
});
