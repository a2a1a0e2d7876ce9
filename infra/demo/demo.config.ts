import 'reflect-metadata';
import { IsUrl } from 'class-validator';
import { TenantCliConfig } from '@infra/tenant';

const url = { require_tld: false, require_protocol: true };

/** The running system (`npm start` defaults), its broker and the owner's access, to mint a demo key. */
export class DemoConfig extends TenantCliConfig {
  @IsUrl(url) BOOKING_URL: string = 'http://127.0.0.1:3001';
  @IsUrl(url) REDACTION_URL: string = 'http://127.0.0.1:3003';
  @IsUrl(url) FOLLOWUP_URL: string = 'http://127.0.0.1:3004';
  @IsUrl(url) SANDBOX_URL: string = 'http://127.0.0.1:3010';
}
