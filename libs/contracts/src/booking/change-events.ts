import { IsIn } from 'class-validator';
import { Contract } from '../contract';
import { IsE164Phone, IsId, IsInstant, IsOptionalFirstName, IsText, IsCallId } from '../validation';
import { HoldFacts } from './hold-facts';

export const CHANGE_KINDS = ['cancel', 'reschedule'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const ABANDON_REASONS = ['sms_failed', 'otp_locked', 'expired', 'call_ended'] as const;
export type AbandonReason = (typeof ABANDON_REASONS)[number];

@Contract({
  type: 'ChangeRequested',
  version: 1,
  kind: 'event',
  owner: 'booking',
  summary: 'A caller asked to cancel or move a booking; a code with purpose `change` should be texted to the phone on the booking.',
})
export class ChangeRequested {
  @IsId() changeId!: string;
  @IsCallId() callId!: string;
  @IsId() bookingId!: string;
  @IsIn(CHANGE_KINDS) kind!: ChangeKind;
  /** The phone on the booking: never one given in the request. */
  @IsE164Phone() callerPhone!: string;
  /** What the code confirms, as the SMS says it: "cancel your cleaning on Thu 3 Dec". */
  @IsText(200) confirms!: string;
  @IsText(200) clinicName!: string;
  @IsInstant() expiresAt!: string;
}

@Contract({ type: 'BookingCancelled', version: 1, kind: 'event', owner: 'booking', summary: 'A caller confirmed with a code that their booking is cancelled; its slot is free again.' })
export class BookingCancelled extends HoldFacts {
  @IsId() bookingId!: string;
  @IsId() changeId!: string;
  @IsInstant() cancelledAt!: string;
}

@Contract({
  type: 'BookingRescheduled',
  version: 1,
  kind: 'event',
  owner: 'booking',
  summary: 'A caller confirmed with a code that their booking moves: the new slot is booked and the old one freed in one transaction. The facts are the new slot.',
})
export class BookingRescheduled extends HoldFacts {
  /** The booking of the new slot. */
  @IsId() bookingId!: string;
  @IsId() previousBookingId!: string;
  @IsId() previousResourceId!: string;
  @IsInstant() previousStartsAt!: string;
  @IsText(100) previousStartsAtLocal!: string;
  @IsId() changeId!: string;
  @IsInstant() rescheduledAt!: string;
}

@Contract({ type: 'ChangeAbandoned', version: 1, kind: 'event', owner: 'booking', summary: 'A change was never confirmed; the booking is exactly as it was and any new slot is free again.' })
export class ChangeAbandoned {
  @IsId() changeId!: string;
  @IsCallId() callId!: string;
  @IsId() bookingId!: string;
  @IsIn(CHANGE_KINDS) kind!: ChangeKind;
  @IsE164Phone() callerPhone!: string;
  @IsOptionalFirstName() callerFirstName?: string;
  @IsIn(ABANDON_REASONS) reason!: AbandonReason;
  @IsInstant() abandonedAt!: string;
}
