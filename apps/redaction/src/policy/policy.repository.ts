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

  /** The tenant's policy and a version that changes whenever it does; defaults when it has none. */
  async load(): Promise<StoredPolicy> {
    const [row] = await this.db.query<{
      default_region: string;
      allow_phones: string[];
      allow_emails: string[];
      allow_addresses: string[];
      allow_terms: string[];
      extra_conditions: string[];
      extra_medications: string[];
      updated_at: Date;
    }>(`SELECT * FROM redaction.policies WHERE org_id = $1`, [this.db.orgId]);
    if (!row) return { policy: {}, version: 'default' };
    return {
      version: row.updated_at.toISOString(),
      policy: {
        defaultRegion: row.default_region,
        allow: { phones: row.allow_phones, emails: row.allow_emails, addresses: row.allow_addresses, terms: row.allow_terms },
        extraConditions: row.extra_conditions,
        extraMedications: row.extra_medications,
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
