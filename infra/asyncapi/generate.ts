import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApi } from './asyncapi';

const document = `${JSON.stringify(buildAsyncApi(), null, 2)}\n`;
if (process.argv.includes('--stdout')) {
  process.stdout.write(document);
} else {
  const target = join(__dirname, '../../../docs/asyncapi.json');
  writeFileSync(target, document);
  process.stdout.write(`wrote ${target}\n`);
}
