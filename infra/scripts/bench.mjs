// `npm run bench`, `npm run bench:redaction`: benchmarks, after the same setup as `npm start`.
import { build, ensureDependencies, ensureServices, run } from './lib.mjs';

const which = process.argv[2] ?? 'holds';
ensureDependencies();
await ensureServices();
build();
run('node', [`dist/infra/bench/${which}.js`, ...process.argv.slice(3)]);
