import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { APP_ROLES, type AppName } from '@infra/db';
import { TestInfra } from '@infra/testing';
import { SEEDS } from './tenant-seeds';

/** Row-level security, proven from the catalog and then by trying to break it as every app role. */

const PREDICATE = "(org_id = (NULLIF(current_setting('app.org_id'::text, true), ''::text))::uuid)";

interface TenantTable {
  table: string;
  rowSecurity: boolean;
  forced: boolean;
}

let infra: TestInfra;
let tables: TenantTable[];
const tenantA = randomUUID();
const tenantB = randomUUID();

beforeAll(async () => {
  infra = await TestInfra.create();
  tables = await infra.asOwner(undefined, async (db) => {
    const { rows } = await db.query<TenantTable>(`
      SELECT format('%I.%I', n.nspname, c.relname) AS table, c.relrowsecurity AS "rowSecurity", c.relforcerowsecurity AS forced
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       ORDER BY 1`);
    return rows;
  });
  for (const tenant of [tenantA]) {
    // In the order SEEDS declares them, so rows exist before the rows that refer to them.
    await infra.asOwner(tenant, async (db) => {
      for (const sql of Object.values(SEEDS)) await db.query(sql, [tenant]);
    });
  }
  await infra.asOwner(tenantB, (db) => db.query(SEEDS['tenancy.orgs']!, [tenantB]));
});

afterAll(async () => {
  await infra?.dispose();
});

describe('the catalog', () => {
  it('finds the tenant tables', () => {
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['tenancy.orgs', 'tenancy.api_keys', 'booking.outbox', 'followup.inbox']));
  });

  it('has a seed for every tenant table, so the proofs below cover them all', () => {
    expect(tables.map((t) => t.table).filter((t) => !SEEDS[t])).toEqual([]);
  });

  it('enables and forces row-level security on every table with an org_id', () => {
    expect(tables.filter((t) => !t.rowSecurity || !t.forced).map((t) => t.table)).toEqual([]);
  });

  it('gives every such table one policy for all commands, with USING and WITH CHECK on the tenant setting', async () => {
    const policies = await infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ table: string; cmd: string; qual: string | null; check: string | null; permissive: boolean }>(`
        SELECT format('%I.%I', n.nspname, c.relname) AS table, p.polcmd AS cmd, p.polpermissive AS permissive,
               pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS check
          FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace`);
      return rows;
    });
    const broken = tables
      .map(({ table }) => ({ table, mine: policies.filter((p) => p.table === table) }))
      .filter(({ mine }) => mine.length !== 1 || mine[0]!.cmd !== '*' || !mine[0]!.permissive || mine[0]!.qual !== PREDICATE || mine[0]!.check !== PREDICATE)
      .map(({ table }) => table);
    expect(broken).toEqual([]);
  });

  it('leads every primary key, unique, exclusion and foreign key constraint with org_id', async () => {
    const offenders = await infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ name: string }>(`
        SELECT format('%I.%I', n.nspname, con.conname) AS name
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = con.conkey[1]
         WHERE con.contype IN ('p', 'u', 'x', 'f')
           AND EXISTS (SELECT 1 FROM pg_attribute o WHERE o.attrelid = c.oid AND o.attname = 'org_id' AND NOT o.attisdropped)
           AND a.attname <> 'org_id'`);
      return rows.map((r) => r.name);
    });
    expect(offenders).toEqual([]);
  });

  it('runs every app as a role that is no superuser, cannot bypass RLS and owns nothing', async () => {
    const roles = Object.values(APP_ROLES);
    const { rows } = await infra.asOwner(undefined, (db) =>
      db.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
        `SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) + (SELECT count(*)::int FROM pg_namespace s WHERE s.nspowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = ANY($1)`,
        [roles],
      ),
    );
    expect(rows).toHaveLength(roles.length);
    expect(rows.filter((r) => r.rolsuper || r.rolbypassrls || r.owned > 0)).toEqual([]);
  });
});

describe.each(Object.keys(APP_ROLES) as AppName[])('as the %s role', (app) => {
  async function asApp<T>(orgId: string | undefined, work: (db: Client) => Promise<T>): Promise<T> {
    return infra.asRole(app, orgId, work);
  }

  /** The tenant tables this role holds `privilege` on (and can reach through its schema). */
  async function privileged(privilege: 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE'): Promise<string[]> {
    return infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ table: string }>(
        `SELECT t AS table FROM unnest($1::text[]) t
          WHERE has_schema_privilege($2, split_part(t, '.', 1), 'USAGE') AND has_table_privilege($2, t, $3)`,
        [tables.map((x) => x.table), APP_ROLES[app], privilege],
      );
      return rows.map((r) => r.table);
    });
  }

  it('reads its own tenant rows, so the proofs below can fail', async () => {
    const readable = await privileged('SELECT');
    expect(readable.length).toBeGreaterThan(0);
    for (const table of readable) {
      const { rows } = await asApp(tenantA, (db) => db.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, n: rows[0].n }).toEqual({ table, n: expect.any(Number) });
      expect(rows[0].n).toBeGreaterThan(0);
    }
  });

  it('reads 0 rows of another tenant', async () => {
    for (const table of await privileged('SELECT')) {
      const { rows } = await asApp(tenantB, (db) => db.query(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [tenantA]));
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('reads 0 rows with no tenant set', async () => {
    for (const table of await privileged('SELECT')) {
      const { rows } = await asApp(undefined, (db) => db.query(`SELECT count(*)::int AS n FROM ${table}`));
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it('cannot insert a row for another tenant, nor with no tenant set', async () => {
    for (const table of await privileged('INSERT')) {
      for (const tenant of [tenantB, undefined]) {
        const error = await asApp(tenant, (db) => db.query(`INSERT INTO ${table} (org_id) VALUES ($1)`, [tenantA])).catch((e: { code?: string }) => e);
        expect({ table, tenant, code: (error as { code?: string }).code }).toEqual({ table, tenant, code: '42501' });
      }
    }
  });

  it('cannot update another tenant rows', async () => {
    for (const table of await privileged('UPDATE')) {
      const { rowCount } = await asApp(tenantB, (db) => db.query(`UPDATE ${table} SET org_id = org_id`));
      expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
    }
  });

  it('cannot delete another tenant rows', async () => {
    for (const table of await privileged('DELETE')) {
      const { rowCount } = await asApp(tenantB, (db) => db.query(`DELETE FROM ${table} WHERE org_id = $1`, [tenantA]));
      expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
    }
  });

  it('cannot move its own rows to another tenant', async () => {
    for (const table of await privileged('UPDATE')) {
      const error = await asApp(tenantA, (db) => db.query(`UPDATE ${table} SET org_id = $1`, [tenantB])).catch((e: { code?: string }) => e);
      expect({ table, code: (error as { code?: string }).code }).toEqual({ table, code: '42501' });
    }
  });
});
