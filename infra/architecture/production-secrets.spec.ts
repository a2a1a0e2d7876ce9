import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSecrets } from '../scripts/secrets.mjs';

const root = join(__dirname, '../..');
const apps = ['booking', 'otp-sms', 'redaction', 'followup'];
const ownKey = () => randomBytes(32).toString('base64');

describe.each(apps)('the %s process under NODE_ENV=production', (app) => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, `dist/apps/${app}/src/main.js`)], { env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env }, encoding: 'utf8', timeout: 20_000 });

  it('refuses the public development keys: exit 78, one line naming the variable', () => {
    const result = start({});
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toMatch(/^Configuration error: (TENANT_SECRETS_KEY|CREDENTIALS_KEY|OTP_PEPPER|DATABASE_URL|AMQP_URL) is a public development value/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each(['TENANT_SECRETS_KEY', 'CREDENTIALS_KEY', 'OTP_PEPPER', 'DATABASE_URL', 'AMQP_URL'])('names %s when only it is public', (variable) => {
    const own: Record<string, string> = {
      TENANT_SECRETS_KEY: ownKey(),
      CREDENTIALS_KEY: ownKey(),
      OTP_PEPPER: ownKey(),
      DATABASE_URL: 'postgres://mo_app:own-password@127.0.0.1:1/orchestrator',
      AMQP_URL: 'amqp://mo_app:own-password@127.0.0.1:1',
    };
    delete own[variable];
    const result = start(own);
    if (app !== 'otp-sms' && (variable === 'CREDENTIALS_KEY' || variable === 'OTP_PEPPER')) {
      expect(result.stderr).not.toMatch(/public development value/);
    } else {
      expect(result.status).toBe(78);
      expect(result.stderr.trim()).toMatch(new RegExp(`^Configuration error: ${variable} is a public development value`));
    }
  });
});

describe('npm start secrets (infra/scripts/secrets.mjs)', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'mo-secrets-')), 'var/secrets.env');

  it('generates every secret on the first run into a file only its owner can read', () => {
    const path = file();
    const { values, created } = ensureSecrets(path);
    expect(created.sort()).toEqual([
      'ADMIN_TOKENS',
      'BROKER_PASSWORD_BOOKING',
      'BROKER_PASSWORD_FOLLOWUP',
      'BROKER_PASSWORD_OPERATOR',
      'BROKER_PASSWORD_OTP_SMS',
      'BROKER_PASSWORD_REDACTION',
      'CREDENTIALS_KEY',
      'OTP_PEPPER',
      'SANDBOX_SECRET',
      'TENANT_SECRETS_KEY',
    ]);
    for (const name of ['TENANT_SECRETS_KEY', 'CREDENTIALS_KEY', 'OTP_PEPPER']) expect(values[name]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain(`OTP_PEPPER=${values.OTP_PEPPER}\n`);
  });

  it('reuses them afterwards, adds only what is missing, and narrows a widened mode', () => {
    const path = file();
    const first = ensureSecrets(path).values;
    chmodSync(path, 0o644);
    const second = ensureSecrets(path);
    expect(second.created).toEqual([]);
    expect(second.values).toEqual(first);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const third = ensureSecrets(path, { NEW_ONE: () => 'fresh' });
    expect(third.created).toEqual(['NEW_ONE']);
    expect(third.values).toEqual({ ...first, NEW_ONE: 'fresh' });
  });

  it('makes keys that differ per installation and from the public ones', () => {
    const a = ensureSecrets(file()).values;
    const b = ensureSecrets(file()).values;
    expect(a.TENANT_SECRETS_KEY).not.toBe(b.TENANT_SECRETS_KEY);
    expect(new Set([a.TENANT_SECRETS_KEY, a.CREDENTIALS_KEY, a.OTP_PEPPER]).size).toBe(3);
  });
});
