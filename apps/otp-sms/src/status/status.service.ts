import { Injectable, Logger } from '@nestjs/common';
import { SmsDelivered, SmsPurpose } from '@mo/contracts';
import { Clock, CorrelationContext } from '@mo/context';
import { Outbox } from '@mo/messaging';
import { MessageRepository, STATUS_RANK, StatusChange } from '../sms/message.repository';
import { smsAggregateId } from '../sms/sms-aggregate';
import { subjectIds } from '../sms/sms-request';
import { SmsSender } from '../sms/sms-sender';
import { SmsMetrics } from '../sms/sms.metrics';
import { StatusCallbackDto } from './status.dto';

/** Statuses whose settling writes more after the status: its last write commits with it instead. */
const WRITES_AFTER = new Set(['delivered', 'failed', 'undelivered']);

@Injectable()
export class StatusService {
  private readonly logger = new Logger(StatusService.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly sms: SmsSender,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly metrics: SmsMetrics,
  ) {}

  /**
   * Records a delivery status. Statuses only move forward, so a repeated or late callback changes
   * nothing and publishes nothing; `failed`/`undelivered` publishes SmsFailed with Twilio's code.
   */
  async record(messageId: string, callback: StatusCallbackDto): Promise<void> {
    const now = this.clock.now();
    const status = callback.MessageStatus.toLowerCase();
    // A status no later than the provider's own answer to the send (queued, accepted) tells nothing
    // the send did not store with it, so it takes no connection: a third of every text's callbacks.
    if ((STATUS_RANK[status] ?? 0) <= STATUS_RANK.queued!) return;
    const change = await this.messages.advance(
      messageId,
      {
        status,
        sid: callback.MessageSid,
        ...(callback.ErrorCode !== undefined ? { errorCode: callback.ErrorCode } : {}),
        ...(callback.To ? { to: callback.To } : {}),
        at: now,
      },
      !WRITES_AFTER.has(status),
    );
    if (!change || change.orphan || !change.purpose) return;
    // The callback continues the flow of the request that sent the SMS: its logs and events carry that id.
    const correlation = { correlationId: change.correlationId ?? CorrelationContext.current()?.correlationId ?? messageId, causationId: callback.MessageSid };
    await CorrelationContext.run(correlation, () => this.settle(messageId, status, { ...change, purpose: change.purpose! }, callback, now));
  }

  private async settle(messageId: string, status: string, change: StatusChange & { purpose: SmsPurpose }, callback: StatusCallbackDto, now: Date): Promise<void> {
    this.logger.log(`${change.purpose} SMS ${messageId} is ${status}`);
    const subject = { messageId, purpose: change.purpose, ...subjectIds(change) };
    if (status === 'failed' || status === 'undelivered') {
      await this.sms.reportFailure(subject, status, callback.ErrorCode);
    } else if (status === 'delivered') {
      this.metrics.recorded(change.purpose, 'delivered');
      await this.outbox.add(SmsDelivered, { ...subject, deliveredAt: now.toISOString() }, { aggregateId: smsAggregateId(subject), final: true });
    }
  }
}
