import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerErased, CallerErasureRequested } from '@mo/contracts';
import { Clock } from '@mo/context';
import { OnMessage, Outbox, OutboxRepository } from '@mo/messaging';
import { callsInProgress, callsOf } from './caller-calls';
import { CallerErasureRepository } from './caller-erasure.repository';
import { HoldPersonalDataRepository } from './hold-personal-data.repository';

/**
 * Booking's part of an erasure, in the message's transaction with its inbox row: the caller leaves
 * its holds and bookings, its delivered messages, stored replies and tool answers, and the other apps
 * are told which calls were theirs. A call still in progress keeps its rows for a rerun.
 */
@Controller()
export class CallerErasureConsumer {
  constructor(
    private readonly holds: HoldPersonalDataRepository,
    private readonly erasures: CallerErasureRepository,
    private readonly outbox: Outbox,
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  @OnMessage(CallerErasureRequested)
  async requested(@Payload() command: CallerErasureRequested): Promise<void> {
    const records = await this.holds.recordsOf(command.callerPhone);
    const callIds = callsOf(records);
    const sent = await this.messages.eraseAbout(records.map((r) => r.id));
    const { changed, deferred } = await this.holds.erase(command.callerPhone, callIds, callsInProgress(records, sent.pending));
    await this.erasures.step(command.erasureId, changed + sent.erased, deferred + sent.pending.length, this.clock.now());
    await this.outbox.add(CallerErased, { erasureId: command.erasureId, callerPhone: command.callerPhone, callIds }, { aggregateId: command.erasureId });
  }
}
