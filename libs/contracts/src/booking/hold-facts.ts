import { IsIn } from 'class-validator';
import { IsE164Phone, IsId, IsInstant, IsOptionalFirstName, IsText, IsCallId } from '../validation';

/** What a hold is about: the fields SlotHeld, BookingConfirmed and ConfirmationMissed share. */
export abstract class HoldFacts {
  @IsId() holdId!: string;
  @IsCallId() callId!: string;
  @IsId() resourceId!: string;
  @IsText(200) resourceName!: string;
  @IsId() appointmentTypeId!: string;
  @IsText(200) appointmentTypeName!: string;
  @IsInstant() startsAt!: string;
  @IsInstant() endsAt!: string;
  /** How the voice agent says it, in the clinic's time zone: "Tuesday 3 December, 3:00 pm". */
  @IsText(100) startsAtLocal!: string;
  @IsText(64) timezone!: string;
  @IsText(200) clinicName!: string;
  @IsE164Phone() callerPhone!: string;
  @IsOptionalFirstName() callerFirstName?: string;
}

export const RELEASE_REASONS = ['sms_failed', 'otp_locked', 'expired', 'call_ended', 'cancelled'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export const IsReleaseReason = () => IsIn(RELEASE_REASONS);
