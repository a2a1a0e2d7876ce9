import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsE164Phone, IsId, IsInstant, IsOptionalId, IsCallId } from '@mo/contracts';

/** A look-up texts no one (a change's code goes to the phone on the booking), so any valid number is asked about. */
export class AppointmentsQuery {
  @IsE164Phone() phone!: string;
}

export class BookingParams {
  @IsId() bookingId!: string;
}

export class ChangeParams {
  @IsId() changeId!: string;
}

export class CancelAppointmentDto {
  @IsCallId() callId!: string;
}

export class RescheduleAppointmentDto {
  @IsCallId() callId!: string;
  @IsInstant('Start of the new slot, with an offset, e.g. 2026-12-04T16:00:00Z') startsAt!: string;
  @IsOptionalId('Another practitioner or room; the booking’s own unless given') resourceId?: string;
}

export class ConfirmChangeDto {
  @ApiProperty({ example: '482913', description: 'The 6-digit code the caller read from the SMS' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the SMS' })
  code!: string;
}

export class AppointmentView {
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'Thursday 3 December, 3:00 pm' }) label!: string;
  @ApiProperty() appointmentType!: { id: string; name: string };
  @ApiProperty() practitioner!: { id: string; name: string };
  @ApiProperty({ example: 'BOOKED' }) status!: 'BOOKED';
}

export class AppointmentsView {
  @ApiProperty({ type: [AppointmentView] }) appointments!: AppointmentView[];
}

export class ChangeView {
  @ApiProperty({ format: 'uuid' }) changeId!: string;
  @ApiProperty({ enum: ['cancel', 'reschedule'] }) kind!: string;
  @ApiProperty({ enum: ['VERIFYING', 'DONE', 'ABANDONED'] }) status!: string;
  @ApiPropertyOptional({ enum: ['sms_failed', 'otp_locked', 'expired', 'call_ended'] }) reason?: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'For a done move: the booking of the new slot' }) newBookingId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) startsAt?: string;
  @ApiPropertyOptional() label?: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
