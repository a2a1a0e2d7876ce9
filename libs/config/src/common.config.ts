import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

const urlOptions = { require_tld: false, require_protocol: true } as const;

/** Settings every app shares. Each app config extends this and adds its own. */
export class CommonConfig {
  @IsUrl({ ...urlOptions, protocols: ['postgres', 'postgresql'] })
  DATABASE_URL: string = 'postgres://mo_app@127.0.0.1:5432/orchestrator';

  @IsUrl({ ...urlOptions, protocols: ['amqp', 'amqps'] })
  AMQP_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  /** Prefix for every exchange and queue name, so tests and side-by-side deployments never share topology. */
  @Matches(/^[a-z0-9_.-]*$/, { message: 'AMQP_PREFIX may hold only a-z, 0-9, dot, dash and underscore' })
  AMQP_PREFIX: string = 'mo.';

  @IsInt() @Min(1) @Max(1000)
  AMQP_PREFETCH: number = 32;

  /** Delays between redeliveries of a failed message, in milliseconds, comma separated. */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((v) => Number(v.trim())) : value))
  @IsInt({ each: true }) @Min(1, { each: true })
  RETRY_DELAYS_MS: number[] = [1_000, 10_000, 60_000];

  @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE: number = 10;

  @IsString() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsString()
  HOST: string = '0.0.0.0';
}
