import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsCallerPhone, IsId, IsInstant, IsNested, IsOptionalFirstName, RELEASE_REASONS, type ReleaseReason, IsCallId } from '@mo/contracts';
import { SlotView } from '../availability/availability.dto';

export class CallerDto {
  @IsCallerPhone() phone!: string;
  @IsOptionalFirstName("The caller's first name, if they gave it") firstName?: string;
}

export class PlaceHoldDto {
  @IsCallId() callId!: string;
  @IsId() appointmentTypeId!: string;
  @IsId() resourceId!: string;
  @IsInstant('Start of the slot, with an offset, e.g. 2026-12-03T21:00:00Z') startsAt!: string;
  @IsNested(() => CallerDto) caller!: CallerDto;
}

export class HoldParams {
  @IsId() holdId!: string;
}

export class ConfirmHoldDto {
  @ApiProperty({ example: '482913', description: 'The 6-digit code the caller read from the SMS' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the SMS' })
  code!: string;
}

export class HoldView {
  @ApiProperty({ format: 'uuid' }) holdId!: string;
  @ApiProperty({ enum: ['HELD', 'OTP_SENT', 'CONFIRMED', 'RELEASED'] }) status!: string;
  @ApiPropertyOptional({ enum: RELEASE_REASONS }) releaseReason?: ReleaseReason;
  @ApiPropertyOptional({ format: 'uuid' }) bookingId?: string;
  @ApiProperty() callId!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'Tuesday 3 December, 3:00 pm' }) label!: string;
  @ApiProperty() resource!: { id: string; name: string };
  @ApiProperty() appointmentType!: { id: string; name: string };
}

export class SlotTakenView {
  @ApiProperty({ example: 'slot_taken' }) error!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [SlotView], description: 'Up to 3 next free slots for the same appointment type' }) alternatives!: SlotView[];
}

export class ConfirmedView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ example: 'confirmed' }) status!: 'confirmed';
}
