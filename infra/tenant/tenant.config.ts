import 'reflect-metadata';
import { IsString } from 'class-validator';
import { DEV_KEY, IsBase64Key } from '@mo/config';
import { DatabaseSettings } from '@infra/db';
import { DEV_SANDBOX_SECRET } from '@infra/twilio-sandbox';

/** What the tenant CLI needs: the owner's database access and the keys that seal secrets. */
export class TenantCliConfig extends DatabaseSettings {
  /** Must equal the apps' TENANT_SECRETS_KEY. */
  @IsBase64Key()
  TENANT_SECRETS_KEY: string = DEV_KEY('tenant-secrets');

  /** Must equal otp-sms's CREDENTIALS_KEY. */
  @IsBase64Key()
  CREDENTIALS_KEY: string = DEV_KEY('twilio-credentials');

  /** Must equal the sandbox's SANDBOX_SECRET, for --sandbox credentials. */
  @IsString()
  SANDBOX_SECRET: string = DEV_SANDBOX_SECRET;
}
