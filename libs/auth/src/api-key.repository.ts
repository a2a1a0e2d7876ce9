import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

export interface KeyRecord {
  secretSha256: Buffer;
  revoked: boolean;
  expiresAt: Date | null;
  signingSecretSealed: Buffer | null;
}

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly db: TenantDb) {}

  /** The key's hash and its tenant's signing secret, in the current tenant transaction. */
  async find(keyId: string): Promise<KeyRecord | undefined> {
    const [row] = await this.db.query<{ secret_sha256: Buffer; revoked: boolean; expires_at: Date | null; signing_secret_sealed: Buffer | null }>(
      `SELECT k.secret_sha256, k.revoked_at IS NOT NULL AS revoked, k.expires_at, o.signing_secret_sealed
         FROM tenancy.api_keys k JOIN tenancy.orgs o ON o.org_id = k.org_id
        WHERE k.org_id = $1 AND k.key_id = $2`,
      [this.db.orgId, keyId],
    );
    return (
      row && {
        secretSha256: row.secret_sha256,
        revoked: row.revoked,
        expiresAt: row.expires_at,
        signingSecretSealed: row.signing_secret_sealed,
      }
    );
  }
}
