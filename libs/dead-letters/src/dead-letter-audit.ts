import { DeadLetterFilter } from './dead-letter-filter';

export type SqlRunner = (sql: string, params: unknown[]) => Promise<unknown>;

/** What an operator (or a janitor, for `expire`) did to dead letters. */
export type AuditAction = 'replay' | 'purge' | 'reveal' | 'erase' | 'expire';

export interface AuditStart {
  auditId: string;
  at: Date;
  operator: string;
  via: 'cli' | 'api' | 'janitor';
  action: AuditAction;
  filter: DeadLetterFilter & { all?: boolean };
  dryRun: boolean;
}

export interface AuditEnd {
  outcome: 'completed' | 'stopped';
  ids: string[];
  error?: string;
  at: Date;
}

/**
 * `ops.dlq_audit`: who moved or dropped which dead letters, when, with what filter. The row is
 * written before anything moves and completed after, so a run that died midway still shows.
 */
export class DeadLetterAudit {
  constructor(private readonly sql: SqlRunner) {}

  async started(entry: AuditStart): Promise<void> {
    await this.sql(
      `INSERT INTO ops.dlq_audit (audit_id, started_at, operator, via, action, filter, dry_run, outcome, message_count, message_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'started', 0, '{}')`,
      [entry.auditId, entry.at, entry.operator, entry.via, entry.action, JSON.stringify(entry.filter), entry.dryRun],
    );
  }

  /** A run that is over as soon as it starts (a reveal): one row, already completed. */
  async completed(entry: AuditStart, ids: string[]): Promise<void> {
    await this.sql(
      `INSERT INTO ops.dlq_audit (audit_id, started_at, finished_at, operator, via, action, filter, dry_run, outcome, message_count, message_ids)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, 'completed', $8, $9)`,
      [entry.auditId, entry.at, entry.operator, entry.via, entry.action, JSON.stringify(entry.filter), entry.dryRun, ids.length, ids],
    );
  }

  async finished(auditId: string, end: AuditEnd): Promise<void> {
    await this.sql(`UPDATE ops.dlq_audit SET outcome = $2, message_count = $3, message_ids = $4, error = $5, finished_at = $6 WHERE audit_id = $1`, [
      auditId,
      end.outcome,
      end.ids.length,
      end.ids,
      end.error ?? null,
      end.at,
    ]);
  }
}
