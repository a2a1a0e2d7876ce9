import 'reflect-metadata';
import { IsInt, IsString, IsUrl, Max, Min } from 'class-validator';
import { TenantCliConfig } from '@infra/tenant';

const url = { require_tld: false, require_protocol: true };

/** The running system (`npm start` defaults), the owner's database access, and how hard to push. */
export class LoadtestConfig extends TenantCliConfig {
  @IsUrl(url) BOOKING_URL: string = 'http://127.0.0.1:3001';
  @IsUrl(url) REDACTION_URL: string = 'http://127.0.0.1:3003';
  @IsUrl(url) SANDBOX_URL: string = 'http://127.0.0.1:3010';

  /** Simulated callers at once. */
  @IsInt() @Min(1) @Max(1000) LOADTEST_CONCURRENCY: number = 50;

  /** Operations per scenario. */
  @IsInt() @Min(1) @Max(100_000) LOADTEST_REQUESTS: number = 500;

  /** Written by `npm start`: each app's instances, whose work the report splits out. */
  @IsString() LOADTEST_INSTANCES_FILE: string = 'reports/instances.json';

  /** Where the JSON report goes. */
  @IsString() LOADTEST_REPORT_DIR: string = 'reports';
}
