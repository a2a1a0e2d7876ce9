import 'reflect-metadata';
import { IsUrl, Matches } from 'class-validator';
import { TenantCliConfig } from '@infra/tenant';

const url = { require_tld: false, require_protocol: true };

/** The running system (`npm start` defaults) and the owner's access, to mint a demo key. */
export class DemoConfig extends TenantCliConfig {
  @IsUrl(url) BOOKING_URL: string = 'http://127.0.0.1:3001';
  @IsUrl(url) REDACTION_URL: string = 'http://127.0.0.1:3003';
  @IsUrl(url) FOLLOWUP_URL: string = 'http://127.0.0.1:3004';
  @IsUrl(url) SANDBOX_URL: string = 'http://127.0.0.1:3010';

  @IsUrl({ ...url, protocols: ['amqp', 'amqps'] })
  AMQP_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  @Matches(/^[a-z0-9_.-]*$/)
  AMQP_PREFIX: string = 'mo.';
}
