/** One config for unit (`*.spec.ts`) and integration (`*.int.spec.ts`) tests; both run in `npm test`. */
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

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/infra'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') },
  // Nest 12 and several of its dependencies ship as ES modules; on Node 20 Jest can only load them
  // compiled to CommonJS. swc is fast and Jest caches the output, so we compile node_modules too.
  transformIgnorePatterns: [],
  moduleNameMapper: {
    '^@mo/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^@infra/(.*)$': '<rootDir>/infra/$1/index.ts',
  },
  globalSetup: '<rootDir>/infra/testing/global-setup.ts',
  globalTeardown: '<rootDir>/infra/testing/global-teardown.ts',
  testTimeout: 60_000,
  slowTestThreshold: 15,
};
