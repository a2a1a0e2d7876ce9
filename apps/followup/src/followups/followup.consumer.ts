import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ConfirmationMissed, SmsFailed, SmsSent } from '@mo/contracts';
import { OnMessage } from '@mo/messaging';
import { FollowupService } from './followup.service';

/** Plans one follow-up per missed confirmation and tracks what otp-sms reports about its SMS. */
@Controller()
export class FollowupConsumer {
  constructor(private readonly followups: FollowupService) {}

  @OnMessage(ConfirmationMissed)
  async missed(@Payload() event: ConfirmationMissed): Promise<void> {
    await this.followups.plan(event);
  }

  @OnMessage(SmsSent)
  async sent(@Payload() event: SmsSent): Promise<void> {
    if (event.purpose === 'followup' && event.followupId) await this.followups.smsOutcome(event.followupId, event.requestId, 'sent');
  }

  @OnMessage(SmsFailed)
  async failed(@Payload() event: SmsFailed): Promise<void> {
    if (event.purpose === 'followup' && event.followupId && event.messageId) {
      await this.followups.smsOutcome(event.followupId, event.messageId, 'failed', event.reason);
    }
  }
}
