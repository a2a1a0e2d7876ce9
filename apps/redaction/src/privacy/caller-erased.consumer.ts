import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerErased } from '@mo/contracts';
import { Clock } from '@mo/context';
import { OnMessage, OutboxRepository } from '@mo/messaging';
import { fingerprintOf } from '@mo/pii';
import { TenantRedactor } from '../policy/tenant-redactor';
import { TranscriptErasureRepository } from './transcript-erasure.repository';

/**
 * redaction's part of an erasure: the caller's transcripts and the delivered messages about their
 * calls, and the phone's pseudonym links everywhere else.
 */
@Controller()
export class CallerErasedConsumer {
  constructor(
    private readonly transcripts: TranscriptErasureRepository,
    private readonly tenant: TenantRedactor,
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  @OnMessage(CallerErased)
  async erased(@Payload() event: CallerErased): Promise<void> {
    // The fingerprint and pseudonym the engine gave this phone (libs/pii: `[PHONE_<12 hex>]`).
    const fingerprint = fingerprintOf(await this.tenant.key(), 'PHONE', event.callerPhone);
    const changed = await this.transcripts.erase(event.callIds, Buffer.from(fingerprint, 'hex'), `[PHONE_${fingerprint.slice(0, 12)}]`, '[PHONE]');
    const sent = await this.messages.eraseAbout(event.callIds);
    await this.transcripts.recordStep(event.erasureId, changed + sent.erased, sent.pending.length, this.clock.now());
  }
}
