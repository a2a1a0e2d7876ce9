import { join } from 'node:path';
import { checkImports, importsOf, readSources } from './import-rules';

describe('monorepo boundaries', () => {
  it('holds across the repository', () => {
    const files = readSources(join(__dirname, '../..'), ['apps', 'libs', 'infra', 'migrations']);
    expect(files.length).toBeGreaterThan(30);
    expect(checkImports(files)).toEqual([]);
  });
});

describe('checkImports', () => {
  it.each([
    ['apps/booking/src/a.ts', '../../otp-sms/src/otp.service', 'app booking imports app otp-sms'],
    ['apps/booking/src/x/a.ts', '../../../followup/src/index', 'app booking imports app followup'],
    ['libs/messaging/src/a.ts', '../../../apps/booking/src/main', 'lib messaging imports app booking'],
    ['apps/booking/src/a.ts', '../../../libs/database/src/tenant-db', 'relative import into lib database; use @mo/database'],
    ['libs/http/src/a.ts', '../../contracts/src/validate', 'relative import into lib contracts; use @mo/contracts'],
    ['apps/booking/src/a.ts', '@mo/messaging/src/outbox', 'import a lib through its public index: @mo/<lib>'],
  ])('flags %s importing %s', (path, specifier, rule) => {
    expect(checkImports([{ path, imports: [specifier] }])).toEqual([{ file: path, specifier, rule }]);
  });

  it.each([
    ['apps/booking/src/holds/a.ts', './hold.repository'],
    ['apps/booking/src/holds/a.ts', '../saga/hold-saga'],
    ['libs/messaging/src/a.ts', './outbox'],
    ['apps/booking/src/a.ts', '@mo/contracts'],
    ['apps/booking/src/a.ts', '@nestjs/common'],
  ])('allows %s importing %s', (path, specifier) => {
    expect(checkImports([{ path, imports: [specifier] }])).toEqual([]);
  });

  it('sees imports, re-exports and dynamic imports', () => {
    const text = `import { a } from './a';\nexport { b } from "../b";\nconst c = await import('./c');\nimport type { D } from '@mo/d';`;
    expect(importsOf(text)).toEqual(['./a', '../b', './c', '@mo/d']);
  });
});
