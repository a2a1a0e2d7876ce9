import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * Runs pending migrations as the owner role, one transaction each. Returns the names it ran.
 * `upTo` (a prefix of MIGRATIONS) is for tests that build a database as an older release left it.
 */
export async function migrate(ownerUrl: string, upTo: readonly (typeof MIGRATIONS)[number][] = MIGRATIONS): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    migrations: [...upTo],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    logging: false,
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    // Two starters migrating one database at once would race on the same DDL.
    await lock.connect();
    await lock.query(`SELECT pg_advisory_lock(7171841)`);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(7171841)`).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
