// `npm start`: the whole system on one machine, from a fresh clone, with a demo clinic and the SMS sandbox.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { build, ensureDependencies, ensureServices, log, root, run, spawnPrefixed } from './lib.mjs';

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

/** Resolves to the port if something already listens on it. */
const taken = (port) =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(port));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(undefined)));
  });
const busy = (await Promise.all([...APPS.map((a) => a.port), 3010].map(taken))).filter(Boolean);
if (busy.length > 0) {
  console.error(`Port${busy.length > 1 ? 's' : ''} ${busy.join(', ')} already in use: is Master Orchestrator already running? Stop it (Ctrl-C in its terminal) and run npm start again.`);
  process.exit(1);
}

await ensureServices();
run('node', ['dist/infra/db/setup.js']);

const seeded = spawnSync('node', ['dist/infra/tenant/cli.js', 'seed-demo', '--json'], { cwd: root, encoding: 'utf8' });
if (seeded.status !== 0) throw new Error(`seeding the demo clinic failed:\n${seeded.stderr}`);
const demo = JSON.parse(seeded.stdout);

// A fresh operator token per run for the admin API, unless one is configured.
const adminTokens = process.env.ADMIN_TOKENS || `operator=${randomBytes(24).toString('base64url')}`;
const children = [
  spawnPrefixed('sandbox', 'node', ['dist/infra/twilio-sandbox/main.js'], {}, 6),
  ...APPS.map(({ name }, i) => spawnPrefixed(name, 'node', [`dist/apps/${name}/src/main.js`], { ADMIN_TOKENS: adminTokens }, i)),
];

// The first process to exit on its own takes the rest down, and npm start fails with it.
const names = ['sandbox', ...APPS.map((a) => a.name)];
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

const ready = async (url) => {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
};
const allReady = Promise.all([ready(`${SANDBOX}/health`), ...APPS.map(({ port }) => ready(`http://127.0.0.1:${port}/health/ready`))]).then((oks) => oks.every(Boolean));
const started = await Promise.race([allReady, firstExit.then(() => false)]);
if (!started) {
  if (!stopping) log('the system did not come up; stopping');
  stop();
  await exited();
  process.exit(1);
}

const line = '─'.repeat(78);
console.log(`\n${line}
 Master Orchestrator is running, with the demo clinic "Demo Dental" (${demo.timezone})

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
