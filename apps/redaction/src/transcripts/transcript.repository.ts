import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

export interface AuditRow {
  turnIndex: number;
  start: number;
  end: number;
  type: string;
  rule: string;
  valueHmac: Buffer;
}

export interface StoredTranscript {
  transcriptId: string;
  callId: string;
  requestHmac: Buffer;
  turns: Array<{ speaker: string; text: string; at: string }>;
  entityCounts: Record<string, number>;
  rulesVersion: string;
}

@Injectable()
export class TranscriptRepository {
  constructor(private readonly db: TenantDb) {}

  async findByCall(callId: string): Promise<StoredTranscript | undefined> {
    const [row] = await this.db.query<{ transcript_id: string; call_id: string; request_hmac: Buffer; turns: StoredTranscript['turns']; entity_counts: Record<string, number>; rules_version: string }>(
      `SELECT transcript_id, call_id, request_hmac, turns, entity_counts, rules_version FROM redaction.transcripts WHERE org_id = $1 AND call_id = $2`,
      [this.db.orgId, callId],
    );
    return (
      row && {
        transcriptId: row.transcript_id,
        callId: row.call_id,
        requestHmac: row.request_hmac,
        turns: row.turns,
        entityCounts: row.entity_counts,
        rulesVersion: row.rules_version,
      }
    );
  }

  /** The redacted transcript and one audit row per redaction, in the current transaction. */
  async insert(transcript: StoredTranscript, audit: readonly AuditRow[], rulesVersion: string, now: Date): Promise<boolean> {
    const inserted = await this.db.execute(
      `INSERT INTO redaction.transcripts (org_id, transcript_id, call_id, request_hmac, turns, entity_counts, rules_version, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (org_id, call_id) DO NOTHING`,
      [this.db.orgId, transcript.transcriptId, transcript.callId, transcript.requestHmac, JSON.stringify(transcript.turns), transcript.entityCounts, rulesVersion, now],
    );
    if (inserted === 0) return false;
    if (audit.length === 0) return true;
    await this.db.execute(
      `INSERT INTO redaction.audit (org_id, transcript_id, turn_index, span_start, span_end, entity_type, rule_id, rules_version, value_hmac, created_at)
       SELECT $1, $2, t.turn, t.s, t.e, t.type, t.rule, $3, t.hmac, $4
         FROM unnest($5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::bytea[]) AS t(turn, s, e, type, rule, hmac)`,
      [
        this.db.orgId,
        transcript.transcriptId,
        rulesVersion,
        now,
        audit.map((a) => a.turnIndex),
        audit.map((a) => a.start),
        audit.map((a) => a.end),
        audit.map((a) => a.type),
        audit.map((a) => a.rule),
        audit.map((a) => a.valueHmac),
      ],
    );
    return true;
  }
}
