// `npm start`: the whole system on one machine, from a fresh clone, with a demo clinic and the SMS sandbox.
// `npm start -- --instances N`: N of each app on consecutive ports (booking 3101…, otp-sms 3201…),
// behind a round-robin proxy on the usual ports, as competing consumers of the same queues.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build, ensureDependencies, ensureServices, log, root, run, spawnPrefixed } from './lib.mjs';
import { ensureSecrets } from './secrets.mjs';

ensureDependencies();
build();
// The apps are listed once, in libs/contracts; each listens on its own config's default port.
const require = createRequire(`${root}/`);
require('reflect-metadata');
const defaultPort = (name) => {
  const Config = Object.values(require(`./dist/apps/${name}/src/${name}.config.js`)).find((value) => typeof value === 'function' && value.name.endsWith('Config'));
  return new Config().PORT;
};
const APPS = require('./dist/libs/contracts/src/apps.js').APPS.map((name) => ({ name, port: defaultPort(name) }));
const SANDBOX = 'http://127.0.0.1:3010';

const flag = process.argv.indexOf('--instances');
const INSTANCES = flag < 0 ? 1 : Number(process.argv[flag + 1]);
if (!Number.isInteger(INSTANCES) || INSTANCES < 1 || INSTANCES > 9) {
  console.error('--instances takes a whole number from 1 to 9');
  process.exit(2);
}
/** Where each app's instances listen: its usual port alone, or 3101… for booking, 3201… for otp-sms, and so on. */
const instancePorts = (app, i) => (INSTANCES === 1 ? [app.port] : Array.from({ length: INSTANCES }, (_, k) => 3000 + 100 * (i + 1) + k + 1));
const RUNTIME_FILE = join(root, 'reports', 'instances.json');
// N instances share the database connections one would have (DB_POOL_SIZE, 10), unless it is set.
const POOL = INSTANCES === 1 || process.env.DB_POOL_SIZE ? {} : { DB_POOL_SIZE: String(Math.max(2, Math.ceil(10 / INSTANCES))) };

/** Resolves to the port if something already listens on it. */
const taken = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(port));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(undefined)));
  });
const busy = (await Promise.all([...APPS.map((a) => a.port), ...(INSTANCES > 1 ? APPS.flatMap(instancePorts) : []), 3010].map(taken))).filter(Boolean);
if (busy.length > 0) {
  console.error(`Port${busy.length > 1 ? 's' : ''} ${busy.join(', ')} already in use: is Master Orchestrator already running? Stop it (Ctrl-C in its terminal) and run npm start again.`);
  process.exit(1);
}

// This installation's own keys, never the public development ones; a variable set by the operator wins.
const SECRETS_FILE = join(root, 'var/secrets.env');
const secrets = ensureSecrets(SECRETS_FILE);
if (secrets.created.length > 0) log(`generated ${secrets.created.join(', ')} into var/secrets.env (mode 0600); keep it: sealed data needs these keys`);
const env = { ...process.env, ...Object.fromEntries(Object.entries(secrets.values).filter(([name]) => !process.env[name])), MO_SECRETS_FILE: SECRETS_FILE };

await ensureServices();
run('node', ['dist/infra/db/setup.js'], { env });

const seeded = spawnSync('node', ['dist/infra/tenant/cli.js', 'seed-demo', '--json'], { cwd: root, encoding: 'utf8', env });
if (seeded.status !== 0) throw new Error(`seeding the demo clinic failed:\n${seeded.stderr}`);
const demo = JSON.parse(seeded.stdout);

