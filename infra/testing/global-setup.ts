import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, ensureRoles, migrate, OWNER_ROLE, roleUrl } from '@infra/db';
import { resolveServices } from '@mo/testing';
import { TEST_PASSWORD } from './test-infra';

/**
 * Once per `jest` run: find the services, make the roles, and build a migrated template database.
 * Each test file then copies the template, which takes milliseconds instead of a migration run.
 * The template's name carries a hash of the migrations, so an edited migration builds a new one.
 */
export default async function globalSetup(): Promise<void> {
  const services = await resolveServices();
  await ensureRoles(services.adminUrl, TEST_PASSWORD);
  const template = `mo_tpl_${migrationsHash()}`;
  const admin = new Client({ connectionString: services.adminUrl });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_advisory_lock(7171842)`);
    // Another checkout with other migrations may be testing at the same time: drop only templates
    // that no run has used for a day (each run stamps its template's comment with the time).
    const others = await admin.query<{ datname: string; note: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname LIKE 'mo\\_tpl\\_%' AND datname <> $1`,
      [template],
    );
    const stale = others.rows.filter(({ note }) => !(lastUsed(note) > Date.now() - STALE_AFTER_MS));
    for (const { datname } of stale) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    const building = `${template}_building`;
    if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template])).rowCount) {
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await ensureDatabase(services.adminUrl, building);
      await migrate(roleUrl(services.adminUrl, OWNER_ROLE, TEST_PASSWORD, building));
      // Renamed only once complete, so a crash mid-build never leaves a half-migrated template.
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    await admin.query(`COMMENT ON DATABASE "${template}" IS 'used ${new Date().toISOString()}'`);
  } finally {
    await admin.query(`SELECT pg_advisory_unlock(7171842)`).catch(() => undefined);
    await admin.end();
  }
  process.env.MO_TEST_ADMIN_URL = services.adminUrl;
  process.env.MO_TEST_AMQP_URL = services.amqpUrl;
  process.env.MO_TEST_TEMPLATE = template;
  (globalThis as { __moServicesStop?: () => Promise<void> }).__moServicesStop = services.stop;
}

const STALE_AFTER_MS = 24 * 3_600_000;

function lastUsed(note: string | null): number {
  const at = /^used (.+)$/.exec(note ?? '')?.[1];
  return at ? Date.parse(at) : Number.NaN;
}

function migrationsHash(): string {
  const dir = join(__dirname, '../../migrations');
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of files(dir).sort()) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}
