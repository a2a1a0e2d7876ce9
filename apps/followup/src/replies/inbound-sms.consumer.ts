import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { InboundSmsReceived } from '@mo/contracts';
import { OnMessage } from '@mo/messaging';
import { ReplyService } from './reply.service';

@Controller()
export class InboundSmsConsumer {
  constructor(private readonly replies: ReplyService) {}

  @OnMessage(InboundSmsReceived)
  async received(@Payload() sms: InboundSmsReceived): Promise<void> {
    await this.replies.handle(sms);
  }
}
