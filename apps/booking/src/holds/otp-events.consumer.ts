import { Controller, Logger } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OtpSent, SmsFailed } from '@mo/contracts';
import { OnMessage } from '@mo/messaging';
import { HoldInput } from './hold-saga';
import { HoldTransitions } from './hold-transitions';
import { HoldRepository } from './hold.repository';

/** What otp-sms reports about a hold's code, fed to the saga. Runs in the message's tenant transaction. */
@Controller()
export class OtpEventsConsumer {
  private readonly logger = new Logger(OtpEventsConsumer.name);

  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
  ) {}

  @OnMessage(OtpSent)
  async otpSent(@Payload() event: OtpSent): Promise<void> {
    await this.signal(event.holdId, { type: 'OtpSent' });
  }

  /** Whether the API refused the SMS or a later callback said undelivered, the hold is released. */
  @OnMessage(SmsFailed)
  async smsFailed(@Payload() event: SmsFailed): Promise<void> {
    if (event.purpose !== 'otp' || !event.holdId) return;
    await this.signal(event.holdId, { type: 'SmsFailed' });
  }

  private async signal(holdId: string, input: HoldInput): Promise<void> {
    const stored = await this.holds.find(holdId, true);
    if (!stored) {
      this.logger.warn(`${input.type} for unknown hold ${holdId}; ignored`);
      return;
    }
    // The handler's last write: the message's COMMIT may go with it (ConsumerHost, TenantDb.endAtFinal).
    await this.transitions.apply(stored, input, { final: true });
  }
}
