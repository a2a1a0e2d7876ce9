import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CallerContextAnswered, CallerContextRequested, CallerContextRpc, PayloadOf } from '@mo/contracts';
import { OnRequest } from '@mo/messaging';
import { CallerMemoryRepository } from './caller-memory.repository';

/**
 * The caller's context for a voice agent's caller_context tool, asked by booking over request/reply.
 * Facts only: the transcript stays here (it is served over HTTP to clients that want it).
 */
@Controller()
export class CallerContextConsumer {
  constructor(private readonly memory: CallerMemoryRepository) {}

  @OnRequest(CallerContextRpc)
  async context(@Payload() request: CallerContextRequested): Promise<PayloadOf<typeof CallerContextAnswered>> {
    const context = await this.memory.find(request.phone);
    if (!context) return { result: 'unknown' };
    return {
      result: 'known',
      ...(context.firstName ? { firstName: context.firstName } : {}),
      ...(context.appointmentType ? { appointmentTypeName: context.appointmentType.name } : {}),
      ...(context.practitioner ? { practitionerName: context.practitioner.name } : {}),
      ...(context.slot ? { slotLabel: context.slot.label, slotStartsAt: context.slot.startsAt } : {}),
      outcome: context.outcome,
      ...(context.reason ? { reason: context.reason } : {}),
    };
  }
}
