import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerErased, CallerErasureRequested } from '@mo/contracts';
import { Clock } from '@mo/context';
import { OnMessage, Outbox } from '@mo/messaging';
import { CallerErasureRepository } from './caller-erasure.repository';
import { HoldPersonalDataRepository } from './hold-personal-data.repository';

/**
 * Booking's part of an erasure, in the message's transaction with its inbox row: the caller leaves
 * its holds and bookings, and the other apps are told which calls were theirs.
 */
@Controller()
export class CallerErasureConsumer {
  constructor(
    private readonly holds: HoldPersonalDataRepository,
    private readonly erasures: CallerErasureRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  @OnMessage(CallerErasureRequested)
  async requested(@Payload() command: CallerErasureRequested): Promise<void> {
    const callIds = await this.holds.callIdsOf(command.callerPhone);
    const { changed, deferred } = await this.holds.erase(command.callerPhone);
    await this.erasures.step(command.erasureId, changed, deferred, this.clock.now());
    await this.outbox.add(CallerErased, { erasureId: command.erasureId, callerPhone: command.callerPhone, callIds }, { aggregateId: command.erasureId });
  }
}
