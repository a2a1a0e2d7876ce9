import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import type { Answer } from '@mo/voice';

/** Each tool call's first answer, per call and key; only repositories touch the database. */
@Injectable()
export class VoiceToolCallRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Claims a key for this transaction, or takes over one last claimed before `reclaimBefore`. A
   * concurrent claim of the same key waits on the primary key until this transaction ends, then
   * finds the stored answer (or claims it, if this one rolled back).
   */
  async claim(callId: string, key: string, tool: string, now: Date, reclaimBefore: Date): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO booking.voice_tool_calls (org_id, call_id, dedupe_key, tool, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (org_id, call_id, dedupe_key) DO UPDATE SET created_at = EXCLUDED.created_at, answer = NULL
        WHERE booking.voice_tool_calls.created_at < $6
       RETURNING 1`,
      [this.db.orgId, callId, key, tool, now, reclaimBefore],
    );
    return rows.length === 1;
  }

  async answer(callId: string, key: string): Promise<Answer | undefined> {
    const [row] = await this.db.query<{ answer: Answer | null }>(
      `SELECT answer FROM booking.voice_tool_calls WHERE org_id = $1 AND call_id = $2 AND dedupe_key = $3`,
      [this.db.orgId, callId, key],
    );
    return row?.answer ?? undefined;
  }

  async complete(callId: string, keys: readonly string[], answer: Answer): Promise<void> {
    await this.db.execute(`UPDATE booking.voice_tool_calls SET answer = $4 WHERE org_id = $1 AND call_id = $2 AND dedupe_key = ANY($3::text[])`, [
      this.db.orgId,
      callId,
      keys,
      JSON.stringify(answer),
    ]);
  }

  /** Gives the keys back, so a repeat runs the tool again: the answer decided nothing. */
  async release(callId: string, keys: readonly string[]): Promise<void> {
    await this.db.execute(`DELETE FROM booking.voice_tool_calls WHERE org_id = $1 AND call_id = $2 AND dedupe_key = ANY($3::text[])`, [this.db.orgId, callId, keys]);
  }

  /** Forgets answers older than `before`, across tenants, through the discovery function. */
  async prune(batch: number): Promise<number> {
    const [row] = await this.db.discover<{ pruned: number }>(`SELECT booking.voice_tool_calls_prune($1) AS pruned`, [batch]);
    return Number(row?.pruned ?? 0);
  }
}
