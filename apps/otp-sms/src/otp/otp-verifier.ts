import { Injectable } from '@nestjs/common';
import { OtpVerification, PayloadOf } from '@mo/contracts';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { ChallengeRepository, ChallengeStatus } from './challenge.repository';
import { codeMatches } from './otp-code';
import { OtpPolicy } from './otp-policy';

const EXPLAIN: Record<ChallengeStatus, PayloadOf<typeof OtpVerification>['result']> = {
  active: 'locked',
  used: 'used',
  locked: 'locked',
  expired: 'expired',
  void: 'no_challenge',
};

/**
 * Checks a code for a hold in the caller's tenant (row-level security hides every other tenant's
 * challenges). Each check counts an attempt atomically; the fifth wrong one locks the challenge.
 */
@Injectable()
export class OtpVerifier {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly db: TenantDb,
    private readonly policy: OtpPolicy,
    private readonly clock: Clock,
  ) {}

  async verify(holdId: string, code: string): Promise<PayloadOf<typeof OtpVerification>> {
    const attempt = await this.challenges.attempt(holdId);
    if (!attempt) {
      const latest = await this.challenges.latest(holdId);
      return { result: latest ? EXPLAIN[latest.status] : 'no_challenge', attemptsLeft: 0 };
    }
    if (this.clock.now() >= attempt.expiresAt) {
      await this.challenges.settle(attempt.challengeId, 'expired');
      return { result: 'expired', attemptsLeft: 0 };
    }
    const attemptsLeft = attempt.maxAttempts - attempt.attempts;
    if (codeMatches(this.policy.pepper, this.db.orgId, holdId, code, attempt.codeHmac)) {
      await this.challenges.settle(attempt.challengeId, 'used');
      return { result: 'valid', attemptsLeft };
    }
    if (attemptsLeft === 0) {
      await this.challenges.settle(attempt.challengeId, 'locked');
      return { result: 'locked', attemptsLeft: 0 };
    }
    return { result: 'invalid', attemptsLeft };
  }
}
