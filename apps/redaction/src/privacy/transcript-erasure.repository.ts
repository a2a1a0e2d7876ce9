import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { recordErasureStep } from '@mo/privacy';

/** What an erasure changes in redaction's tables, under the tenant's RLS. */
@Injectable()
export class TranscriptErasureRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Deletes the transcripts of the caller's calls (their audit rows go with them), and unlinks the
   * phone from every other transcript: its audit fingerprints are deleted and its pseudonym becomes
   * a plain tag, so nothing left can be joined back to the caller.
   */
  async erase(callIds: readonly string[], phoneFingerprint: Buffer, pseudonym: string, tag: string): Promise<number> {
    const transcripts = await this.db.execute(`DELETE FROM redaction.transcripts WHERE org_id = $1 AND call_id = ANY($2::text[])`, [this.db.orgId, callIds]);
    const links = await this.db.execute(`DELETE FROM redaction.audit WHERE org_id = $1 AND value_hmac = $2`, [this.db.orgId, phoneFingerprint]);
    const mentions = await this.db.execute(
      `UPDATE redaction.transcripts SET turns = replace(turns::text, $2, $3)::jsonb WHERE org_id = $1 AND strpos(turns::text, $2) > 0`,
      [this.db.orgId, pseudonym, tag],
    );
    return transcripts + links + mentions;
  }

  recordStep(erasureId: string, rowsChanged: number, deferred: number, at: Date): Promise<void> {
    return recordErasureStep(this.db, this.db.orgId, { erasureId, app: 'redaction', rowsChanged, deferred, at });
  }
}
