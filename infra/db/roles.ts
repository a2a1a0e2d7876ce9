import { Client } from 'pg';
import { APPS, type AppName } from '@mo/contracts';

/** The roles the system runs as. The owner migrates; apps log in as their own role and own nothing. */
export const OWNER_ROLE = 'mo_owner';
export const DISCOVERY_ROLE = 'mo_discovery';
/** Each app's login role: `mo_` and its name (`otp-sms` logs in as `mo_otp_sms`). */
export const APP_ROLES = Object.fromEntries(APPS.map((app) => [app, `mo_${app.replace(/-/g, '_')}`])) as Readonly<Record<AppName, string>>;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates or corrects the roles, as a superuser. Idempotent: attributes are re-asserted on every run,
 * so a role that was altered by hand is put back to NOSUPERUSER/NOBYPASSRLS.
 */
export async function ensureRoles(adminUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Concurrent runs (parallel test workers) must not race on CREATE ROLE.
    await client.query(`SELECT pg_advisory_lock(28015)`);
    const login = (role: string, extra = '') =>
      upsertRole(client, role, `LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOREPLICATION ${extra} PASSWORD ${quoteLiteral(password)}`);
    await login(OWNER_ROLE, 'CREATEDB');
    // NOLOGIN: nobody connects as it; it only owns the narrow discovery functions.
    await upsertRole(client, DISCOVERY_ROLE, 'NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEROLE');
    for (const role of Object.values(APP_ROLES)) await login(role, 'NOCREATEDB');
    await client.query(`GRANT ${DISCOVERY_ROLE} TO ${OWNER_ROLE}`);
    for (const role of Object.values(APP_ROLES)) {
      await client.query(`ALTER ROLE ${role} SET statement_timeout = '10s'`);
      await client.query(`ALTER ROLE ${role} SET idle_in_transaction_session_timeout = '60s'`);
    }
  } finally {
    await client.query(`SELECT pg_advisory_unlock(28015)`).catch(() => undefined);
    await client.end();
  }
}

async function upsertRole(client: Client, role: string, attributes: string): Promise<void> {
  const { rowCount } = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${quoteIdent(role)} WITH ${attributes}`);
}

/** Creates the database owned by the owner role if it is missing. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (rowCount) return false;
    const from = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
    await client.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${OWNER_ROLE}${from}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A URL for `role` on `database`, on the same server as `base`. */
export function roleUrl(base: string, role: string, password: string, database: string): string {
  const url = new URL(base);
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}
