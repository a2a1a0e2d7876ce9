import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { Counter, Registry } from '@mo/metrics';

/** Entities masked, by type, whether in line or in stored transcripts. */
@Injectable()
export class RedactionMetrics {
  private readonly redactions: Counter<'type' | 'source'>;

  constructor(
    registry: Registry,
    private readonly db: TenantDb,
  ) {
    this.redactions = new Counter({ name: 'mo_redactions_total', help: 'Entities redacted, by type and source (inline or transcript)', labelNames: ['type', 'source'], registers: [registry] });
  }

  /** Counted when the request's transaction commits; a rolled-back transcript redacted nothing. */
  redacted(spans: ReadonlyArray<{ type: string }>, source: 'inline' | 'transcript'): void {
    if (spans.length === 0) return;
    this.db.afterCommit(() => {
      for (const span of spans) this.redactions.inc({ type: span.type, source });
    });
  }
}
