import { Injectable } from '@nestjs/common';
import { ChangeRequested, OtpResend, PayloadOf, SlotHeld } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { CredentialsService } from '../credentials/credentials.service';
import { SendLimits } from '../sms/send-limits';
import { SmsRequest } from '../sms/sms-request';
import { SmsSender } from '../sms/sms-sender';
import { ChallengeRepository } from './challenge.repository';
import { CodeSubjects } from './code-subjects';
import { changeText, codeHmac, expiresInWords, newCode, otpText } from './otp-code';
import { OtpPolicy } from './otp-policy';

/** Issues codes: the first one for a new hold, and resends that void the previous one. */
@Injectable()
export class OtpSender {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly subjects: CodeSubjects,
    private readonly limits: SendLimits,
    private readonly credentials: CredentialsService,
    private readonly sms: SmsSender,
    private readonly db: TenantDb,
    private readonly policy: OtpPolicy,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /**
   * On SlotHeld, for a hold never seen and not yet expired (a SlotHeld after its HoldReleased, or
   * replayed after the hold's deadline, issues nothing).
   * Credentials are loaded and checked first: if they are unusable nothing is written but the
   * SmsFailed event, so the hold is released and no code exists that could never arrive.
   */
  async sendFirst(held: PayloadOf<typeof SlotHeld>): Promise<void> {
    if (!(await this.subjects.open(held.holdId, new Date(held.expiresAt)))) return;
    const usable = await this.credentials.usable();
    if (!usable.ok) return this.sms.reportFailure({ purpose: 'otp', holdId: held.holdId }, 'credentials');
    if (!(await this.limits.allow(held.callerPhone, 'otp', this.policy.sendsPerPhonePer10Minutes, usable.dailySmsCap))) return this.sms.reportFailure({ purpose: 'otp', holdId: held.holdId }, 'rate_limited');
    const { request, stored } = this.newChallenge(held.holdId, held.callerPhone, new Date(held.expiresAt), this.policy.maxAttempts, (code, expiresIn) =>
      otpText(code, usable.clinicName, expiresIn),
    );
    // Sent once this commits; OtpSent (CodeTextsOwner) follows the provider's answer. The challenge
    // and the text's rows are written together.
    await Promise.all([stored, this.sms.enqueue(request, usable.dailySmsCap)]);
  }

  /**
   * On ChangeRequested: the same flow for a change of a booking, keyed by the change's id, texted to
   * the phone on the booking (the event carries it; no request can name another).
   */
  async sendChangeCode(requested: PayloadOf<typeof ChangeRequested>): Promise<void> {
    const subject = { purpose: 'change' as const, changeId: requested.changeId };
    if (!(await this.subjects.open(requested.changeId, new Date(requested.expiresAt)))) return;
    const usable = await this.credentials.usable();
    if (!usable.ok) return this.sms.reportFailure(subject, 'credentials');
    if (!(await this.limits.allow(requested.callerPhone, 'change', this.policy.sendsPerPhonePer10Minutes, usable.dailySmsCap))) return this.sms.reportFailure(subject, 'rate_limited');
    const { request, stored } = this.newChallenge(requested.changeId, requested.callerPhone, new Date(requested.expiresAt), this.policy.maxAttempts, (code, expiresIn) =>
      changeText(code, usable.clinicName, requested.confirms, expiresIn),
    );
    await Promise.all([stored, this.sms.enqueue({ ...request, purpose: 'change', holdId: undefined, changeId: requested.changeId }, usable.dailySmsCap)]);
  }

