import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerErased } from '@mo/contracts';
import { Clock } from '@mo/context';
import { OnMessage, OutboxRepository } from '@mo/messaging';
import { SmsPersonalDataRepository } from './sms-personal-data.repository';

/**
 * otp-sms's part of an erasure, in the message's transaction: the phone leaves its challenges and
 * messages, and the texts it sent us (InboundSmsReceived, published by the phone) leave the outbox.
 */
@Controller()
export class CallerErasedConsumer {
  constructor(
    private readonly sms: SmsPersonalDataRepository,
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  @OnMessage(CallerErased)
  async erased(@Payload() event: CallerErased): Promise<void> {
    const { changed, deferred } = await this.sms.erase(event.callerPhone);
    const inbound = await this.messages.eraseAbout([event.callerPhone]);
    await this.sms.recordStep(event.erasureId, changed + inbound.erased, deferred + inbound.pending.length, this.clock.now());
  }
}
