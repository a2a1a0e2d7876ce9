import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

import { DEV_KEY, publicDefault } from './public-defaults';

const urlOptions = { require_tld: false, require_protocol: true } as const;

/** The local password of every database role and the broker's built-in user: public, like DEV_KEY. */
export const DEV_DB_PASSWORD = publicDefault('orchestrator-dev');
publicDefault('guest');

/** 32 random bytes, base64 encoded: an AES-256 or HMAC key. */
export const IsBase64Key = () =>
  Matches(/^[A-Za-z0-9+/]{43}=$/, { message: '$property must be 32 bytes, base64 encoded (openssl rand -base64 32)' });

/** The retry queues' delays unless RETRY_DELAYS_MS says otherwise; the setup step declares the same. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 10_000, 60_000];

/** Settings every app shares. Each app config extends this and adds its own. */
export class CommonConfig {
  @IsUrl({ ...urlOptions, protocols: ['postgres', 'postgresql'] })
  DATABASE_URL: string = 'postgres://mo_app@127.0.0.1:5432/orchestrator';

  /**
   * A direct connection to PostgreSQL for what a transaction pooler (PgBouncer) cannot carry: the
   * sessions that outlive a transaction, i.e. the LISTENs for clinic configuration and credential changes.
   * Empty: DATABASE_URL, which is right whenever DATABASE_URL itself is not a transaction pool.
   */
  @Matches(/^$|^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_SESSION_URL must be empty or a postgres:// URL' })
  DATABASE_SESSION_URL: string = '';

  /** One broker, or the nodes of a cluster comma separated: the apps connect to the first that answers. */
  @Matches(/^amqps?:\/\/[^\s,]+(,amqps?:\/\/[^\s,]+)*$/, { message: 'AMQP_URL must be one amqp:// or amqps:// URL, or several separated by commas' })
  AMQP_URL: string = 'amqp://guest:guest@127.0.0.1:5672';

  /** Prefix for every exchange and queue name, so tests and side-by-side deployments never share topology. */
  /**
   * The admin API's broker user (`/admin/dlq` works on every app's dead letters, which an app's own
   * user may not touch). Empty: AMQP_URL.
   */
  @Matches(/^$|^amqps?:\/\/.+/, { message: 'ADMIN_AMQP_URL must be an amqp:// or amqps:// URL, or empty' })
  ADMIN_AMQP_URL: string = '';

  @Matches(/^[a-z0-9_.-]*$/, { message: 'AMQP_PREFIX may hold only a-z, 0-9, dot, dash and underscore' })
  AMQP_PREFIX: string = 'mo.';

  /** Unacknowledged messages per consumer; 0 (the default) derives it from DB_POOL_SIZE (`prefetchOf`). */
  @IsInt() @Min(0) @Max(1000)
  AMQP_PREFETCH: number = 0;

  /** Delays between redeliveries of a failed message, in milliseconds, comma separated. */
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((v) => Number(v.trim())) : value))
  @IsInt({ each: true }) @Min(1, { each: true })
  RETRY_DELAYS_MS: number[] = [...DEFAULT_RETRY_DELAYS_MS];

  @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE: number = 10;

  /**
   * `on`: each connection prepares a statement once and then only binds it (TenantDb). `off` behind
   * a transaction pooler that cannot carry prepared statements (PgBouncer before 1.21, see the runbook).
   */
  @IsIn(['on', 'off'])
  DB_PREPARED_STATEMENTS: string = 'on';

  @IsString() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @IsString()
  HOST: string = '0.0.0.0';

  /**
   * Operators of the admin API (`/admin/dlq`), as `name=token` pairs separated by commas; tokens
   * are at least 24 characters. Empty: no admin API. The name is what the audit trail records.
   */
  @Matches(/^$|^[A-Za-z0-9._-]+=[^,=\s]{24,}(,[A-Za-z0-9._-]+=[^,=\s]{24,})*$/, {
    message: 'ADMIN_TOKENS must be name=token pairs separated by commas, each token at least 24 characters',
  })
  ADMIN_TOKENS: string = '';

  /** A graceful shutdown that takes longer exits anyway, with code 1, before an orchestrator's SIGKILL. */
  @IsInt() @Min(1_000) @Max(600_000)
  SHUTDOWN_TIMEOUT_MS: number = 25_000;

  /** Seals tenants' request-signing secrets (AES-256-GCM). The default is for local development only. */
  @IsBase64Key()
  TENANT_SECRETS_KEY: string = DEV_KEY('tenant-secrets');
}

/**
 * Messages an instance holds unacknowledged per consumer (each app's channel has two, events and
 * requests): by default as many as the pool has connections. A message in hand beyond that only
 * waits in the process for a connection, where another instance cannot take it, and a VerifyOtp
 * whose caller is waiting queues behind it (32 in hand against 10 connections, as it was, timed code
 * checks out under load). Not fewer: otp-sms holds a send's message while the provider answers,
 * with no connection, so a smaller prefetch throttles texts (half the pool measured slower).
 */
export function prefetchOf(config: Pick<CommonConfig, 'AMQP_PREFETCH' | 'DB_POOL_SIZE'>): number {
  return config.AMQP_PREFETCH || config.DB_POOL_SIZE;
}

/** Where a session that outlives a transaction (a LISTEN) connects: past any transaction pooler. */
export function sessionUrlOf(config: Pick<CommonConfig, 'DATABASE_SESSION_URL' | 'DATABASE_URL'>): string {
  return config.DATABASE_SESSION_URL || config.DATABASE_URL;
}
