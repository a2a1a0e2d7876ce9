import 'reflect-metadata';
import { loadConfig, runMain } from '@mo/config';
import { migrate } from './migrate';
import { ensureDatabase, ensureRoles, OWNER_ROLE, roleUrl } from './roles';
import { DatabaseSettings } from './settings';

/** `npm run migrate`: roles, database and migrations, each step idempotent. */
export async function setupDatabase(settings: DatabaseSettings, log: (line: string) => void = () => undefined): Promise<void> {
  await ensureRoles(settings.ADMIN_DATABASE_URL, settings.MO_DB_PASSWORD);
  if (await ensureDatabase(settings.ADMIN_DATABASE_URL, settings.DATABASE_NAME)) log(`created database ${settings.DATABASE_NAME}`);
  const ran = await migrate(roleUrl(settings.ADMIN_DATABASE_URL, OWNER_ROLE, settings.MO_DB_PASSWORD, settings.DATABASE_NAME));
  log(ran.length ? `applied migrations: ${ran.join(', ')}` : 'database schema is up to date');
}

if (require.main === module) {
  void runMain(async () => {
    await setupDatabase(loadConfig(DatabaseSettings), (line) => console.log(`[migrate] ${line}`));
  });
}
