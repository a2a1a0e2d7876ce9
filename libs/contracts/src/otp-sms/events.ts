import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Contract, Sensitive } from '../contract';
import { IsE164Phone, IsId, IsInstant, IsOptionalId } from '../validation';

export const SMS_PURPOSES = ['otp', 'change', 'followup', 'confirmation'] as const;
export type SmsPurpose = (typeof SMS_PURPOSES)[number];

export const SMS_FAILURE_REASONS = ['credentials', 'api_error', 'undelivered', 'failed', 'rate_limited'] as const;
export type SmsFailureReason = (typeof SMS_FAILURE_REASONS)[number];

@Contract({ type: 'OtpSent', version: 1, kind: 'event', owner: 'otp-sms', summary: 'A one-time code was accepted by the SMS provider. Never carries the code.' })
export class OtpSent {
  @IsId() holdId!: string;
  @IsId() challengeId!: string;
  @IsId() messageId!: string;
  @IsInstant() expiresAt!: string;
  @IsInstant() sentAt!: string;
  @IsBoolean() resend!: boolean;
}

@Contract({
  type: 'SmsFailed',
  version: 1,
  kind: 'event',
  owner: 'otp-sms',
  summary: 'An SMS could not be sent or was not delivered: from the API call, a status callback, unusable credentials, or (reason api_error, no errorCode) a send whose outcome a crash left unknown.',
})
export class SmsFailed {
  @IsOptionalId() messageId?: string;
  @IsIn(SMS_PURPOSES) purpose!: SmsPurpose;
  @IsOptionalId() holdId?: string;
  @IsOptionalId() followupId?: string;
  /** For purpose `change`: the appointment change whose code failed. */
  @IsOptionalId() changeId?: string;
  @IsIn(SMS_FAILURE_REASONS) reason!: SmsFailureReason;
  /** The provider's error code, e.g. Twilio 21211 (invalid number) or 30003 (unreachable). */
  @IsOptional() @IsInt() errorCode?: number;
  @IsInstant() failedAt!: string;
}

@Contract({ type: 'ChangeCodeSent', version: 1, kind: 'event', owner: 'otp-sms', summary: 'A code confirming an appointment change was accepted by the SMS provider. Never carries the code.' })
export class ChangeCodeSent {
  @IsId() changeId!: string;
  @IsId() challengeId!: string;
  @IsId() messageId!: string;
  @IsInstant() expiresAt!: string;
  @IsInstant() sentAt!: string;
}

@Contract({ type: 'SmsDelivered', version: 1, kind: 'event', owner: 'otp-sms', summary: 'The carrier reported an SMS delivered.' })
export class SmsDelivered {
  @IsId() messageId!: string;
  @IsIn(SMS_PURPOSES) purpose!: SmsPurpose;
  @IsOptionalId() holdId?: string;
  @IsOptionalId() followupId?: string;
  @IsOptionalId() changeId?: string;
  @IsInstant() deliveredAt!: string;
}

@Contract({ type: 'SmsSent', version: 1, kind: 'event', owner: 'otp-sms', summary: 'A requested SMS was accepted by the provider.' })
export class SmsSent {
  @IsId() messageId!: string;
  @IsId() requestId!: string;
  @IsIn(SMS_PURPOSES) purpose!: SmsPurpose;
  @IsOptionalId() holdId?: string;
  @IsOptionalId() followupId?: string;
  @IsInstant() sentAt!: string;
}

@Contract({
  type: 'InboundSmsReceived',
  version: 1,
  kind: 'event',
  owner: 'otp-sms',
  summary: "A caller texted the clinic's number (signed Twilio webhook). Published once per provider message.",
})
export class InboundSmsReceived {
  @IsString() @Matches(/^(SM|MM)[0-9a-fA-F]{32}$/) messageSid!: string;
  @IsE164Phone() from!: string;
  @IsE164Phone() to!: string;
  @Sensitive() @IsString() @MaxLength(1_600) body!: string;
  @IsInstant() receivedAt!: string;
}
