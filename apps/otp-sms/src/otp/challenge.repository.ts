import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

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
   * Counts an attempt atomically on the hold's active challenge: concurrent guesses cannot share one.
   * The request that made it is remembered, and the same request never counts twice: a second copy
   * waiting on the first's row lock rechecks the condition and counts nothing.
   */
  async attempt(holdId: string, requestId: string): Promise<Attempt | undefined> {
    const [row] = await this.db.query<AttemptRow>(
      `UPDATE otp_sms.challenges SET attempts = attempts + 1, last_attempt_id = $3
        WHERE org_id = $1 AND hold_id = $2 AND status = 'active' AND attempts < max_attempts AND last_attempt_id IS DISTINCT FROM $3
        RETURNING challenge_id, code_hmac, attempts, max_attempts, expires_at`,
      [this.db.orgId, holdId, requestId],
    );
    return row && attemptOf(row);
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
  async voidActive(holdId: string): Promise<number> {
    return this.db.execute(`UPDATE otp_sms.challenges SET status = 'void' WHERE org_id = $1 AND hold_id = $2 AND status = 'active'`, [
      this.db.orgId,
      holdId,
    ]);
  }

  /** The challenge whose code a message carries, for what its acceptance announces. */
  async ofMessage(messageId: string): Promise<CarriedChallenge | undefined> {
    const [row] = await this.db.query<CarriedChallenge>(
      `SELECT challenge_id AS "challengeId", hold_id AS "subjectId", status, expires_at AS "expiresAt", created_at AS "createdAt"
         FROM otp_sms.challenges WHERE org_id = $1 AND message_id = $2`,
      [this.db.orgId, messageId],
    );
    return row;
  }

  /** Voids the code an SMS was carrying, when that SMS is known to have failed. */
  async voidForMessage(messageId: string): Promise<void> {
    await this.db.execute(`UPDATE otp_sms.challenges SET status = 'void' WHERE org_id = $1 AND message_id = $2 AND status = 'active'`, [this.db.orgId, messageId]);
  }
}
