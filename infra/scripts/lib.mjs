// Bootstrap helpers for `npm start`, `npm test` and CI. Plain Node with no dependencies: they run
// before `node_modules` exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export function log(line) {
  process.stdout.write(`\x1b[36m[setup]\x1b[0m ${line}\n`);
}

/** Runs a command in the repository root, inheriting stdio; throws on a non-zero exit. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

const quiet = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const has = (command) => quiet('sh', ['-c', `command -v ${command}`]);

/** Installs dependencies from the lockfile when they are missing. */
export function ensureDependencies() {
  if (existsSync(join(root, 'node_modules/.package-lock.json'))) return;
  log('installing dependencies from package-lock.json (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function answers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

function endpoint(url, fallbackPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || fallbackPort) };
}

/**
 * Makes sure PostgreSQL and RabbitMQ answer: already running; else `docker compose` where a Docker
 * engine runs; else Debian's packaged servers, started (or installed with apt-get when we are root).
 */
export async function ensureServices() {
  const pg = endpoint(process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 5432);
  const mq = endpoint(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672', 5672);
  const up = async () => ({ pg: await answers(pg.host, pg.port), mq: await answers(mq.host, mq.port) });
  let state = await up();
  if (state.pg && state.mq) return;

  if (has('docker') && quiet('docker', ['info'])) {
    log('starting PostgreSQL and RabbitMQ with docker compose');
    run('docker', ['compose', 'up', '-d', '--wait', 'postgres', 'rabbitmq']);
  } else {
    if (!state.pg) startPostgres();
    if (!state.mq) startRabbitMq();
  }
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    state = await up();
    if (state.pg && state.mq) return log('PostgreSQL and RabbitMQ are up');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const missing = [!state.pg && `PostgreSQL on ${pg.host}:${pg.port}`, !state.mq && `RabbitMQ on ${mq.host}:${mq.port}`].filter(Boolean);
  throw new Error(`${missing.join(' and ')} did not come up. Start them yourself, or set ADMIN_DATABASE_URL / AMQP_URL.`);
}

const canInstall = () => has('apt-get') && process.getuid?.() === 0;

function aptInstall(packages) {
  log(`installing ${packages.join(', ')} with apt-get`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...packages], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** A Debian package's command, installed with apt-get (as root) when it is missing. */
export function ensureCommand(command, pkg) {
  if (has(command) || existsSync(`/usr/sbin/${command}`)) return;
  if (!canInstall()) throw new Error(`${command} is not installed and cannot be installed here: install Debian's ${pkg} package (apt-get install ${pkg}).`);
  aptInstall([pkg]);
}

function startPostgres() {
  if (!has('pg_ctlcluster')) {
    if (!canInstall()) throw new Error('PostgreSQL is not running and cannot be installed here (need Docker, or apt-get as root).');
    aptInstall(['postgresql']);
    trustLocalConnections();
  }
  for (const version of readdirSync('/etc/postgresql')) {
    log(`starting PostgreSQL ${version}`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  }
}

/** A development server installed by us: let local TCP connections in without passwords, as in CI. */
function trustLocalConnections() {
  for (const version of readdirSync('/etc/postgresql')) {
    const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
    const text = readFileSync(hba, 'utf8');
    if (!text.includes('# master-orchestrator')) writeFileSync(hba, `# master-orchestrator: local development\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n${text}`);
  }
}

function startRabbitMq() {
  if (!has('rabbitmq-server')) {
    if (!canInstall()) throw new Error('RabbitMQ is not running and cannot be installed here (need Docker, or apt-get as root).');
    aptInstall(['rabbitmq-server']);
  }
  log('starting RabbitMQ');
  spawnSync('rabbitmq-server', ['-detached'], { stdio: 'inherit' });
}

/** Builds TypeScript to dist/ with swc (about a second). */
export function build() {
  run('npm', ['run', '--silent', 'build']);
}

const COLOURS = [32, 33, 34, 35, 36, 91, 92];

/** Starts a long-running child whose output lines carry a coloured `[name]` prefix. */
export function spawnPrefixed(name, command, args, env, index) {
  const colour = COLOURS[index % COLOURS.length];
  const prefix = `\x1b[${colour}m[${name.padEnd(9)}]\x1b[0m `;
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  return child;
}
