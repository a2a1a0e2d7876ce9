import { Injectable } from '@nestjs/common';
import { SmsFailed, SmsFailureReason } from '@mo/contracts';
import { Clock } from '@mo/context';
import { Outbox } from '@mo/messaging';
import { MessageRepository } from './message.repository';
import { smsAggregateId } from './sms-aggregate';
import { Dispatched } from './sms-provider';
import { FailureSubject, SmsRequest, subjectIds } from './sms-request';
import { SmsMetrics } from './sms.metrics';

/** What a send came to, on its message row and as events, in the caller's transaction. */
@Injectable()
export class SendOutcomes {
  constructor(
    private readonly messages: MessageRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly metrics: SmsMetrics,
  ) {}

  /**
   * The provider's answer on the message row, and SmsFailed if it refused; counted only if `kept`
   * (written beside this, it says whether the transaction will keep it).
   */
  async store(request: Pick<SmsRequest, 'messageId'> & FailureSubject, result: Dispatched, kept: Promise<boolean> = Promise.resolve(true)): Promise<void> {
    const now = this.clock.now();
    if (result.ok) {
      await this.messages.advance(request.messageId, { status: result.status ?? 'queued', sid: result.sid, at: now });
      if (await kept) this.metrics.recorded(request.purpose, 'accepted');
      return;
    }
    await this.messages.advance(request.messageId, { status: 'failed', ...(result.errorCode !== undefined ? { errorCode: result.errorCode } : {}), at: now });
    if (await kept) await this.reportFailure(request, result.reason, result.errorCode);
  }

  async reportFailure(subject: FailureSubject, reason: SmsFailureReason, errorCode?: number): Promise<void> {
    this.metrics.recorded(subject.purpose, 'failed', reason);
    await this.outbox.add(
      SmsFailed,
      {
        ...(subject.messageId ? { messageId: subject.messageId } : {}),
        purpose: subject.purpose,
        ...subjectIds(subject),
        reason,
        ...(errorCode !== undefined ? { errorCode } : {}),
        failedAt: this.clock.now().toISOString(),
      },
      { aggregateId: smsAggregateId(subject) },
    );
  }
}
