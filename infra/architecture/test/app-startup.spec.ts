import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APPS } from '@mo/contracts';

const root = join(__dirname, '../../..');

describe.each(APPS)('the %s process', (app) => {
  const main = join(root, `dist/apps/${app}/src/main.js`);

  it('is built (npm test builds before running jest)', () => {
    expect(existsSync(main)).toBe(true);
  });

  it('stops with one line naming a bad variable, and no stack trace', () => {
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'not a url' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toMatch(/^Configuration error: DATABASE_URL is invalid \(.+\)$/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});

describe.each([
  ['demo', 'dist/infra/demo/demo.js'],
  ['loadtest', 'dist/infra/loadtest/cli.js'],
])('npm run %s without a running system', (_name, script) => {
  it('says to start it first, in one line and no stack trace', () => {
    const result = spawnSync(process.execPath, [join(root, script)], {
      env: { PATH: process.env.PATH, BOOKING_URL: 'http://127.0.0.1:9' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('nothing answers at http://127.0.0.1:9; start the system first with `npm start`');
  });
});
