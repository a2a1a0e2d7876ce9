import { IsString } from 'class-validator';
import { CommonConfig } from './common.config';
import { ConfigError, loadConfig } from './load-config';

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
