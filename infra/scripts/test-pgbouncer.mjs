// `npm run test:pgbouncer`: booking's concurrency and idempotency suites with every app connection
// going through PgBouncer in transaction pooling, with fewer server connections than app connections.
// PgBouncer is Debian's package (installed when missing), started here on a free port with its own
// config and auth, never the system's service. Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, build, ensureCommand, ensureDependencies, ensureServices, log } from './lib.mjs';

const SUITES = ['apps/booking/test/concurrency.int.spec.ts', 'apps/booking/test/holds.int.spec.ts'];
/** Server connections per database and role: below booking's own pool (DB_POOL_SIZE, 10 by default). */
const POOL_SIZE = 3;

ensureDependencies();
await ensureServices();
ensureCommand('pgbouncer', 'pgbouncer');
build();

const admin = new URL(process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const dir = mkdtempSync(join(tmpdir(), 'mo-pgbouncer-'));
const adminPassword = randomBytes(18).toString('base64url');
// Clients prove their own role's password (SCRAM, looked up in pg_authid through auth_user); only
// auth_user itself is in the file. PgBouncer will not run as root, so it runs as postgres.
writeFileSync(join(dir, 'userlist.txt'), `"postgres" "${adminPassword}"\n`);
writeFileSync(
  join(dir, 'pgbouncer.ini'),
  `[databases]
* = host=${admin.hostname} port=${admin.port || 5432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = scram-sha-256
auth_file = ${join(dir, 'userlist.txt')}
auth_user = postgres
admin_users = postgres
pool_mode = transaction
default_pool_size = ${POOL_SIZE}
max_client_conn = 2000
; node-postgres sends these at startup; PgBouncer 1.18 cannot track them per client, so the server's
; defaults apply behind it (docs/runbook.md).
ignore_startup_parameters = extra_float_digits,statement_timeout,idle_in_transaction_session_timeout
logfile = ${join(dir, 'pgbouncer.log')}
pidfile = ${join(dir, 'pgbouncer.pid')}
`,
);
const postgresUid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
if (process.getuid?.() === 0) for (const file of ['', 'userlist.txt', 'pgbouncer.ini']) chownSync(join(dir, file), postgresUid, postgresUid);

const bouncer = spawn('pgbouncer', ['-q', ...(process.getuid?.() === 0 ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], { stdio: 'inherit' });
const stop = () => {
  if (bouncer.exitCode === null) bouncer.kill('SIGTERM');
};
let failed = false;
try {
  for (let i = 0; i < 100 && !(await answers('127.0.0.1', port)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  log(`PgBouncer ${port}: transaction pooling, ${POOL_SIZE} server connections per database and role`);
  const pooler = `postgres://127.0.0.1:${port}`;
  const console_ = await adminConsole(port);
  const peaks = { clients: 0, servers: 0 };
  // Sampled while the suites run: the most clients one pool served at once, and the servers it used.
  const sampler = setInterval(() => {
    console_.query('SHOW POOLS').then(({ rows }) => {
      for (const pool of rows.filter((r) => r.database.startsWith('mo_t_'))) {
        peaks.clients = Math.max(peaks.clients, Number(pool.cl_active) + Number(pool.cl_waiting));
        peaks.servers = Math.max(peaks.servers, Number(pool.sv_active) + Number(pool.sv_idle) + Number(pool.sv_used) + Number(pool.sv_tested) + Number(pool.sv_login));
      }
    }, () => undefined);
  }, 100);
  const jest = spawn('npx', ['jest', '--runInBand', ...SUITES, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TEST_POOLER_URL: pooler } });
  const code = await new Promise((resolve) => jest.once('exit', (code) => resolve(code)));
  clearInterval(sampler);
  failed = code !== 0;
  await report(console_, peaks);
  await console_.end();
} finally {
  stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** PgBouncer's admin console; node-postgres is loaded only now, after ensureDependencies. */
async function adminConsole(port) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: adminPassword, database: 'pgbouncer' });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** What PgBouncer saw: transactions carried, and the most clients and servers one pool held. */
async function report(client, peaks) {
  const { rows } = await client.query('SHOW STATS_TOTALS');
  const totals = rows.filter((r) => r.database.startsWith('mo_t_'));
  const sum = (key) => totals.reduce((n, r) => n + Number(r[key]), 0);
  log(
    `PgBouncer carried ${sum('xact_count')} transactions (${sum('query_count')} queries) for ${totals.length} test databases; ` +
      `busiest pool: ${peaks.clients} clients at once on at most ${peaks.servers} server connections (pool size ${POOL_SIZE}); ` +
      `average wait for a server ${(sum('wait_time') / Math.max(1, sum('xact_count'))).toFixed(0)} µs per transaction`,
  );
}
