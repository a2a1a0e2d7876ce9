import { IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { Contract, Sensitive } from '../contract';
import { rpc } from '../rpc';
import { IsId, IsOptionalInstant } from '../validation';

@Contract({ type: 'VerifyOtp', version: 1, kind: 'request', owner: 'otp-sms', summary: "Checks a caller's code for a hold; counts the attempt." })
export class VerifyOtp {
  @IsId() holdId!: string;
  @Sensitive() @Matches(/^\d{6}$/, { message: 'code must be 6 digits' }) code!: string;
}

@Contract({ type: 'VerifyChangeCode', version: 1, kind: 'request', owner: 'otp-sms', summary: "Checks a caller's code for an appointment change; counts the attempt." })
export class VerifyChangeCode {
  @IsId() changeId!: string;
  @Sensitive() @Matches(/^\d{6}$/, { message: 'code must be 6 digits' }) code!: string;
}

export const VERIFICATION_RESULTS = ['valid', 'invalid', 'locked', 'expired', 'used', 'no_challenge'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

@Contract({ type: 'OtpVerification', version: 1, kind: 'reply', owner: 'otp-sms', summary: 'The outcome of VerifyOtp.' })
export class OtpVerification {
  @IsIn(VERIFICATION_RESULTS) result!: VerificationResult;
  @IsInt() @Min(0) attemptsLeft!: number;
}

@Contract({ type: 'ResendOtp', version: 1, kind: 'request', owner: 'otp-sms', summary: 'Texts a new code for a hold and voids the old one.' })
export class ResendOtp {
  @IsId() holdId!: string;
  /** The hold's deadline: the new code expires no later, and its text says so. Absent from older senders. */
  @IsOptionalInstant() holdExpiresAt?: string;
}

export const RESEND_RESULTS = ['sent', 'cooldown', 'rate_limited', 'no_challenge', 'failed'] as const;
export type ResendResult = (typeof RESEND_RESULTS)[number];

@Contract({ type: 'OtpResend', version: 1, kind: 'reply', owner: 'otp-sms', summary: 'The outcome of ResendOtp.' })
export class OtpResend {
  @IsIn(RESEND_RESULTS) result!: ResendResult;
  @IsOptional() @IsInt() @Min(0) retryAfterSeconds?: number;
  @IsOptionalInstant() expiresAt?: string;
}

export const VerifyOtpRpc = rpc(VerifyOtp, OtpVerification);
export const ResendOtpRpc = rpc(ResendOtp, OtpResend);
export const VerifyChangeCodeRpc = rpc(VerifyChangeCode, OtpVerification);
