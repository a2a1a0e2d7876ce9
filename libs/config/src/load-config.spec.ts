import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IsString } from 'class-validator';
import { CommonConfig, prefetchOf } from './common.config';
import { ConfigError, loadConfig } from './load-config';
import { DEV_KEY } from './public-defaults';
import { withSecretsFile } from './secrets-file';

class AppConfig extends CommonConfig {
  @IsString()
  REQUIRED_SECRET!: string;
}

describe('loadConfig', () => {
  const valid = { REQUIRED_SECRET: 's3cret' };

  it('uses the local defaults when nothing is set', () => {
    const config = loadConfig(AppConfig, valid);
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\/.*127\.0\.0\.1:5432\/orchestrator$/);
    expect(config.AMQP_URL).toBe('amqp://guest:guest@127.0.0.1:5672');
    expect(config.RETRY_DELAYS_MS).toEqual([1_000, 10_000, 60_000]);
  });

  it('converts numbers and lists from their env strings', () => {
    const config = loadConfig(AppConfig, { ...valid, AMQP_PREFETCH: '7', RETRY_DELAYS_MS: '5, 50,500' });
    expect(config.AMQP_PREFETCH).toBe(7);
    expect(config.RETRY_DELAYS_MS).toEqual([5, 50, 500]);
  });

  it('holds no more messages in hand per consumer than the pool has connections, unless told otherwise', () => {
    expect(prefetchOf(loadConfig(AppConfig, valid))).toBe(10);
    expect(prefetchOf(loadConfig(AppConfig, { ...valid, DB_POOL_SIZE: '5' }))).toBe(5);
    expect(prefetchOf(loadConfig(AppConfig, { ...valid, AMQP_PREFETCH: '7' }))).toBe(7);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /^Configuration error: DATABASE_URL is invalid/],
    [{ AMQP_PREFETCH: 'many' }, /^Configuration error: AMQP_PREFETCH is invalid/],
    [{ AMQP_PREFIX: 'Bad Prefix' }, /^Configuration error: AMQP_PREFIX is invalid/],
    [{ RETRY_DELAYS_MS: '10,x' }, /^Configuration error: RETRY_DELAYS_MS is invalid/],
  ])('names the bad variable %p in one line', (env, message) => {
    const error = (() => {
      try {
        loadConfig(AppConfig, { ...valid, ...env });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names a missing required variable', () => {
    expect(() => loadConfig(AppConfig, {})).toThrow('Configuration error: REQUIRED_SECRET is missing');
  });
});

describe('loadConfig under NODE_ENV=production', () => {
  const own = { REQUIRED_SECRET: 's3cret', TENANT_SECRETS_KEY: randomBytes(32).toString('base64'), DATABASE_URL: 'postgres://mo_app:x@db/orchestrator', AMQP_URL: 'amqp://mo_app:y@mq' };

  it('refuses a public development key, naming it in one line', () => {
    expect(() => loadConfig(AppConfig, { ...own, NODE_ENV: 'production', TENANT_SECRETS_KEY: DEV_KEY('tenant-secrets') })).toThrow(
      /^Configuration error: TENANT_SECRETS_KEY is a public development value, refused under NODE_ENV=production/,
    );
  });

  it('refuses a URL that carries a public password', () => {
    expect(() => loadConfig(AppConfig, { ...own, NODE_ENV: 'production', AMQP_URL: 'amqp://guest:guest@mq' })).toThrow(/^Configuration error: AMQP_URL is a public/);
    expect(() => loadConfig(AppConfig, { ...own, NODE_ENV: 'production', DATABASE_URL: 'postgres://mo_booking:orchestrator-dev@db/x' })).toThrow(/^Configuration error: DATABASE_URL is a public/);
  });

  it('accepts this installation’s own values, and the public ones outside production', () => {
    expect(loadConfig(AppConfig, { ...own, NODE_ENV: 'production' }).TENANT_SECRETS_KEY).toBe(own.TENANT_SECRETS_KEY);
    expect(loadConfig(AppConfig, { REQUIRED_SECRET: 's3cret' }).TENANT_SECRETS_KEY).toBe(DEV_KEY('tenant-secrets'));
  });
});

describe('withSecretsFile', () => {
  it('puts the generated file under the environment, which wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-env-'));
    writeFileSync(join(dir, 'secrets.env'), '# comment\nOTP_PEPPER=from-file\nTENANT_SECRETS_KEY=from-file\n');
    const env = withSecretsFile({ MO_SECRETS_FILE: join(dir, 'secrets.env'), TENANT_SECRETS_KEY: 'from-env', EMPTY: '' });
    expect(env).toMatchObject({ OTP_PEPPER: 'from-file', TENANT_SECRETS_KEY: 'from-env' });
    expect(withSecretsFile({ MO_SECRETS_FILE: join(dir, 'missing.env') })).toEqual({ MO_SECRETS_FILE: join(dir, 'missing.env') });
  });
});
