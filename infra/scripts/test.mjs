// `npm test`: everything a fresh clone needs, then the whole suite against real services.
import { build, ensureDependencies, ensureServices, log, run } from './lib.mjs';

ensureDependencies();
await ensureServices();
build();
log('type-checking');
run('npx', ['tsc', '-p', 'tsconfig.json']);
// Roles, the migrated template database and per-file databases are made by jest's globalSetup.
run('npx', ['jest', '--maxWorkers=2', ...process.argv.slice(2)]);
