/**
 * Two tiers, told apart by name. `*.spec.ts` is a unit spec: no I/O, no services, no global setup
 * (`npm run test:unit`, and it passes with PostgreSQL and RabbitMQ stopped). `*.int.spec.ts` is an
 * integration spec against real PostgreSQL, RabbitMQ and the Twilio sandbox, through the global setup
 * that makes the roles and the migrated template database. `npm test` runs both.
 */
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/infra'],
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') },
  // Nest 12 and several of its dependencies ship as ES modules; on Node 20 Jest can only load them
  // compiled to CommonJS. swc is fast and Jest caches the output, so we compile node_modules too.
  transformIgnorePatterns: [],
  moduleNameMapper: {
    '^@mo/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^@infra/(.*)$': '<rootDir>/infra/$1/index.ts',
  },
};

module.exports = {
  // Global options: Jest reads them from here, not from the projects.
  testTimeout: 60_000,
  slowTestThreshold: 15,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.spec.ts'], testPathIgnorePatterns: ['\\.int\\.spec\\.ts$'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['**/*.int.spec.ts'],
      globalSetup: '<rootDir>/infra/testing/global-setup.ts',
      globalTeardown: '<rootDir>/infra/testing/global-teardown.ts',
    },
  ],
};
