import { join } from 'node:path';
import { checkImports, importsOf, readSources } from './import-rules';

describe('monorepo boundaries', () => {
  it('holds across the repository', () => {
    const files = readSources(join(__dirname, '../..'), ['apps', 'libs', 'infra', 'migrations']);
    expect(files.length).toBeGreaterThan(30);
    expect(checkImports(files)).toEqual([]);
  });

  it('keeps integration specs in test/ and unit specs beside their source', () => {
    const specs = readSources(join(__dirname, '../..'), ['apps', 'libs', 'infra']).map((f) => f.path).filter((path) => path.endsWith('.spec.ts'));
    expect(specs.filter((path) => path.endsWith('.int.spec.ts') && !path.includes('/test/'))).toEqual([]);
    expect(specs.filter((path) => !path.endsWith('.int.spec.ts') && !path.includes('/test/') && !/\/src\/|^infra\/[^/]+\/[^/]+\.spec\.ts$/.test(path))).toEqual([]);
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
    ['libs/testing/src/a.ts', '@infra/db', 'lib testing imports infra (@infra/db)'],
    ['libs/testing/src/a.ts', '../../../infra/db/roles', 'lib testing imports infra/db'],
    ['apps/otp-sms/src/sms/a.ts', '../otp/challenge.repository', 'otp-sms/sms imports otp-sms/otp, which is not below it'],
    ['apps/otp-sms/src/twilio/a.ts', '../credentials/credentials.service', 'otp-sms/twilio imports otp-sms/credentials, which is not below it'],
    ['apps/otp-sms/src/status/a.ts', '../inbound/inbound.dto', 'otp-sms/status imports otp-sms/inbound, which is not below it'],
    ['apps/otp-sms/src/sms/a.ts', '../billing/invoice', 'otp-sms folder billing is missing from FOLDER_LAYERS'],
  ])('flags %s importing %s', (path, specifier, rule) => {
    expect(checkImports([{ path, imports: [specifier] }])).toEqual([{ file: path, specifier, rule }]);
  });

  it.each([
    ['apps/booking/src/holds/a.ts', './hold.repository'],
    ['apps/booking/src/holds/a.ts', '../saga/hold-saga'],
    ['libs/messaging/src/a.ts', './outbox'],
    ['apps/booking/src/a.ts', '@mo/contracts'],
    ['apps/booking/src/a.ts', '@nestjs/common'],
    ['apps/otp-sms/src/otp/a.ts', '../sms/send-limits'],
    ['apps/otp-sms/src/sms/a.ts', '../twilio/sms-gateway'],
    ['apps/otp-sms/src/otp-sms.module.ts', './otp/otp-sender'],
    ['infra/testing/a.ts', '@infra/db'],
    ['libs/messaging/test/fixture.ts', '@infra/testing'],
  ])('allows %s importing %s', (path, specifier) => {
    expect(checkImports([{ path, imports: [specifier] }])).toEqual([]);
  });

  it('sees imports, re-exports and dynamic imports', () => {
    const text = `import { a } from './a';\nexport { b } from "../b";\nconst c = await import('./c');\nimport type { D } from '@mo/d';`;
    expect(importsOf(text)).toEqual(['./a', '../b', './c', '@mo/d']);
  });
});
