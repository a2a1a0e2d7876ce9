import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { recordErasureStep } from '@mo/privacy';

/** What an erasure changes in followup's tables, under the tenant's RLS. */
@Injectable()
export class CallerErasureRepository {
  constructor(private readonly db: TenantDb) {}

  /** The caller's follow-ups, the aggregate of the texts sent about them. */
  async followupIdsOf(phone: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(`SELECT followup_id::text AS id FROM followup.followups WHERE org_id = $1 AND phone = $2`, [this.db.orgId, phone]);
    return rows.map((r) => r.id);
  }

  /**
   * Forgets the caller's memory and transcripts, cancels follow-ups not yet sent and clears the rest;
   * the consent log and the opt-out keep only the phone's HMAC, so a STOP still holds. A follow-up
   * being sent right now, or with a text still in the outbox (`unsent`: aggregates), is deferred.
   */
  async erase(phone: string, callIds: readonly string[], phoneHmac: Buffer, unsent: readonly string[], at: Date): Promise<{ changed: number; deferred: number }> {
    const [org, p, hmac] = [this.db.orgId, phone, phoneHmac];
    const [caller] = await this.db.query<{ last_call_id: string | null }>(`SELECT last_call_id FROM followup.callers WHERE org_id = $1 AND phone = $2`, [org, p]);
    const calls = [...callIds, ...(caller?.last_call_id ? [caller.last_call_id] : [])];
    const counts = [
      await this.db.execute(`DELETE FROM followup.callers WHERE org_id = $1 AND phone = $2`, [org, p]),
      await this.db.execute(`DELETE FROM followup.calls WHERE org_id = $1 AND call_id = ANY($2::text[])`, [org, calls]),
      await this.db.execute(
        `UPDATE followup.followups SET status = CASE WHEN status = 'scheduled' THEN 'suppressed' ELSE status END,
                phone = '', first_name = NULL, updated_at = $3
          WHERE org_id = $1 AND phone = $2 AND status <> 'sending' AND followup_id::text <> ALL($4::text[])`,
        [org, p, at, unsent],
      ),
      await this.db.execute(
        `INSERT INTO followup.erased_opt_outs AS e (org_id, phone_hmac, opted_out, updated_at)
         SELECT org_id, $3, opted_out, updated_at FROM followup.opt_outs WHERE org_id = $1 AND phone = $2
         ON CONFLICT (org_id, phone_hmac) DO UPDATE SET opted_out = EXCLUDED.opted_out, updated_at = EXCLUDED.updated_at WHERE e.updated_at <= EXCLUDED.updated_at`,
        [org, p, hmac],
      ),
      await this.db.execute(`DELETE FROM followup.opt_outs WHERE org_id = $1 AND phone = $2`, [org, p]),
      await this.db.execute(`UPDATE followup.consent_log SET phone = NULL, phone_hmac = $3 WHERE org_id = $1 AND phone = $2`, [org, p, hmac]),
    ];
    const [sending] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM followup.followups WHERE org_id = $1 AND phone = $2`, [org, p]);
    return { changed: counts.reduce((a, b) => a + b, 0), deferred: sending?.n ?? 0 };
  }

  recordStep(erasureId: string, rowsChanged: number, deferred: number, at: Date): Promise<void> {
    return recordErasureStep(this.db, this.db.orgId, { erasureId, app: 'followup', rowsChanged, deferred, at });
  }
}
