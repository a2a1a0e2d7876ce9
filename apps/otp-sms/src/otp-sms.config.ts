import { IsInt, IsUrl, Max, Min } from 'class-validator';
import { CommonConfig, DEV_KEY, IsBase64Key } from '@mo/config';

const url = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

export class OtpSmsConfig extends CommonConfig {
  @IsInt() @Min(0) @Max(65535)
  PORT: number = 3002;

  override DATABASE_URL: string = 'postgres://mo_otp_sms:orchestrator-dev@127.0.0.1:5432/orchestrator';

  /** Seals each clinic's Twilio auth token (AES-256-GCM). The default is for local development only. */
  @IsBase64Key()
  CREDENTIALS_KEY: string = DEV_KEY('twilio-credentials');

  /** Codes are stored only as HMAC-SHA256(pepper, org|hold|code). */
  @IsBase64Key()
  OTP_PEPPER: string = DEV_KEY('otp-pepper');

  /** Where the Twilio SDK sends API calls: the local sandbox by default, https://api.twilio.com for real. */
  @IsUrl(url)
  TWILIO_API_BASE_URL: string = 'http://127.0.0.1:3010';

  /** How Twilio reaches us: status callbacks and inbound SMS are signed against this exact base URL. */
  @IsUrl(url)
  PUBLIC_BASE_URL: string = 'http://127.0.0.1:3002';

  @IsInt() @Min(60) @Max(600)
  OTP_TTL_SECONDS: number = 600;

  @IsInt() @Min(1) @Max(10)
  OTP_MAX_ATTEMPTS: number = 5;

  @IsInt() @Min(0) @Max(600)
  OTP_RESEND_COOLDOWN_SECONDS: number = 30;

  /** Codes per phone per 10 minutes. */
  @IsInt() @Min(1) @Max(100)
  OTP_SENDS_PER_PHONE: number = 3;

  @IsInt() @Min(500) @Max(60_000)
  TWILIO_TIMEOUT_MS: number = 5_000;

  /** Texts each instance has at the provider at once; the messages that decided them are acked before. */
  @IsInt() @Min(1) @Max(1_000)
  SMS_DISPATCH_CONCURRENCY: number = 32;

  /** How often each instance looks for pending texts that are due: a crashed instance's, a backlog. */
  @IsInt() @Min(100) @Max(3_600_000)
  SMS_DISPATCH_POLL_MS: number = 2_000;

  /** How often each instance looks for sends a crash left without the provider's answer. */
  @IsInt() @Min(1_000) @Max(3_600_000)
  SMS_SWEEP_INTERVAL_MS: number = 15_000;

  /** A send still `sending` after this long is reported failed; it must exceed the longest send (three attempts of TWILIO_TIMEOUT_MS and their pauses). */
  @IsInt() @Min(10_000) @Max(3_600_000)
  SMS_UNSETTLED_AFTER_MS: number = 120_000;
}
