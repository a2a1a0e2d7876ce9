import { Inject, Injectable } from '@nestjs/common';
import { SmsFailureReason } from '@mo/contracts';
import { Clock, CorrelationContext } from '@mo/context';
import { SecretBox } from '@mo/crypto';
import { TenantDb } from '@mo/database';
import { SmsAccount } from '../twilio/sms-gateway';
import { MessageRepository } from './message.repository';
import { ClaimedText, PendingTextRepository } from './pending-text.repository';
import { DailyCapReached, SendLimits } from './send-limits';
import { SendOutcomes } from './send-outcomes';
import { Dispatched } from './sms-provider';
import { FailureSubject, SmsRequest } from './sms-request';
import { PENDING_TEXTS_BOX, sealedFor } from './pending-text-seal';
import { TextDispatcher } from './text-dispatcher';

/**
 * Sends SMS through the clinic's own account and records them. Every failure, from the API call
 * or unusable credentials, becomes a SmsFailed event in the transaction that records it.
 */
@Injectable()
export class SmsSender {
  constructor(
    private readonly messages: MessageRepository,
    private readonly pending: PendingTextRepository,
    @Inject(PENDING_TEXTS_BOX) private readonly box: SecretBox,
    private readonly dispatcher: TextDispatcher,
    private readonly outcomes: SendOutcomes,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    private readonly limits: SendLimits,
  ) {}

  /**
   * Records the message as `sending` and its text as pending (sealed), in the current transaction;
   * once that commits the dispatcher sends it. The message being handled is acked without waiting
   * for the provider, and a crash before the answer is stored leaves the text to be sent again.
   * The text counts against `dailyCap`; if sends committed since the caller's check took the
   * last one, it throws DailyCapReached and the message is retried, to be refused then.
   */
  async enqueue(request: SmsRequest, dailyCap: number): Promise<void> {
    const now = this.clock.now();
    await this.write(request, dailyCap, now, this.dispatcher.takenByAnyAfter(now), false);
    const orgId = this.db.orgId;
    this.db.afterCommit(() => this.dispatcher.kick(orgId, request.messageId));
  }

  /**
   * As `enqueue`, for a caller that waits for the provider's answer (a resend). The text is written
   * with its first claim, leased to this caller, which sends it itself once the transaction commits:
   * no connection and no lock is held during the provider's call, and `answered` has the answer
   * before the transaction's `run` resolves. The dispatcher stores it, as for any text.
   */
  async enqueueAwaited(request: SmsRequest, account: SmsAccount, dailyCap: number, answered: (result: Dispatched) => void): Promise<void> {
    const now = this.clock.now();
    const bodySealed = await this.write(request, dailyCap, now, this.dispatcher.leaseFrom(now), true);
    const orgId = this.db.orgId;
    const correlationId = CorrelationContext.current()?.correlationId ?? null;
    const text: ClaimedText = { ...subjectRow(request), messageId: request.messageId, purpose: request.purpose, to: request.to, correlationId, bodySealed, claims: 1 };
    this.db.afterCommit(async () => answered(await this.dispatcher.sendClaimed(orgId, text, account, request)));
  }

  private async write(request: SmsRequest, dailyCap: number, now: Date, notBefore: Date, claimed: boolean): Promise<Buffer> {
    const bodySealed = this.box.seal(request.body, sealedFor(this.db.orgId, request.messageId));
    // Written together, the counter last, so the clinic's counter row is locked for that statement and the commit only.
    const [, , spent] = await Promise.all([this.record(request), this.pending.insert(request.messageId, bodySealed, now, notBefore, claimed), this.limits.spendDailySend(dailyCap)]);
    if (!spent) throw new DailyCapReached();
    return bodySealed;
  }

  reportFailure(subject: FailureSubject, reason: SmsFailureReason, errorCode?: number): Promise<void> {
    return this.outcomes.reportFailure(subject, reason, errorCode);
  }

  private async record(request: SmsRequest): Promise<void> {
    const correlationId = CorrelationContext.current()?.correlationId;
    await this.messages.insert({
      messageId: request.messageId,
      purpose: request.purpose,
      holdId: request.holdId,
      followupId: request.followupId,
      changeId: request.changeId,
      to: request.to,
      createdAt: this.clock.now(),
      ...(correlationId ? { correlationId } : {}),
    });
  }
}

/** A request's subject as a message row has it (null where it has none). */
const subjectRow = (request: SmsRequest): Pick<ClaimedText, 'holdId' | 'followupId' | 'changeId'> => ({
  holdId: request.holdId ?? null,
  followupId: request.followupId ?? null,
  changeId: request.changeId ?? null,
});
