import { Injectable } from '@nestjs/common';
import { StatementOptions, TenantDb } from '@mo/database';
import type { Answer } from '@mo/voice';
import { placedAloneSql } from '../holds/hold.repository';

/** `completeAhead` was refused: what it answered did not happen as assumed, and nothing of the transaction stands. */
export const isAnswerAheadRefused = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'MOV01';

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

  /**
   * Stores the answer of the claimed keys, and returns it as stored (jsonb orders an object's keys its
   * own way), so the first call answers in the very bytes its repeats will; `final` when it is the
   * request's last write (TenantDb.endAtFinal).
   */
  async complete(callId: string, keys: readonly string[], answer: Answer, options: StatementOptions = {}): Promise<Answer> {
    const [row] = await this.db.query<{ answer: Answer }>(
      `UPDATE booking.voice_tool_calls SET answer = $4 WHERE org_id = $1 AND call_id = $2 AND dedupe_key = ANY($3::text[]) RETURNING answer`,
      [this.db.orgId, callId, keys, JSON.stringify(answer)],
      options,
    );
    return row?.answer ?? answer;
  }

  /**
   * Stores the answer of hold `holdId`'s placement under the claimed keys while the placement is still
   * on the wire behind the claim, as the request's last write (`COMMIT` right behind it, see
   * TenantDb.endAtFinal). It fails with AnswerAheadRefused, and so rolls back the whole transaction
   * (claims and hold with it), unless this transaction claimed every key (a key claimed elsewhere has
   * its answer; one claimed here has none yet) and the hold was placed as its call's only pending one.
   * Returns the answer as stored (see `complete`).
   */
  async completeAhead(callId: string, keys: readonly string[], answer: Answer, holdId: string): Promise<Answer> {
    const [row] = await this.db.query<{ answer: Answer }>(
      `WITH answered AS (
         UPDATE booking.voice_tool_calls SET answer = $4
          WHERE org_id = $1 AND call_id = $2 AND dedupe_key = ANY($3::text[]) AND answer IS NULL RETURNING 1)
       SELECT booking.voice_answer_holds((SELECT count(*) FROM answered) = cardinality($3::text[]) AND ${placedAloneSql('$1', '$2', '$5::uuid')}) AS holds, $4::jsonb AS answer`,
      [this.db.orgId, callId, keys, JSON.stringify(answer), holdId],
      { final: true },
    );
    return row!.answer;
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
