/** `npm run test:cluster`: the failover scenario against the cluster it starts, outside `npm test`. */
const { projects, ...globals } = require('./jest.config');

const integration = projects.find((project) => project.displayName === 'integration');
module.exports = { ...globals, ...integration, displayName: 'cluster', roots: ['<rootDir>/infra'], testMatch: ['**/*.cluster.ts'], testTimeout: 300_000 };
