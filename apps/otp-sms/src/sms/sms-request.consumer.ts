import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { SmsRequested } from '@mo/contracts';
import { OnMessage } from '@mo/messaging';
import { CredentialsService } from '../credentials/credentials.service';
import { MessageRepository } from './message.repository';
import { SendLimits } from './send-limits';
import { SmsSender } from './sms-sender';

/** Texts other apps ask for (follow-ups, confirmations): otp-sms is the only app that talks to Twilio. */
@Controller()
export class SmsRequestConsumer {
  constructor(
    private readonly sender: SmsSender,
    private readonly credentials: CredentialsService,
    private readonly messages: MessageRepository,
    private readonly limits: SendLimits,
  ) {}

  @OnMessage(SmsRequested)
  async requested(@Payload() request: SmsRequested): Promise<void> {
    // The request id is our message id: a request that was already sent is not sent again.
    if (await this.messages.exists(request.requestId)) return;
    const subject = { purpose: request.purpose, ...(request.followupId ? { followupId: request.followupId } : {}), ...(request.holdId ? { holdId: request.holdId } : {}) };
    const usable = await this.credentials.usable();
    if (!usable.ok) return this.sender.reportFailure({ ...subject, messageId: request.requestId }, 'credentials');
    if (!(await this.limits.withinDailyCap(usable.dailySmsCap))) return this.sender.reportFailure({ ...subject, messageId: request.requestId }, 'rate_limited');
    // Sent once this commits; SmsSent (RequestedTextsOwner) follows the provider's answer.
    await this.sender.enqueue({ messageId: request.requestId, to: request.to, body: request.body, ...subject }, usable.dailySmsCap);
  }
}
