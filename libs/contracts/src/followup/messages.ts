import { IsIn, IsString, MaxLength } from 'class-validator';
import { Contract, Sensitive } from '../contract';
import { rpc } from '../rpc';
import { IsE164Phone, IsId, IsInstant, IsNestedArray, IsOptionalFirstName, IsOptionalId, IsOptionalText, IsText } from '../validation';

@Contract({
  type: 'SmsRequested',
  version: 1,
  kind: 'command',
  owner: 'followup',
  summary: "Asks otp-sms, the only SMS client, to text a caller through the clinic's account. Answered by SmsSent or SmsFailed.",
})
export class SmsRequested {
  /** Our id for this SMS; a redelivered command with the same id sends nothing new. */
  @IsId() requestId!: string;
  @IsIn(['followup', 'confirmation']) purpose!: 'followup' | 'confirmation';
  @IsE164Phone() to!: string;
  @Sensitive() @IsString() @MaxLength(640) body!: string;
  @IsOptionalId() followupId?: string;
  @IsOptionalId() holdId?: string;
}

@Contract({
  type: 'RebookSlot',
  version: 1,
  kind: 'request',
  owner: 'booking',
  summary: 'Books a slot for a caller who replied YES to a follow-up: their own phone answered, so no code is needed.',
})
export class RebookSlot {
  /** The follow-up the reply answered; asking twice books once. */
  @IsId() followupId!: string;
  @IsId() appointmentTypeId!: string;
  @IsId() resourceId!: string;
  @IsInstant() startsAt!: string;
  @IsE164Phone() callerPhone!: string;
  @IsOptionalFirstName() callerFirstName?: string;
}

export class OfferedSlot {
  @IsInstant() startsAt!: string;
  @IsText(100) label!: string;
  @IsId() resourceId!: string;
  @IsText(200) resourceName!: string;
}

@Contract({ type: 'RebookResult', version: 1, kind: 'reply', owner: 'booking', summary: 'The outcome of RebookSlot.' })
export class RebookResult {
  @IsIn(['booked', 'taken', 'unavailable']) result!: 'booked' | 'taken' | 'unavailable';
  @IsOptionalId() bookingId?: string;
  @IsOptionalText(100) label?: string;
  @IsNestedArray(() => OfferedSlot) alternatives!: OfferedSlot[];
}

export const RebookSlotRpc = rpc(RebookSlot, RebookResult);
