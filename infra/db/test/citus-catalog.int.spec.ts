import { Client } from 'pg';
import { TestInfra } from '@infra/testing';

/**
 * The schema is ready for Citus to distribute by `org_id` (docs/scaling.md), proven from the catalog:
 * every tenant table is co-located on `org_id`, and whatever is not per tenant is named here. A new
 * table fails this suite until it follows the rules or is listed below.
 */
/** Not per tenant: copied to every node as Citus reference tables. */
const REFERENCE_TABLES = ['tenancy.orgs', 'ops.dlq_audit'];
/** Bookkeeping that stays on the coordinator only. */
const LOCAL_TABLES = ['public.schema_migrations'];

let infra: TestInfra;
let db: Client;

beforeAll(async () => {
  infra = await TestInfra.create();
  db = new Client({ connectionString: infra.urlFor('owner') });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await infra?.dispose([]);
});

interface Constraint {
  table: string;
  name: string;
  kind: 'p' | 'u' | 'x' | 'f';
  /** Columns of the constraint, in order; for a foreign key, the referencing ones. */
  columns: string[];
  /** For an exclusion constraint: the operator each column is compared with. */
  operators: string[];
  referenced: string | null;
  referencedColumns: string[];
}

async function tables(): Promise<Array<{ table: string; hasOrgId: boolean }>> {
  const { rows } = await db.query<{ table: string; has_org_id: boolean }>(
    `SELECT format('%s.%s', n.nspname, c.relname) AS table,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped) AS has_org_id
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1`,
  );
  return rows.map((r) => ({ table: r.table, hasOrgId: r.has_org_id }));
}

/** Primary keys, unique and exclusion constraints, foreign keys, and unique indexes that back no constraint. */
async function constraints(): Promise<Constraint[]> {
  const names = (rel: string, keys: string) => `ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY u(attnum, i)
      JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = u.attnum ORDER BY u.i)`;
  const { rows } = await db.query<Constraint>(
    `SELECT format('%s.%s', n.nspname, c.relname) AS table, k.conname AS name, k.contype AS kind,
            ${names('k.conrelid', 'k.conkey')} AS columns,
            ARRAY(SELECT o.oprname::text FROM unnest(k.conexclop) WITH ORDINALITY e(op, i) JOIN pg_operator o ON o.oid = e.op ORDER BY e.i) AS operators,
            CASE WHEN k.confrelid <> 0 THEN format('%s.%s', fn.nspname, f.relname) END AS referenced,
            CASE WHEN k.confrelid <> 0 THEN ${names('k.confrelid', 'k.confkey')} ELSE '{}' END AS "referencedColumns"
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class f ON f.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
      WHERE k.contype IN ('p', 'u', 'x', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     UNION ALL
     SELECT format('%s.%s', n.nspname, c.relname), i.relname, 'u', ${names('x.indrelid', 'x.indkey::int2[]')}, '{}', NULL, '{}'
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE x.indisunique AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
  );
  return rows;
}

/** Citus's rules for a constraint on a table distributed by org_id; each breach in words. */
function breaches(constraint: Constraint, isTenant: (table: string) => boolean): string[] {
  const at = `${constraint.table} ${constraint.name}`;
  if (constraint.kind === 'f') {
    if (REFERENCE_TABLES.includes(constraint.referenced!)) return [];
    if (!isTenant(constraint.referenced!)) return [`${at}: references ${constraint.referenced}, which is neither a tenant nor a reference table`];
    const paired = constraint.columns.some((column, i) => column === 'org_id' && constraint.referencedColumns[i] === 'org_id');
    return paired ? [] : [`${at}: foreign key to ${constraint.referenced} does not join org_id to org_id`];
  }
  const position = constraint.columns.indexOf('org_id');
  if (position < 0) return [`${at}: ${constraint.kind === 'x' ? 'exclusion constraint' : 'key'} (${constraint.columns.join(', ')}) does not include org_id`];
  if (constraint.kind === 'x' && constraint.operators[position] !== '=') return [`${at}: exclusion constraint compares org_id with ${constraint.operators[position]}, not =`];
  return [];
}

describe('a schema Citus can distribute by org_id', () => {
  it('has org_id in every table, except the reference and local tables listed here', async () => {
    const unlisted = (await tables()).filter((t) => !t.hasOrgId && ![...REFERENCE_TABLES, ...LOCAL_TABLES].includes(t.table)).map((t) => t.table);
    expect(unlisted).toEqual([]);
  });

  it('lists only tables that exist', async () => {
    const existing = new Set((await tables()).map((t) => t.table));
    expect([...REFERENCE_TABLES, ...LOCAL_TABLES].filter((t) => !existing.has(t))).toEqual([]);
  });

  it('includes org_id in every primary key, unique and exclusion constraint of a tenant table, and joins every foreign key on it', async () => {
    const tenant = new Set((await tables()).filter((t) => t.hasOrgId && !REFERENCE_TABLES.includes(t.table)).map((t) => t.table));
    const all = await constraints();
    expect(all.filter((c) => tenant.has(c.table) && c.kind === 'f').length).toBeGreaterThan(10);
    expect(all.filter((c) => tenant.has(c.table) && c.kind === 'x').length).toBeGreaterThan(0);
    expect(all.filter((c) => tenant.has(c.table)).flatMap((c) => breaches(c, (t) => tenant.has(t)))).toEqual([]);
  });

  it('keeps reference tables free of foreign keys into tenant tables, which Citus cannot enforce', async () => {
    const intoTenants = (await constraints()).filter((c) => REFERENCE_TABLES.includes(c.table) && c.kind === 'f' && !REFERENCE_TABLES.includes(c.referenced!));
    expect(intoTenants.map((c) => `${c.table} ${c.name} -> ${c.referenced}`)).toEqual([]);
  });

  it('tells a breach from a table that follows the rules', () => {
    const isTenant = (t: string) => t.startsWith('booking.');
    const key = (columns: string[], kind: Constraint['kind'] = 'u', operators: string[] = []): Constraint =>
      ({ table: 'booking.x', name: 'k', kind, columns, operators, referenced: null, referencedColumns: [] });
    const fk = (columns: string[], referenced: string, referencedColumns: string[]): Constraint =>
      ({ table: 'booking.x', name: 'fk', kind: 'f', columns, operators: [], referenced, referencedColumns });
    expect(breaches(key(['org_id', 'id']), isTenant)).toEqual([]);
    expect(breaches(key(['twilio_sid']), isTenant)).toEqual(['booking.x k: key (twilio_sid) does not include org_id']);
    expect(breaches(key(['org_id', 'resource_id', 'during'], 'x', ['=', '=', '&&']), isTenant)).toEqual([]);
    expect(breaches(key(['resource_id', 'org_id'], 'x', ['=', '&&']), isTenant)).toHaveLength(1);
    expect(breaches(fk(['org_id', 'resource_id'], 'booking.resources', ['org_id', 'resource_id']), isTenant)).toEqual([]);
    expect(breaches(fk(['org_id', 'resource_id'], 'booking.resources', ['resource_id', 'org_id']), isTenant)).toHaveLength(1);
    expect(breaches(fk(['resource_id'], 'booking.resources', ['resource_id']), isTenant)).toHaveLength(1);
    expect(breaches(fk(['org_id'], 'tenancy.orgs', ['org_id']), isTenant)).toEqual([]);
  });
});
