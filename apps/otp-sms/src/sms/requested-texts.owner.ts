import { Injectable } from '@nestjs/common';
import { SmsSent } from '@mo/contracts';
import { Outbox } from '@mo/messaging';
import { OwnedSend, SendOwner } from './send-owners';
import { smsAggregateId } from './sms-aggregate';

/** Texts other apps asked for (SmsRequested): always wanted; accepted, SmsSent names the request. */
@Injectable()
export class RequestedTextsOwner implements SendOwner {
  constructor(private readonly outbox: Outbox) {}

  async wanted(): Promise<boolean> {
    return true;
  }

  async sent(send: OwnedSend, at: Date, kept: Promise<boolean>): Promise<void> {
    if (!(await kept)) return;
    const subject = { purpose: send.purpose, ...(send.followupId ? { followupId: send.followupId } : {}), ...(send.holdId ? { holdId: send.holdId } : {}) };
    await this.outbox.add(
      SmsSent,
      { messageId: send.messageId, requestId: send.messageId, ...subject, sentAt: at.toISOString() },
      { aggregateId: smsAggregateId({ ...subject, messageId: send.messageId }), final: true },
    );
  }

  /** The SmsFailed the dispatcher publishes is all there is to say. */
  async sendFailed(): Promise<void> {}
}
