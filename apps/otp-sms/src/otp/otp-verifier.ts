import { Injectable } from '@nestjs/common';
import { OtpVerification, PayloadOf } from '@mo/contracts';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Attempt, ChallengeRepository, ChallengeStatus, LatestChallenge } from './challenge.repository';
import { codeHmac, codeMatches } from './otp-code';
import { OtpPolicy } from './otp-policy';

type Verification = PayloadOf<typeof OtpVerification>;

const EXPLAIN: Record<ChallengeStatus, Verification['result']> = {
  active: 'locked',
  used: 'used',
  locked: 'locked',
  expired: 'expired',
  void: 'no_challenge',
};

/** The answer to a check that counted an attempt, by the status it left the challenge in. */
const CHECKED: Record<ChallengeStatus, (attemptsLeft: number) => Verification> = {
  active: (attemptsLeft) => ({ result: 'invalid', attemptsLeft }),
  used: (attemptsLeft) => ({ result: 'valid', attemptsLeft }),
  locked: () => ({ result: 'locked', attemptsLeft: 0 }),
  expired: () => ({ result: 'expired', attemptsLeft: 0 }),
  void: () => ({ result: 'no_challenge', attemptsLeft: 0 }),
};

/**
 * Checks a code for a hold in the caller's tenant (row-level security hides every other tenant's
 * challenges). Each check counts an attempt and settles the challenge in one statement; the fifth
 * wrong one locks it.
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
    const checked = await this.challenges.check(holdId, requestId, codeHmac(this.policy.pepper, this.db.orgId, holdId, code), this.clock.now());
    if (checked) return CHECKED[checked.status](checked.attemptsLeft);
    const latest = await this.challenges.latest(holdId);
    if (!latest) return { result: 'no_challenge', attemptsLeft: 0 };
    return latest.lastAttemptId === requestId ? this.repeated(latest, holdId, code) : { result: EXPLAIN[latest.status], attemptsLeft: 0 };
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
