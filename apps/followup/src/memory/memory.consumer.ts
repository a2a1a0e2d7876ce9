import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { BookingCancelled, BookingConfirmed, BookingRescheduled, ConfirmationMissed, HoldReleased, SlotHeld, TranscriptRedacted } from '@mo/contracts';
import { Clock } from '@mo/context';
import { MessageContext, OnMessage } from '@mo/messaging';
import { CallerFacts } from './caller-context';
import { CallerMemoryRepository } from './caller-memory.repository';

/** The agent reads memory at the start of a call; the last turns are what it can use, not the whole call. */
export const REMEMBERED_TURNS = 40;

type HoldEvent = SlotHeld | BookingConfirmed | ConfirmationMissed | BookingCancelled | BookingRescheduled;

function factsOf(event: HoldEvent, outcome: CallerFacts['outcome'], reason?: string): CallerFacts {
  return {
    holdId: event.holdId,
    callId: event.callId,
    outcome,
    ...(reason ? { reason } : {}),
    ...(event.callerFirstName ? { firstName: event.callerFirstName } : {}),
    appointmentTypeId: event.appointmentTypeId,
    appointmentTypeName: event.appointmentTypeName,
    resourceId: event.resourceId,
    resourceName: event.resourceName,
    startsAt: new Date(event.startsAt),
    startsLocal: event.startsAtLocal,
  };
}

/** Builds each caller's latest context from booking and redaction events. */
@Controller()
export class MemoryConsumer {
  constructor(
    private readonly memory: CallerMemoryRepository,
    private readonly clock: Clock,
  ) {}

  @OnMessage(SlotHeld)
  async slotHeld(@Payload() event: SlotHeld, @Ctx() ctx: MessageContext): Promise<void> {
    await this.remember(event.callerPhone, factsOf(event, 'held'), ctx);
  }

  @OnMessage(BookingConfirmed)
  async confirmed(@Payload() event: BookingConfirmed, @Ctx() ctx: MessageContext): Promise<void> {
    await this.remember(event.callerPhone, factsOf(event, 'confirmed'), ctx);
  }

  @OnMessage(ConfirmationMissed)
  async missed(@Payload() event: ConfirmationMissed, @Ctx() ctx: MessageContext): Promise<void> {
    await this.remember(event.callerPhone, factsOf(event, 'missed', event.reason), ctx);
  }

  /** A change the caller confirmed: the memory says so, about the slot that was cancelled or the new one. */
  @OnMessage(BookingCancelled)
  async cancelled(@Payload() event: BookingCancelled, @Ctx() ctx: MessageContext): Promise<void> {
    await this.remember(event.callerPhone, factsOf(event, 'cancelled'), ctx);
  }

  @OnMessage(BookingRescheduled)
  async rescheduled(@Payload() event: BookingRescheduled, @Ctx() ctx: MessageContext): Promise<void> {
    await this.remember(event.callerPhone, factsOf(event, 'rescheduled'), ctx);
  }

  @OnMessage(HoldReleased)
  async released(@Payload() event: HoldReleased, @Ctx() ctx: MessageContext): Promise<void> {
    const facts: CallerFacts = {
      holdId: event.holdId,
      callId: event.callId,
      outcome: 'released',
      reason: event.reason,
      resourceId: event.resourceId,
      startsAt: new Date(event.startsAt),
      ...(event.callerFirstName ? { firstName: event.callerFirstName } : {}),
    };
    await this.remember(event.callerPhone, facts, ctx);
  }

  @OnMessage(TranscriptRedacted)
  async transcript(@Payload() event: TranscriptRedacted): Promise<void> {
    const turns = event.turns.slice(-REMEMBERED_TURNS).map((t) => ({ speaker: t.speaker, text: t.text, at: t.at }));
    await this.memory.rememberTranscript(event.callId, turns, this.clock.now());
  }

  private remember(phone: string, facts: CallerFacts, ctx: MessageContext): Promise<void> {
    return this.memory.record(phone, facts, new Date(ctx.envelope.occurredAt), this.clock.now());
  }
}
