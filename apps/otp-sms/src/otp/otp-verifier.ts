import { Injectable } from '@nestjs/common';
import { OtpVerification, PayloadOf } from '@mo/contracts';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Attempt, ChallengeRepository, ChallengeStatus, LatestChallenge } from './challenge.repository';
import { codeMatches } from './otp-code';
import { OtpPolicy } from './otp-policy';

type Verification = PayloadOf<typeof OtpVerification>;

const EXPLAIN: Record<ChallengeStatus, Verification['result']> = {
  active: 'locked',
  used: 'used',
  locked: 'locked',
  expired: 'expired',
  void: 'no_challenge',
};

/**
 * Checks a code for a hold in the caller's tenant (row-level security hides every other tenant's
 * challenges). Each check counts an attempt atomically; the fifth wrong one locks the challenge.
 * A check is idempotent per request: the broker may deliver one twice, and the repeat is answered
 * from what the first copy left, counting nothing.
 */
@Injectable()
export class OtpVerifier {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly db: TenantDb,
    private readonly policy: OtpPolicy,
    private readonly clock: Clock,
  ) {}

  async verify(holdId: string, code: string, requestId: string): Promise<Verification> {
    const attempt = await this.challenges.attempt(holdId, requestId);
    if (!attempt) {
      const latest = await this.challenges.latest(holdId);
      if (!latest) return { result: 'no_challenge', attemptsLeft: 0 };
      return latest.lastAttemptId === requestId ? this.repeated(latest, holdId, code) : { result: EXPLAIN[latest.status], attemptsLeft: 0 };
    }
    if (this.clock.now() >= attempt.expiresAt) {
      await this.challenges.settle(attempt.challengeId, 'expired');
      return { result: 'expired', attemptsLeft: 0 };
    }
    const attemptsLeft = attempt.maxAttempts - attempt.attempts;
    if (this.matches(holdId, code, attempt)) {
      await this.challenges.settle(attempt.challengeId, 'used');
      return { result: 'valid', attemptsLeft };
    }
    if (attemptsLeft === 0) {
      await this.challenges.settle(attempt.challengeId, 'locked');
      return { result: 'locked', attemptsLeft: 0 };
    }
    return { result: 'invalid', attemptsLeft };
  }

  /**
   * The first copy's answer, from the state it committed: its attempt and settlement share one
   * transaction, so a right code left the challenge used, and a wrong one left it active or locked.
   */
  private repeated(challenge: LatestChallenge, holdId: string, code: string): Verification {
    const attemptsLeft = challenge.maxAttempts - challenge.attempts;
    if (!this.matches(holdId, code, challenge)) {
      return challenge.status === 'active' ? { result: 'invalid', attemptsLeft } : { result: EXPLAIN[challenge.status], attemptsLeft: 0 };
    }
    return challenge.status === 'used' ? { result: 'valid', attemptsLeft } : { result: EXPLAIN[challenge.status], attemptsLeft: 0 };
  }

  private matches(holdId: string, code: string, attempt: Attempt): boolean {
    return codeMatches(this.policy.pepper, this.db.orgId, holdId, code, attempt.codeHmac);
  }
}
