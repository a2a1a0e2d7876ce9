import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { isPlatform, type Platform } from '@mo/voice';

export interface StoredConnection {
  orgId: string;
  connectionId: string;
  platform: Platform;
  secretSha256: Buffer | null;
  signingKeySealed: Buffer | null;
}

/** A clinic's connection to a voice platform, found from the id in the platform's URL. */
@Injectable()
export class VoiceConnectionRepository {
  constructor(private readonly db: TenantDb) {}

  /** The tenant first (a discovery function returns only its id), then the row under that tenant's RLS. */
  async find(connectionId: string): Promise<StoredConnection | undefined> {
    const [owner] = await this.db.discover<{ org_id: string | null }>(`SELECT tenancy.voice_connection_org($1) AS org_id`, [connectionId]);
    if (!owner?.org_id) return undefined;
    const orgId = owner.org_id;
    const [row] = await this.db.run(orgId, () =>
      this.db.query<{ platform: string; secret_sha256: Buffer | null; signing_key_sealed: Buffer | null }>(
        `SELECT platform, secret_sha256, signing_key_sealed FROM tenancy.voice_connections WHERE org_id = $1 AND connection_id = $2`,
        [orgId, connectionId],
      ),
    );
    if (!row || !isPlatform(row.platform)) return undefined;
    return { orgId, connectionId, platform: row.platform, secretSha256: row.secret_sha256, signingKeySealed: row.signing_key_sealed };
  }
}
