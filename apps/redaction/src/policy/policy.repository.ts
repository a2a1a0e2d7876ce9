import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { RedactionPolicy } from '@mo/pii';

export interface StoredPolicy {
  policy: RedactionPolicy;
  version: string;
}

@Injectable()
export class PolicyRepository {
  constructor(private readonly db: TenantDb) {}

  /** The tenant's policy (with the clinic's country) and a version that changes whenever it does; defaults when it has none. */
  async load(): Promise<StoredPolicy> {
    const [row] = await this.db.query<{
      country: string;
      allow_phones: string[] | null;
      allow_emails: string[] | null;
      allow_addresses: string[] | null;
      allow_terms: string[] | null;
      extra_conditions: string[] | null;
      extra_medications: string[] | null;
      updated_at: Date | null;
    }>(
      `SELECT o.country, p.allow_phones, p.allow_emails, p.allow_addresses, p.allow_terms, p.extra_conditions, p.extra_medications, p.updated_at
         FROM tenancy.orgs o LEFT JOIN redaction.policies p ON p.org_id = o.org_id WHERE o.org_id = $1`,
      [this.db.orgId],
    );
    if (!row) return { policy: {}, version: 'default' };
    if (!row.updated_at) return { policy: { country: row.country }, version: `default|${row.country}` };
    return {
      version: `${row.updated_at.toISOString()}|${row.country}`,
      policy: {
        country: row.country,
        allow: { phones: row.allow_phones ?? [], emails: row.allow_emails ?? [], addresses: row.allow_addresses ?? [], terms: row.allow_terms ?? [] },
        extraConditions: row.extra_conditions ?? [],
        extraMedications: row.extra_medications ?? [],
      },
    };
  }

  async sealedKey(): Promise<Buffer | undefined> {
    const [row] = await this.db.query<{ key_sealed: Buffer }>(`SELECT key_sealed FROM redaction.keys WHERE org_id = $1`, [this.db.orgId]);
    return row?.key_sealed;
  }

  /** Stores a key unless another request stored one first; returns whichever is stored. */
  async storeKey(sealed: Buffer, now: Date): Promise<Buffer> {
    await this.db.execute(`INSERT INTO redaction.keys (org_id, key_sealed, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [this.db.orgId, sealed, now]);
    return (await this.sealedKey())!;
  }
}
