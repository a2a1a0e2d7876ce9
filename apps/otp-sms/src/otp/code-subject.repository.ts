import { Injectable } from '@nestjs/common';
import { type StatementOptions, TenantDb } from '@mo/database';
import { SubjectState } from './code-subject';

@Injectable()
export class CodeSubjectRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * The subject's state, its row locked until the transaction ends: two of its events handled at
   * once (on two instances) take turns here, and the second sees what the first committed. A subject
   * never seen gets a `none` row, so there is a row to lock.
   */
  async lock(subjectId: string, at: Date): Promise<SubjectState> {
    const [row] = await this.db.query<{ state: SubjectState }>(
      `INSERT INTO otp_sms.code_subjects AS s (org_id, subject_id, state, updated_at) VALUES ($1, $2, 'none', $3)
       ON CONFLICT (org_id, subject_id) DO UPDATE SET state = s.state
       RETURNING s.state`,
      [this.db.orgId, subjectId, at],
    );
    return row!.state;
  }

  /**
   * As `lock`, for an event whose decision on a subject never seen is known beforehand: a subject
   * never seen is written in `stateIfNew` at once, saving the write after the decision. Returns the
   * state found (`none` for a new row, which is then already in `stateIfNew`) and whether it was new.
   */
  async lockOrCreate(subjectId: string, stateIfNew: SubjectState, at: Date): Promise<{ state: SubjectState; created: boolean }> {
    const [row] = await this.db.query<{ state: SubjectState; created: boolean }>(
      `INSERT INTO otp_sms.code_subjects AS s (org_id, subject_id, state, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, subject_id) DO UPDATE SET state = s.state
       RETURNING s.state, (xmax = 0) AS created`,
      [this.db.orgId, subjectId, stateIfNew, at],
    );
    return row!.created ? { state: 'none', created: true } : { state: row!.state, created: false };
  }

  /** Prunes subjects that will never be issued a code, a day after their last change; across tenants, through the discovery function. */
  async prune(batch: number): Promise<number> {
    const [row] = await this.db.discover<{ pruned: number }>(`SELECT otp_sms.code_subjects_prune($1) AS pruned`, [batch]);
    return Number(row?.pruned ?? 0);
  }

  async set(subjectId: string, state: Exclude<SubjectState, 'none'>, at: Date, options: StatementOptions = {}): Promise<void> {
    await this.db.execute(`UPDATE otp_sms.code_subjects SET state = $3, updated_at = $4 WHERE org_id = $1 AND subject_id = $2`, [this.db.orgId, subjectId, state, at], options);
  }
}
