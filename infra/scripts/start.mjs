// `npm start`: the whole system on one machine, from a fresh clone.
import { build, ensureDependencies, ensureServices, log, run, spawnPrefixed } from './lib.mjs';

const APPS = [
  { name: 'booking', port: 3001 },
  { name: 'otp-sms', port: 3002 },
  { name: 'redaction', port: 3003 },
  { name: 'followup', port: 3004 },
];

ensureDependencies();
await ensureServices();
build();
run('node', ['dist/infra/db/setup.js']);

const children = APPS.map(({ name }, i) => spawnPrefixed(name, 'node', [`dist/apps/${name}/src/main.js`], {}, i));

log('running:');
for (const { name, port } of APPS) log(`  ${name.padEnd(10)} http://127.0.0.1:${port}  (API docs /docs, health /health/ready)`);
log('press Ctrl-C to stop everything');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  log('stopping...');
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await Promise.all(children.map((child) => new Promise((resolve) => child.on('exit', resolve))));
if (!stopping) {
  log('an app exited; stopping the rest');
  stop();
}
process.exit(stopping ? 0 : 1);
