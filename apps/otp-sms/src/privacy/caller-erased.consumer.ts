import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerErased } from '@mo/contracts';
import { Clock } from '@mo/context';
import { OnMessage } from '@mo/messaging';
import { SmsPersonalDataRepository } from './sms-personal-data.repository';

/** otp-sms's part of an erasure: the phone leaves its challenges and messages, in the message's transaction. */
@Controller()
export class CallerErasedConsumer {
  constructor(
    private readonly sms: SmsPersonalDataRepository,
    private readonly clock: Clock,
  ) {}

  @OnMessage(CallerErased)
  async erased(@Payload() event: CallerErased): Promise<void> {
    const { changed, deferred } = await this.sms.erase(event.callerPhone);
    await this.sms.recordStep(event.erasureId, changed, deferred, this.clock.now());
  }
}