  /** A new code for the hold, expiring no later than `holdExpiresAt`, with what is left of the hold's guesses. */
  async resend(holdId: string, holdExpiresAt?: Date): Promise<PayloadOf<typeof OtpResend>> {
    const seen = await this.challenges.latest(holdId);
    if (!seen) return { result: 'no_challenge' };
    // A retried resend waits here for the first to commit, then reads its code and hits the cooldown.
    // Written together: PostgreSQL runs them in order, so the subject's lock and the read come after the phone's.
    const [, open, latest] = await Promise.all([this.limits.lockPhone(seen.phone), this.subjects.stillOpen(holdId), this.challenges.latest(holdId)]);
    if (!open) return { result: 'no_challenge' };
    if (!latest || latest.status === 'used' || latest.status === 'locked') return { result: 'no_challenge' };
    const waited = (this.clock.now().getTime() - latest.createdAt.getTime()) / 1000;
    if (waited < this.policy.resendCooldownSeconds) return { result: 'cooldown', retryAfterSeconds: Math.ceil(this.policy.resendCooldownSeconds - waited) };
    const usable = await this.credentials.usable();
    if (!usable.ok) {
      await this.sms.reportFailure({ purpose: 'otp', holdId }, 'credentials');
      return { result: 'failed' };
    }
    if (!(await this.limits.allow(latest.phone, 'otp', this.policy.sendsPerPhonePer10Minutes, usable.dailySmsCap))) return { result: 'rate_limited' };
    // Voiding first locks the live code's row, so a guess racing this resend is counted before the sum or not at all.
    // The sum, written with it, starts once the void has its row: it sees every guess counted before.
    const [, spent] = await Promise.all([this.challenges.voidActive(holdId), this.challenges.attemptsSpent(holdId)]);
    const guessesLeft = this.policy.maxAttempts - spent;
    if (guessesLeft <= 0) return { result: 'no_challenge' };
    const { request, expiresAt, stored } = this.newChallenge(holdId, latest.phone, holdExpiresAt, guessesLeft, (code, expiresIn) => otpText(code, usable.clinicName, expiresIn));
    // The caller waits for the provider's answer, but the transaction does not: the text is committed
    // pending and claimed (its send counted against the cap by the transaction's last statement, as a
    // first code's is) and sent once this commits, so neither this connection nor the clinic's counter
    // row is held during the provider's call. `run` resolves once the provider has answered, so the
    // answer below is final when it is sent; the dispatcher then stores it (OtpSent, or SmsFailed and
    // the code voided).
    const answer: PayloadOf<typeof OtpResend> = { result: 'sent', expiresAt: expiresAt.toISOString() };
    await Promise.all([
      stored,
      this.sms.enqueueAwaited(request, usable.account, usable.dailySmsCap, (sent) => {
        if (sent.ok) return;
        answer.result = 'failed';
        delete answer.expiresAt;
      }),
    ]);
    return answer;
  }

  /**
   * Stores a new challenge for a hold or a change, expiring with its own TTL or the subject's
   * deadline, whichever comes first; returns the SMS that carries its code, which exists nowhere else,
   * and the insert, not awaited, so the text's rows issued next leave in the same write.
   */
  private newChallenge(
    holdId: string,
    phone: string,
    deadline: Date | undefined,
    maxAttempts: number,
    text: (code: string, expiresIn: string) => string,
  ): { request: SmsRequest; expiresAt: Date; stored: Promise<void> } {
    const now = this.clock.now();
    const code = newCode();
    const challengeId = this.ids.next();
    const messageId = this.ids.next();
    const ownExpiry = now.getTime() + this.policy.ttlSeconds * 1000;
    const expiresAt = new Date(deadline ? Math.min(ownExpiry, deadline.getTime()) : ownExpiry);
    // Before the insert: nothing may throw between it and the caller's Promise.all, or its failure would go unhandled.
    const body = text(code, expiresInWords((expiresAt.getTime() - now.getTime()) / 1000));
    const stored = this.challenges.insert({
      challengeId,
      holdId,
      phone,
      codeHmac: codeHmac(this.policy.pepper, this.db.orgId, holdId, code),
      maxAttempts,
      expiresAt,
      createdAt: now,
      messageId,
    });
    return { request: { messageId, purpose: 'otp', to: phone, body, holdId }, expiresAt, stored };
  }
}
