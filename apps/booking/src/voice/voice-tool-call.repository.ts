import { Injectable } from '@nestjs/common';
import { StatementOptions, TenantDb } from '@mo/database';
import type { Answer } from '@mo/voice';

/** Each tool call's first answer, per call and key; only repositories touch the database. */
@Injectable()
export class VoiceToolCallRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Claims each key for this transaction, or takes over one last claimed before its `reclaimBefore`,
   * in one statement (in order, so two claims lock their keys in the same order), and returns the keys
   * it claimed. A concurrent claim of the same key waits on the primary key until this transaction
   * ends, then finds the stored answer (or claims it, if this one rolled back).
   */
  async claim(callId: string, keys: ReadonlyArray<{ key: string; reclaimBefore: Date }>, tool: string, now: Date): Promise<Set<string>> {
    const rows = await this.db.query<{ dedupe_key: string }>(
      `INSERT INTO booking.voice_tool_calls (org_id, call_id, dedupe_key, tool, created_at)
       SELECT $1, $2, k.key, $4, $5 FROM unnest($3::text[]) WITH ORDINALITY AS k(key, n) ORDER BY k.n
       ON CONFLICT (org_id, call_id, dedupe_key) DO UPDATE SET created_at = EXCLUDED.created_at, answer = NULL
        WHERE booking.voice_tool_calls.created_at < (SELECT r.at FROM unnest($3::text[], $6::timestamptz[]) AS r(key, at) WHERE r.key = EXCLUDED.dedupe_key)
       RETURNING dedupe_key`,
      [this.db.orgId, callId, keys.map((k) => k.key), tool, now, keys.map((k) => k.reclaimBefore)],
    );
    return new Set(rows.map((r) => r.dedupe_key));
  }

  async answer(callId: string, key: string): Promise<Answer | undefined> {
    const [row] = await this.db.query<{ answer: Answer | null }>(
      `SELECT answer FROM booking.voice_tool_calls WHERE org_id = $1 AND call_id = $2 AND dedupe_key = $3`,
      [this.db.orgId, callId, key],
    );
    return row?.answer ?? undefined;
  }

  /** Stores the answer of the claimed keys; `final` when it is the request's last write (TenantDb.endAtFinal). */
  async complete(callId: string, keys: readonly string[], answer: Answer, options: StatementOptions = {}): Promise<void> {
    await this.db.execute(
      `UPDATE booking.voice_tool_calls SET answer = $4 WHERE org_id = $1 AND call_id = $2 AND dedupe_key = ANY($3::text[])`,
      [this.db.orgId, callId, keys, JSON.stringify(answer)],
      options,
    );
  }

  /** Gives the keys back, so a repeat runs the tool again: the answer decided nothing. */
  async release(callId: string, keys: readonly string[], options: StatementOptions = {}): Promise<void> {
    await this.db.execute(`DELETE FROM booking.voice_tool_calls WHERE org_id = $1 AND call_id = $2 AND dedupe_key = ANY($3::text[])`, [this.db.orgId, callId, keys], options);
  }

  /** Forgets answers older than `before`, across tenants, through the discovery function. */
  async prune(batch: number): Promise<number> {
    const [row] = await this.db.discover<{ pruned: number }>(`SELECT booking.voice_tool_calls_prune($1) AS pruned`, [batch]);
    return Number(row?.pruned ?? 0);
  }
}
