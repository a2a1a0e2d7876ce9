/** `npm run test:cluster` and `npm run test:pgbouncer`: scenarios against engines they start themselves, outside `npm test`. */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/infra'], testMatch: ['**/*.cluster.ts'], testTimeout: 300_000 };
