import { Injectable } from '@nestjs/common';
import { InboundSmsReceived } from '@mo/contracts';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Outbox } from '@mo/messaging';
import { InboundDto } from './inbound.dto';

@Injectable()
export class InboundService {
  constructor(
    private readonly db: TenantDb,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  /** Publishes a caller's text once, however often Twilio retries the webhook. */
  async receive(sms: InboundDto): Promise<void> {
    const now = this.clock.now();
    const first = await this.db.execute(`INSERT INTO otp_sms.inbound (org_id, message_sid, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      this.db.orgId,
      sms.MessageSid,
      now,
    ]);
    if (first === 0) return;
    await this.outbox.add(InboundSmsReceived, { messageSid: sms.MessageSid, from: sms.From, to: sms.To, body: sms.Body, receivedAt: now.toISOString() }, { aggregateId: sms.From });
  }
}
