import { randomUUID } from 'node:crypto';
import { TestInfra } from './test-infra';

export interface TestTenant {
  orgId: string;
  name: string;
  timezone: string;
}

/** Inserts a tenant as the owner role would, through its own row-level security. */
export async function createTenant(infra: TestInfra, overrides: Partial<TestTenant> = {}): Promise<TestTenant> {
  const tenant: TestTenant = { orgId: randomUUID(), name: 'Test Clinic', timezone: 'America/Chicago', ...overrides };
  await infra.asOwner(tenant.orgId, (db) =>
    db.query(`INSERT INTO tenancy.orgs (org_id, name, timezone) VALUES ($1, $2, $3)`, [tenant.orgId, tenant.name, tenant.timezone]),
  );
  return tenant;
}
