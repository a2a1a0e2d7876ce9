import { Injectable } from '@nestjs/common';
import { type StatementOptions, TenantDb } from '@mo/database';

export type ChallengeStatus = 'active' | 'used' | 'void' | 'locked' | 'expired';

export interface NewChallenge {
  challengeId: string;
  holdId: string;
  phone: string;
  codeHmac: Buffer;
  maxAttempts: number;
  expiresAt: Date;
  createdAt: Date;
  messageId: string;
}

export interface Attempt {
  challengeId: string;
  codeHmac: Buffer;
  attempts: number;
  maxAttempts: number;
  expiresAt: Date;
}

export interface LatestChallenge extends Attempt {
  phone: string;
  status: ChallengeStatus;
  createdAt: Date;
  /** The request that made the last attempt, if any. */
  lastAttemptId: string | null;
}

/** The challenge a text carries the code of; its subject is the hold or change it was issued for. */
export interface CarriedChallenge {
  challengeId: string;
  subjectId: string;
  status: ChallengeStatus;
  expiresAt: Date;
  createdAt: Date;
  /** An earlier code was issued for the same subject: this one is a resend. */
  resend: boolean;
}

interface AttemptRow {
  challenge_id: string;
  code_hmac: Buffer;
  attempts: number;
  max_attempts: number;
  expires_at: Date;
}

const attemptOf = (row: AttemptRow): Attempt => ({
  challengeId: row.challenge_id,
  codeHmac: row.code_hmac,
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  expiresAt: row.expires_at,
});

@Injectable()
export class ChallengeRepository {
  constructor(private readonly db: TenantDb) {}

  async insert(challenge: NewChallenge): Promise<void> {
    await this.db.execute(
      `INSERT INTO otp_sms.challenges (org_id, challenge_id, hold_id, phone, code_hmac, status, max_attempts, expires_at, created_at, message_id)
       VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $8, $9)`,
      [
        this.db.orgId,
        challenge.challengeId,
        challenge.holdId,
        challenge.phone,
        challenge.codeHmac,
        challenge.maxAttempts,
        challenge.expiresAt,
        challenge.createdAt,
        challenge.messageId,
      ],
    );
  }

  /** The hold's newest challenge of any status, for resend and for explaining a failed verify. */
  async latest(holdId: string): Promise<LatestChallenge | undefined> {
    const [row] = await this.db.query<AttemptRow & { phone: string; status: ChallengeStatus; created_at: Date; last_attempt_id: string | null }>(
      `SELECT challenge_id, phone, status, created_at, code_hmac, attempts, max_attempts, expires_at, last_attempt_id FROM otp_sms.challenges
        WHERE org_id = $1 AND hold_id = $2 ORDER BY created_at DESC LIMIT 1`,
      [this.db.orgId, holdId],
    );
    return row && { ...attemptOf(row), phone: row.phone, status: row.status, createdAt: row.created_at, lastAttemptId: row.last_attempt_id };
  }

  /**
   * One check of a code, in one statement: counts the attempt on the hold's active challenge (as
   * `attempt` does, the same request never twice) and settles it by what the check found: expired
   * at `now`, used when `candidate` (the HMAC of the code given) is the stored one, locked on the
   * last allowed wrong guess. Comparing the HMACs here rather than in constant time in the app
   * leaks nothing: they are keyed by the pepper, so a caller cannot steer their bytes. Undefined
   * when no attempt was counted.
   */
  async check(holdId: string, requestId: string, candidate: Buffer, now: Date): Promise<{ status: ChallengeStatus; attemptsLeft: number } | undefined> {
    const [row] = await this.db.query<{ status: ChallengeStatus; attempts_left: number }>(
      `UPDATE otp_sms.challenges SET attempts = attempts + 1, last_attempt_id = $3,
          status = CASE WHEN expires_at <= $5 THEN 'expired' WHEN code_hmac = $4 THEN 'used' WHEN attempts + 1 >= max_attempts THEN 'locked' ELSE 'active' END
        WHERE org_id = $1 AND hold_id = $2 AND status = 'active' AND attempts < max_attempts AND last_attempt_id IS DISTINCT FROM $3
        RETURNING status, max_attempts - attempts AS attempts_left`,
      [this.db.orgId, holdId, requestId, candidate, now],
      // A check's only write: it may commit with it (TenantDb.endAtFinal); the reads after it need no lock.
      { final: true },
    );
    return row && { status: row.status, attemptsLeft: row.attempts_left };
  }

  /** Guesses spent on every code the hold was ever sent: the hold's limit is shared by all of them. */
  async attemptsSpent(holdId: string): Promise<number> {
    const [row] = await this.db.query<{ spent: number }>(`SELECT coalesce(sum(attempts), 0)::int AS spent FROM otp_sms.challenges WHERE org_id = $1 AND hold_id = $2`, [
      this.db.orgId,
      holdId,
    ]);
    return row?.spent ?? 0;
  }

  async settle(challengeId: string, status: Exclude<ChallengeStatus, 'active'>): Promise<void> {
    await this.db.execute(`UPDATE otp_sms.challenges SET status = $3 WHERE org_id = $1 AND challenge_id = $2 AND status = 'active'`, [
      this.db.orgId,
      challengeId,
      status,
    ]);
  }

  /** Voids the hold's live code: a resend, a released hold or a booking means it must stop working. */
  async voidActive(holdId: string, options: StatementOptions = {}): Promise<number> {
    return this.db.execute(`UPDATE otp_sms.challenges SET status = 'void' WHERE org_id = $1 AND hold_id = $2 AND status = 'active'`, [this.db.orgId, holdId], options);
  }

  /** The challenge whose code a message carries, for what its acceptance announces. */
  async ofMessage(messageId: string): Promise<CarriedChallenge | undefined> {
    const [row] = await this.db.query<CarriedChallenge>(
      `SELECT c.challenge_id AS "challengeId", c.hold_id AS "subjectId", c.status, c.expires_at AS "expiresAt", c.created_at AS "createdAt",
              EXISTS (SELECT 1 FROM otp_sms.challenges e
                       WHERE e.org_id = c.org_id AND e.hold_id = c.hold_id AND e.challenge_id <> c.challenge_id AND e.created_at <= c.created_at) AS resend
         FROM otp_sms.challenges c WHERE c.org_id = $1 AND c.message_id = $2`,
      [this.db.orgId, messageId],
    );
    return row;
  }

  /** Voids the code an SMS was carrying, when that SMS is known to have failed. */
  async voidForMessage(messageId: string): Promise<void> {
    await this.db.execute(`UPDATE otp_sms.challenges SET status = 'void' WHERE org_id = $1 AND message_id = $2 AND status = 'active'`, [this.db.orgId, messageId]);
  }
}
