import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from '@mo/contracts';
import { APPS, RPC_CALLERS } from '@mo/contracts';

/** The request/reply definitions an app's source asks (`….request(VerifyOtpRpc, …)`). */
function askedBy(app: string): string[] {
  const root = join(__dirname, '../../apps', app, 'src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const names = files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/\.request\(\s*(\w+Rpc)\b/g)].map((m) => m[1]!));
  return [...new Set(names)].sort();
}

describe('RPC_CALLERS', () => {
  // The broker refuses an app's request that is not listed for it (its topic permissions on the rpc exchange).
  it.each(APPS)('lists exactly the requests %s asks', (app) => {
    const listed = Object.entries(contracts)
      .filter(([, value]) => (RPC_CALLERS[app] as readonly unknown[]).includes(value))
      .map(([name]) => name)
      .sort();
    expect(askedBy(app)).toEqual(listed);
  });
});
