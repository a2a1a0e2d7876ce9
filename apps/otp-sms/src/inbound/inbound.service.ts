import { Injectable } from '@nestjs/common';
import { InboundSmsReceived } from '@mo/contracts';
import { Clock } from '@mo/context';
import { Outbox } from '@mo/messaging';
import { InboundDto } from './inbound.dto';
import { InboundRepository } from './inbound.repository';

@Injectable()
export class InboundService {
  constructor(
    private readonly inbound: InboundRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** Publishes a caller's text once, however often Twilio retries the webhook. */
  async receive(sms: InboundDto): Promise<void> {
    const now = this.clock.now();
    if (!(await this.inbound.recordFirst(sms.MessageSid, now))) return;
    await this.outbox.add(InboundSmsReceived, { messageSid: sms.MessageSid, from: sms.From, to: sms.To, body: sms.Body, receivedAt: now.toISOString() }, { aggregateId: sms.From });
  }
}
