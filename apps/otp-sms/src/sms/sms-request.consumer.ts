import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SmsRequested, SmsSent } from '@mo/contracts';
import { Clock } from '@mo/context';
import { OnMessage, Outbox } from '@mo/messaging';
import { CredentialsService } from '../credentials/credentials.service';
import { MessageRepository } from './message.repository';
import { SendLimits } from './send-limits';
import { smsAggregateId } from './sms-aggregate';
import { SmsSender } from './sms-sender';

/** Texts other apps ask for (follow-ups, confirmations): otp-sms is the only app that talks to Twilio. */
@Controller()
export class SmsRequestConsumer {
  constructor(
    private readonly sender: SmsSender,
    private readonly credentials: CredentialsService,
    private readonly messages: MessageRepository,
    private readonly limits: SendLimits,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  @OnMessage(SmsRequested)
  async requested(@Payload() request: SmsRequested): Promise<void> {
    // The request id is our message id: a request that was already sent is not sent again.
    if (await this.messages.exists(request.requestId)) return;
    const subject = { purpose: request.purpose, ...(request.followupId ? { followupId: request.followupId } : {}), ...(request.holdId ? { holdId: request.holdId } : {}) };
    const usable = await this.credentials.usable();
    if (!usable.ok) return this.sender.reportFailure({ ...subject, messageId: request.requestId }, 'credentials');
    if (!(await this.limits.withinDailyCap(usable.dailySmsCap))) return this.sender.reportFailure({ ...subject, messageId: request.requestId }, 'rate_limited');
    await this.sender.sendAfterCommit(usable.account, { messageId: request.requestId, to: request.to, body: request.body, ...subject }, async (sent) => {
      if (!sent.ok) return;
      await this.outbox.add(
        SmsSent,
        { messageId: request.requestId, requestId: request.requestId, ...subject, sentAt: this.clock.now().toISOString() },
        { aggregateId: smsAggregateId({ ...subject, messageId: request.requestId }) },
      );
    });
  }
}
