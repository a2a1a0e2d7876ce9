import { IsIn, IsString, MaxLength } from 'class-validator';
import { Contract, Sensitive } from '../contract';
import { rpc } from '../rpc';
import { IsE164Phone, IsId, IsInstant, IsNestedArray, IsOptionalFirstName, IsOptionalId, IsOptionalInstant, IsOptionalText, IsText } from '../validation';

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

@Contract({
  type: 'CallerContextRequested',
  version: 1,
  kind: 'request',
  owner: 'followup',
  summary: "Asks what followup remembers about a caller, for a voice agent's caller_context tool.",
})
export class CallerContextRequested {
  @Sensitive() @IsE164Phone() phone!: string;
}

@Contract({ type: 'CallerContextAnswered', version: 1, kind: 'reply', owner: 'followup', summary: 'The outcome of CallerContextRequested: facts only, no transcript.' })
export class CallerContextAnswered {
  @IsIn(['known', 'unknown']) result!: 'known' | 'unknown';
  @Sensitive() @IsOptionalText(100) firstName?: string;
  @IsOptionalText(200) appointmentTypeName?: string;
  @IsOptionalText(200) practitionerName?: string;
  @IsOptionalText(100) slotLabel?: string;
  @IsOptionalInstant() slotStartsAt?: string;
  @IsOptionalText(32) outcome?: string;
  @IsOptionalText(64) reason?: string;
}

export const CallerContextRpc = rpc(CallerContextRequested, CallerContextAnswered);
