import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerErased } from '@mo/contracts';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { OnMessage, OutboxRepository } from '@mo/messaging';
import { CallerPhoneHmac } from '@mo/privacy';
import { CallerErasureRepository } from './caller-erasure.repository';

/**
 * followup's part of an erasure, in the message's transaction with its inbox row. Its texts to the
 * caller are in the outbox by follow-up or by phone; a follow-up with one still to publish is deferred.
 */
@Controller()
export class CallerErasedConsumer {
  constructor(
    private readonly erasures: CallerErasureRepository,
    private readonly phones: CallerPhoneHmac,
    private readonly db: TenantDb,
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  @OnMessage(CallerErased)
  async erased(@Payload() event: CallerErased): Promise<void> {
    const now = this.clock.now();
    const texts = await this.messages.eraseAbout([event.callerPhone, ...(await this.erasures.followupIdsOf(event.callerPhone))]);
    const { changed, deferred } = await this.erasures.erase(event.callerPhone, event.callIds, this.phones.of(this.db.orgId, event.callerPhone), texts.pending, now);
    await this.erasures.recordStep(event.erasureId, changed + texts.erased, deferred + texts.pending.length, now);
  }
}
