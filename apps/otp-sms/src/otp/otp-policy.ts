/** The knobs of the OTP flow, from config. */
export class OtpPolicy {
  constructor(
    readonly pepper: Buffer,
    readonly ttlSeconds: number,
    readonly maxAttempts: number,
    readonly resendCooldownSeconds: number,
    readonly sendsPerPhonePer10Minutes: number,
  ) {}
}
