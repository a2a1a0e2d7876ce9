import { existsSync, readFileSync } from 'node:fs';

/**
 * The environment with this installation's secrets under it: `MO_SECRETS_FILE` names the file
 * `npm start` generated (KEY=value lines). A variable set in the environment wins over the file.
 * The command-line tools read it so that they seal with the same keys as the running apps.
 */
export function withSecretsFile(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = env.MO_SECRETS_FILE;
  if (!file || !existsSync(file)) return env;
  const fromFile: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) fromFile[match[1]!] = match[2]!;
  }
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  return { ...fromFile, ...set };
}
