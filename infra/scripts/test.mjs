// `npm test`: everything a fresh clone needs, then both tiers (unit and integration) against real
// services. `npm run test:unit`: the unit tier alone, which needs no services and starts none.
import { build, ensureDependencies, ensureServices, log, run } from './lib.mjs';

const unitOnly = process.argv[2] === '--unit';
const jestArgs = process.argv.slice(unitOnly ? 3 : 2);

ensureDependencies();
if (!unitOnly) await ensureServices();
// The startup specs run the built apps.
build();
if (unitOnly) {
  run('npx', ['jest', ...jestArgs, '--selectProjects', 'unit']);
} else {
  log('type-checking');
  run('npx', ['tsc', '-p', 'tsconfig.json']);
  // Roles, the migrated template database and per-file databases are made by the integration tier's globalSetup.
  run('npx', ['jest', '--maxWorkers=2', ...jestArgs]);
}
