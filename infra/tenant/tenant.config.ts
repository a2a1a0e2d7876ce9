import 'reflect-metadata';
import { IsString, IsUrl } from 'class-validator';
import { DEV_KEY, IsBase64Key } from '@mo/config';
import { DEV_SANDBOX_SECRET } from '@infra/twilio-sandbox';
import { OperatorSettings } from '../dlq/dlq.config';

/** What the tenant CLI needs: the owner's database access, the keys that seal secrets, and the broker (for erasures' dead letters). */
export class TenantCliConfig extends OperatorSettings {
  /** Must equal the apps' TENANT_SECRETS_KEY. */
  @IsBase64Key()
  TENANT_SECRETS_KEY: string = DEV_KEY('tenant-secrets');

  /** Must equal otp-sms's CREDENTIALS_KEY. */
  @IsBase64Key()
  CREDENTIALS_KEY: string = DEV_KEY('twilio-credentials');

  /** Where voice platforms reach booking (tool calls) and redaction (end-of-call messages), as printed by connect-platform. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BOOKING_URL: string = 'http://127.0.0.1:3001';

  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_REDACTION_URL: string = 'http://127.0.0.1:3003';

  /** Must equal the sandbox's SANDBOX_SECRET, for --sandbox credentials. */
  @IsString()
  SANDBOX_SECRET: string = DEV_SANDBOX_SECRET;
}
