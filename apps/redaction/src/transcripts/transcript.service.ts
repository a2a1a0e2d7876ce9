import { Injectable, Logger } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { TranscriptRedacted } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { constantTimeEqual } from '@mo/crypto';
import { canonicalJson } from '@mo/http';
import { Outbox } from '@mo/messaging';
import { RedactionMetrics } from '../redact/redaction.metrics';
import { RULES_VERSION } from '@mo/pii';
import { TenantRedactor } from '../policy/tenant-redactor';
import { TranscriptDto } from './transcript.dto';
import { AuditRow, StoredTranscript, TranscriptRepository } from './transcript.repository';

/** What recording a transcript decided; the controller maps it to HTTP (transcript.mapper.ts). */
export type RecordResult =
  | { kind: 'recorded'; transcript: StoredTranscript }
  | { kind: 'replayed'; transcript: StoredTranscript }
  | { kind: 'conflict' };

/**
 * Stores an end-of-call transcript redacted, each turn read with the turns before it as context, with an audit row per redaction that holds only the
 * HMAC of the value under the tenant's key. The raw text exists only in this request's memory.
 */
@Injectable()
export class TranscriptService {
  private readonly logger = new Logger(TranscriptService.name);

  constructor(
    private readonly transcripts: TranscriptRepository,
    private readonly tenant: TenantRedactor,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly metrics: RedactionMetrics,
  ) {}

  async record(dto: TranscriptDto): Promise<RecordResult> {
    const key = await this.tenant.key();
    // Keyed, so equal requests can be recognised without keeping anything a dictionary attack could use.
    const requestHmac = createHmac('sha256', key).update(canonicalJson(dto)).digest();
    const existing = await this.transcripts.findByCall(dto.callId);
    if (existing) return this.replay(existing, requestHmac);
    const redactor = await this.tenant.redactor();
    const audit: AuditRow[] = [];
    const entityCounts: Record<string, number> = {};
    const now = this.clock.now();
    const mask = dto.mask === 'pseudonym' ? ({ style: 'pseudonym', key } as const) : ({ style: 'tag', key } as const);
    const results = redactor.redactDialogue(dto.turns, { mask, now });
    const turns = dto.turns.map((turn, turnIndex) => {
      const result = results[turnIndex]!;
      for (const span of result.spans) {
        entityCounts[span.type] = (entityCounts[span.type] ?? 0) + 1;
        audit.push({ turnIndex, start: span.start, end: span.end, type: span.type, rule: span.rule, valueHmac: Buffer.from(span.fingerprint!, 'hex') });
      }
      return { speaker: turn.speaker, text: result.text, at: new Date(turn.at).toISOString() };
    });
    const transcript: StoredTranscript = { transcriptId: this.ids.next(), callId: dto.callId, requestHmac, turns, entityCounts, rulesVersion: RULES_VERSION };
    if (!(await this.transcripts.insert(transcript, audit, RULES_VERSION, now))) {
      // A concurrent request for the same call won; answer as its retry would be answered.
      return this.replay((await this.transcripts.findByCall(dto.callId))!, requestHmac);
    }
    await this.outbox.add(
      TranscriptRedacted,
      { transcriptId: transcript.transcriptId, callId: dto.callId, turns, entityCounts, rulesVersion: RULES_VERSION, redactedAt: now.toISOString() },
      { aggregateId: dto.callId },
    );
    this.metrics.redacted(audit, 'transcript');
    this.logger.log(`transcript of call ${dto.callId} redacted: ${JSON.stringify(entityCounts)} in ${turns.length} turns`);
    return { kind: 'recorded', transcript };
  }

  private replay(existing: StoredTranscript, requestHmac: Buffer): RecordResult {
    return constantTimeEqual(existing.requestHmac, requestHmac) ? { kind: 'replayed', transcript: existing } : { kind: 'conflict' };
  }
}
