import { IsBoolean, IsIn, IsInt, IsOptional } from 'class-validator';
import { Contract } from '../contract';
import { IsId, IsInstant, IsOptionalId } from '../validation';

export const SMS_PURPOSES = ['otp', 'followup', 'confirmation'] as const;
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
  summary: 'An SMS could not be sent or was not delivered: from the API call, a status callback, or unusable credentials.',
})
export class SmsFailed {
  @IsOptionalId() messageId?: string;
  @IsIn(SMS_PURPOSES) purpose!: SmsPurpose;
  @IsOptionalId() holdId?: string;
  @IsOptionalId() followupId?: string;
  @IsIn(SMS_FAILURE_REASONS) reason!: SmsFailureReason;
  /** The provider's error code, e.g. Twilio 21211 (invalid number) or 30003 (unreachable). */
  @IsOptional() @IsInt() errorCode?: number;
  @IsInstant() failedAt!: string;
}

@Contract({ type: 'SmsDelivered', version: 1, kind: 'event', owner: 'otp-sms', summary: 'The carrier reported an SMS delivered.' })
export class SmsDelivered {
  @IsId() messageId!: string;
  @IsIn(SMS_PURPOSES) purpose!: SmsPurpose;
  @IsOptionalId() holdId?: string;
  @IsOptionalId() followupId?: string;
  @IsInstant() deliveredAt!: string;
}
