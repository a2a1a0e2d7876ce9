import { Controller, Logger } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChangeCodeSent, SmsFailed } from '@mo/contracts';
import { OnMessage } from '@mo/messaging';
import { ChangeInput } from './change-saga';
import { ChangeTransitions } from './change-transitions';
import { ChangeRepository } from './change.repository';

/** What otp-sms reports about a change's code, fed to the change saga. Runs in the message's tenant transaction. */
@Controller()
export class ChangeEventsConsumer {
  private readonly logger = new Logger(ChangeEventsConsumer.name);

  constructor(
    private readonly changes: ChangeRepository,
    private readonly transitions: ChangeTransitions,
  ) {}

  @OnMessage(ChangeCodeSent)
  async codeSent(@Payload() event: ChangeCodeSent): Promise<void> {
    await this.signal(event.changeId, { type: 'OtpSent' });
  }

  /** An SMS failure abandons the change, which releases its new slot and leaves the booking as it was. */
  @OnMessage(SmsFailed)
  async smsFailed(@Payload() event: SmsFailed): Promise<void> {
    if (event.purpose !== 'change' || !event.changeId) return;
    await this.signal(event.changeId, { type: 'SmsFailed' });
  }

  private async signal(changeId: string, input: ChangeInput): Promise<void> {
    const stored = await this.changes.find(changeId, true);
    if (!stored) {
      this.logger.warn(`${input.type} for unknown change ${changeId}; ignored`);
      return;
    }
    await this.transitions.apply(stored, input);
  }
}