const adminTokens = env.ADMIN_TOKENS;
// Each app talks to the broker as its own user (made by the setup step above); the admin API as the
// operators' one. AMQP_URL may list a cluster's nodes, comma-separated: each gets the user.
const broker = (user, password) =>
  (process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672')
    .split(',')
    .map((node) => {
      const url = new URL(node.trim());
      url.username = user;
      url.password = encodeURIComponent(password);
      return url.toString();
    })
    .join(',');
const passwordOf = (name) => env[`BROKER_PASSWORD_${name.replace(/-/g, '_').toUpperCase()}`];
const appEnv = (name) => ({ ...env, AMQP_URL: broker(`mo_${name.replace(/-/g, '_')}`, passwordOf(name)), ADMIN_AMQP_URL: broker('mo_operator', passwordOf('operator')) });
const instances = APPS.flatMap((app, i) => instancePorts(app, i).map((port, k) => ({ ...app, index: i, name: INSTANCES === 1 ? app.name : `${app.name}#${k + 1}`, port })));
const routes = APPS.map((app, i) => `${app.port}=${instancePorts(app, i).map((port) => `http://127.0.0.1:${port}`).join('|')}`).join(';');
const children = [
  spawnPrefixed('sandbox', 'node', ['dist/infra/twilio-sandbox/main.js'], env, 6),
  ...instances.map(({ name, index, port }) => spawnPrefixed(name, 'node', [`dist/apps/${APPS[index].name}/src/main.js`], { ...appEnv(APPS[index].name), PORT: String(port), ...POOL }, index)),
  ...(INSTANCES > 1 ? [spawnPrefixed('proxy', 'node', ['dist/infra/proxy/main.js'], { MO_PROXY_ROUTES: routes }, 5)] : []),
];
// The load test reads this to report each instance's share of the work.
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(RUNTIME_FILE, `${JSON.stringify(Object.fromEntries(APPS.map((app, i) => [app.name, instancePorts(app, i).map((port) => `http://127.0.0.1:${port}`)])), null, 2)}\n`);

// The first process to exit on its own takes the rest down, and npm start fails with it.
const names = ['sandbox', ...instances.map((a) => a.name), ...(INSTANCES > 1 ? ['proxy'] : [])];
const firstExit = Promise.race(children.map((child, i) => new Promise((resolve) => child.once('exit', (code, signal) => resolve({ name: names[i], code, signal })))));
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  log('stopping...');
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const exited = () => Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve)))));

// Twenty seconds for the apps to come up; several instances each load Nest on the same cores.
const readyBy = Date.now() + (INSTANCES === 1 ? 20_000 : 60_000 * INSTANCES);
const ready = async (url) => {
  while (Date.now() < readyBy) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
};
const allReady = Promise.all([ready(`${SANDBOX}/health`), ...[...new Set([...instances.map((a) => a.port), ...APPS.map((a) => a.port)])].map((port) => ready(`http://127.0.0.1:${port}/health/ready`))]).then((oks) => oks.every(Boolean));
const started = await Promise.race([allReady, firstExit.then(() => false)]);
if (!started) {
  if (!stopping) log('the system did not come up; stopping');
  stop();
  await exited();
  process.exit(1);
}

const line = '─'.repeat(78);
console.log(`\n${line}
 Master Orchestrator is running, with the demo clinic "Demo Dental" (${demo.timezone})${INSTANCES > 1 ? `\n ${INSTANCES} instances of each app (booking ${instancePorts(APPS[0], 0).join(', ')}; otp-sms 32xx; redaction 33xx; followup 34xx), round-robin on the ports below` : ''}

 API key (shown once; run \`npm run tenant -- seed-demo\` for another):
   ${demo.apiKey}

${APPS.map(({ name, port }) => ` ${name.padEnd(11)} http://127.0.0.1:${port}   API docs /docs   metrics /metrics`).join('\n')}
 SMS sandbox ${SANDBOX}/sandbox/messages   (every text "sent", with its code)

 Admin API (any app, /admin/dlq): Authorization: Bearer ${adminTokens.split(',')[0].split('=')[1]}
 In another terminal: npm run demo (four scripted calls), npm run loadtest, npm run dlq -- list

 resources:          ${demo.resources.map((r) => `${r.name} ${r.id}`).join(', ')}
 appointment types:  ${demo.appointmentTypes.map((t) => `${t.name} (${t.durationMinutes} min) ${t.id}`).join(', ')}

 Try: curl -H "Authorization: Bearer $KEY" "http://127.0.0.1:${APPS.find((a) => a.name === 'booking').port}/v1/availability?appointmentTypeId=${demo.appointmentTypes[0].id}&from=<ISO>&to=<ISO>"
 Press Ctrl-C to stop everything.
${line}\n`);

const first = await firstExit;
const failed = !stopping;
if (failed) {
  log(`${first.name} exited (${first.signal ?? `code ${first.code}`}); stopping the rest`);
  stop();
}
await exited();
process.exit(failed ? 1 : 0);
