import { Injectable } from '@nestjs/common';
import { ChangeCodeSent, OtpSent } from '@mo/contracts';
import { Clock } from '@mo/context';
import { Outbox } from '@mo/messaging';
import { OwnedSend, SendOwner } from '../sms/send-owners';
import { ChallengeRepository } from './challenge.repository';

/**
 * The texts that carry a code (a hold's, a change's). One goes out only while its code is live and
 * unexpired; accepted, it announces OtpSent or ChangeCodeSent; failed, its code is voided.
 */
@Injectable()
export class CodeTextsOwner implements SendOwner {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async wanted(send: OwnedSend): Promise<boolean> {
    const carried = await this.challenges.ofMessage(send.messageId);
    return carried?.status === 'active' && carried.expiresAt > this.clock.now();
  }

  async sent(send: OwnedSend, _at: Date, kept: Promise<boolean>): Promise<void> {
    const carried = await this.challenges.ofMessage(send.messageId);
    if (!carried || !(await kept)) return;
    const announced = { challengeId: carried.challengeId, messageId: send.messageId, expiresAt: carried.expiresAt.toISOString(), sentAt: carried.createdAt.toISOString() };
    if (send.purpose === 'change') {
      await this.outbox.add(ChangeCodeSent, { changeId: carried.subjectId, ...announced }, { aggregateId: carried.subjectId, final: true });
    } else {
      await this.outbox.add(OtpSent, { holdId: carried.subjectId, ...announced, resend: carried.resend }, { aggregateId: carried.subjectId, final: true });
    }
  }

  async sendFailed(send: OwnedSend): Promise<void> {
    await this.challenges.voidForMessage(send.messageId);
  }
}
