import { IsInt, Max, Min } from 'class-validator';
import { CommonConfig } from '@mo/config';

export class FollowupConfig extends CommonConfig {
  @IsInt() @Min(0) @Max(65535)
  PORT: number = 3004;

  override DATABASE_URL: string = 'postgres://mo_followup:orchestrator-dev@127.0.0.1:5432/orchestrator';

  /** How often each instance looks for follow-ups whose sending hours have come. */
  @IsInt() @Min(100) @Max(300_000)
  SCHEDULER_INTERVAL_MS: number = 15_000;

  /** How long a YES reply waits for booking to take the slot. */
  @IsInt() @Min(100) @Max(30_000)
  REBOOK_TIMEOUT_MS: number = 5_000;
}
