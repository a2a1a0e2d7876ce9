import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

/** Calls whose end a platform reported; only the first report of a call does anything. */
@Injectable()
export class VoiceCallRepository {
  constructor(private readonly db: TenantDb) {}

  /** Claims the call for this transaction; a concurrent report of the same call waits here, then finds it claimed. */
  async claimEnd(callId: string, platform: string, now: Date): Promise<boolean> {
    const inserted = await this.db.execute(
      `INSERT INTO redaction.voice_calls_ended (org_id, call_id, platform, ended_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [this.db.orgId, callId, platform, now],
    );
    return inserted === 1;
  }
}
