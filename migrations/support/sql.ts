/**
 * SQL shared by migrations. Once a migration has shipped its SQL must never change, so these helpers
 * only ever gain new functions; existing ones stay as they are.
 */

export const TENANT_PREDICATE = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;

/** ENABLE + FORCE row-level security with one policy for reads and writes: no tenant set, no rows. */
export function isolateByTenant(table: string): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${table} USING (${TENANT_PREDICATE}) WITH CHECK (${TENANT_PREDICATE})`,
  ];
}

/**
 * A SECURITY DEFINER function owned by `mo_discovery`, the one role that bypasses row-level security.
 * It can log in nowhere, and its functions only ever return tenant ids and counts (or delete rows
 * already delivered), so background workers can find due work without a role that sees tenant data.
 */
export function discoveryFunction(signature: string, returns: string, body: string, executors: readonly string[]): string[] {
  return [
    `CREATE FUNCTION ${signature} RETURNS ${returns} LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $fn$ ${body} $fn$`,
    `ALTER FUNCTION ${signature} OWNER TO mo_discovery`,
    `REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`,
    ...executors.map((role) => `GRANT EXECUTE ON FUNCTION ${signature} TO ${role}`),
  ];
}

export const APP_ROLES = ['mo_booking', 'mo_otp_sms', 'mo_redaction', 'mo_followup'] as const;

/** Each app's schema and the role that owns its rows' reads and writes (its outbox and inbox among them). */
export const APP_SCHEMAS = [
  { schema: 'booking', role: 'mo_booking' },
  { schema: 'otp_sms', role: 'mo_otp_sms' },
  { schema: 'redaction', role: 'mo_redaction' },
  { schema: 'followup', role: 'mo_followup' },
] as const;
