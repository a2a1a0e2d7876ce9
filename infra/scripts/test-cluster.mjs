// `npm run test:cluster`: the system's calls against a three-node RabbitMQ cluster of its own (see
// cluster.mjs), with the node leading the busiest queues stopped mid-run. Not part of `npm test`.
import { build, ensureDependencies, ensureServices, log, run } from './lib.mjs';
import { CLUSTER_AMQP_URL, up } from './cluster.mjs';

ensureDependencies();
await ensureServices();
build();
await up();
log(`running the failover scenario against ${CLUSTER_AMQP_URL}`);
run('npx', ['jest', '--config', 'jest.cluster.config.js', '--runInBand', ...process.argv.slice(2)], { env: { ...process.env, TEST_AMQP_URL: CLUSTER_AMQP_URL } });
log('done; the stopped node stays down until `npm run cluster -- up` (or `down` to remove the cluster)');
