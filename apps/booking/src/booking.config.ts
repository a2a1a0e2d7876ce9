import { IsInt, Max, Min } from 'class-validator';
import { CommonConfig } from '@mo/config';

export class BookingConfig extends CommonConfig {
  @IsInt() @Min(0) @Max(65535)
  PORT: number = 3001;

  override DATABASE_URL: string = 'postgres://mo_booking:orchestrator-dev@127.0.0.1:5432/orchestrator';
}
