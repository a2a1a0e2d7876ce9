import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { BookingCancelled, BookingRescheduled, SmsRequested } from '@mo/contracts';
import { IdGenerator } from '@mo/context';
import { OnMessage, Outbox } from '@mo/messaging';
import { renderTemplate } from '@mo/templates';
import { spokenType } from '../followups/followup.service';
import { shortLabel } from '../followups/quiet-hours';

const CANCELLED = 'Your {appointmentType} with {practitioner} on {localTime} at {clinicName} is cancelled.';
const MOVED = 'Your {appointmentType} at {clinicName} has moved to {localTime} with {practitioner}. See you then!';

/**
 * Texts the caller a confirmation of a change they made, through the clinic's account (otp-sms
 * sends it); the inbox makes a redelivered event text nothing new. An
 * abandoned change plans nothing: the booking is as it was, and the caller was on the line.
 */
@Controller()
export class ChangeConfirmationConsumer {
  constructor(
    private readonly outbox: Outbox,
    private readonly ids: IdGenerator,
  ) {}

  @OnMessage(BookingCancelled)
  async cancelled(@Payload() event: BookingCancelled): Promise<void> {
    await this.text(event, CANCELLED);
  }

  @OnMessage(BookingRescheduled)
  async rescheduled(@Payload() event: BookingRescheduled): Promise<void> {
    await this.text(event, MOVED);
  }

  private async text(event: BookingCancelled | BookingRescheduled, template: string): Promise<void> {
    const body = renderTemplate(template, {
      appointmentType: spokenType(event.appointmentTypeName),
      practitioner: event.resourceName,
      localTime: shortLabel(new Date(event.startsAt), event.timezone),
      clinicName: event.clinicName,
    });
    // By phone, as replies without a follow-up are: an erasure finds the caller's texts by it.
    await this.outbox.add(SmsRequested, { requestId: this.ids.next(), purpose: 'confirmation', to: event.callerPhone, body }, { aggregateId: event.callerPhone });
  }
}
