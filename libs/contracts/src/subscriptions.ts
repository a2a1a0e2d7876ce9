import { BookingCancelled, BookingRescheduled, ChangeAbandoned, ChangeRequested } from './booking/change-events';
import { CallerErased, CallerErasureRequested } from './booking/erasure';
import { BookingConfirmed, ConfirmationMissed, HoldExpired, HoldReleased, SlotHeld } from './booking/events';
import { AppName } from './apps';
import { ContractClass } from './contract';
import { SmsRequested } from './followup/messages';
import { ChangeCodeSent, InboundSmsReceived, OtpSent, SmsFailed, SmsSent } from './otp-sms/events';
import { TranscriptRedacted } from './redaction/events';
import { VoiceCallEnded } from './voice/events';

/**
 * Which app consumes which events and commands: part of the contract. Every publisher declares
 * these queues and bindings, so an event is queued for an app that has not started yet instead of
 * being dropped; each app binds its own handlers as well.
 */
export const SUBSCRIPTIONS: Readonly<Record<AppName, readonly ContractClass[]>> = {
  booking: [OtpSent, ChangeCodeSent, SmsFailed, VoiceCallEnded, CallerErasureRequested],
  'otp-sms': [SlotHeld, HoldReleased, HoldExpired, BookingConfirmed, ChangeRequested, BookingCancelled, BookingRescheduled, ChangeAbandoned, SmsRequested, CallerErased],
  redaction: [CallerErased],
  followup: [SlotHeld, HoldReleased, BookingConfirmed, ConfirmationMissed, BookingCancelled, BookingRescheduled, TranscriptRedacted, SmsSent, SmsFailed, InboundSmsReceived, CallerErased],
};
