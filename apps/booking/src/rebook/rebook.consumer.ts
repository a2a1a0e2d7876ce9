import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { PayloadOf, RebookResult, RebookSlot, RebookSlotRpc } from '@mo/contracts';
import { OnRequest } from '@mo/messaging';
import { RebookService } from './rebook.service';

@Controller()
export class RebookConsumer {
  constructor(private readonly rebooking: RebookService) {}

  @OnRequest(RebookSlotRpc)
  rebook(@Payload() request: RebookSlot): Promise<PayloadOf<typeof RebookResult>> {
    return this.rebooking.rebook(request);
  }
}
