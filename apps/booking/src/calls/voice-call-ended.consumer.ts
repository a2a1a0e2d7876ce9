import { Controller, Logger } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { VoiceCallEnded } from '@mo/contracts';
import { OnMessage } from '@mo/messaging';
import { CallService } from './call.service';

/** A voice platform's end-of-call message, reported by redaction: the call ends as POST /v1/calls/:callId/ended ends it. */
@Controller()
export class VoiceCallEndedConsumer {
  private readonly logger = new Logger(VoiceCallEndedConsumer.name);

  constructor(private readonly calls: CallService) {}

  @OnMessage(VoiceCallEnded)
  async ended(@Payload() event: VoiceCallEnded): Promise<void> {
    const { released } = await this.calls.ended(event.callId);
    this.logger.log(`${event.platform} call ${event.callId} ended: ${released.length} pending holds released`);
  }
}
