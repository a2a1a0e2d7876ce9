import { IsIn } from 'class-validator';
import { Contract } from '../contract';
import { IsE164Phone, IsId, IsInstant, IsOptionalFirstName, IsCallId } from '../validation';
import { HoldFacts, IsReleaseReason, type ReleaseReason } from './hold-facts';

@Contract({ type: 'SlotHeld', version: 1, kind: 'event', owner: 'booking', summary: 'A caller holds a slot; a one-time code should be texted to them.' })
export class SlotHeld extends HoldFacts {
  @IsInstant() expiresAt!: string;
}

@Contract({ type: 'HoldReleased', version: 1, kind: 'event', owner: 'booking', summary: 'A hold ended without a booking; the slot is free again.' })
export class HoldReleased {
  @IsId() holdId!: string;
  @IsCallId() callId!: string;
  @IsId() resourceId!: string;
  @IsInstant() startsAt!: string;
  @IsInstant() endsAt!: string;
  @IsE164Phone() callerPhone!: string;
  @IsOptionalFirstName() callerFirstName?: string;
  @IsReleaseReason() reason!: ReleaseReason;
  @IsInstant() releasedAt!: string;
}

@Contract({ type: 'HoldExpired', version: 1, kind: 'event', owner: 'booking', summary: 'A hold reached its deadline unconfirmed and was released.' })
export class HoldExpired {
  @IsId() holdId!: string;
  @IsCallId() callId!: string;
  @IsId() resourceId!: string;
  @IsInstant() startsAt!: string;
  @IsInstant() endsAt!: string;
  @IsE164Phone() callerPhone!: string;
  @IsInstant() expiredAt!: string;
}

@Contract({ type: 'BookingConfirmed', version: 1, kind: 'event', owner: 'booking', summary: 'The caller proved their phone; the appointment is booked.' })
export class BookingConfirmed extends HoldFacts {
  @IsId() bookingId!: string;
  @IsInstant() confirmedAt!: string;
}

@Contract({
  type: 'ConfirmationMissed',
  version: 1,
  kind: 'event',
  owner: 'booking',
  summary: 'A caller held a slot but never confirmed it; carries what a follow-up SMS needs.',
})
export class ConfirmationMissed extends HoldFacts {
  @IsIn(['expired', 'call_ended']) reason!: 'expired' | 'call_ended';
  @IsInstant() missedAt!: string;
}

