import 'reflect-metadata';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { publicDefault } from '@mo/config';

export const DEV_SANDBOX_SECRET = publicDefault('master-orchestrator-sandbox-dev-only');

export class SandboxConfig {
  @IsInt() @Min(0) @Max(65535)
  SANDBOX_PORT: number = 3010;

  @IsString()
  SANDBOX_HOST: string = '127.0.0.1';

  /** Mints and checks sandbox account tokens; the tenant CLI must use the same one. */
  @IsString() @MinLength(16)
  SANDBOX_SECRET: string = DEV_SANDBOX_SECRET;

  @IsInt() @Min(0) @Max(60_000)
  SANDBOX_CALLBACK_DELAY_MS: number = 300;
}
