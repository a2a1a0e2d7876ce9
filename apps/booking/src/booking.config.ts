import { IsInt, Max, Min } from 'class-validator';
import { CommonConfig } from '@mo/config';

export class BookingConfig extends CommonConfig {
  @IsInt() @Min(0) @Max(65535)
  PORT: number = 3001;

  override DATABASE_URL: string = 'postgres://mo_booking:orchestrator-dev@127.0.0.1:5432/orchestrator';

  /** How long confirm waits for otp-sms to check a code. */
  @IsInt() @Min(100) @Max(30_000)
  OTP_RPC_TIMEOUT_MS: number = 2_000;

  /** How often each instance looks for holds past their deadline. */
  @IsInt() @Min(100) @Max(60_000)
  SWEEP_INTERVAL_MS: number = 1_000;
}
