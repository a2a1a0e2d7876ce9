/** `npm run test:cluster`: the failover scenario against the cluster it starts, outside `npm test`. */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/infra'], testMatch: ['**/*.cluster.ts'], testTimeout: 300_000 };
