import 'reflect-metadata';
import { IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

/**
 * What travels on the wire. `payload` is validated separately against the contract named by
 * `type` and `version`; the envelope itself is the same for every message.
 */
export class Envelope<P extends object = Record<string, unknown>> {
  @IsUUID('all') messageId!: string;
  @IsString() @Matches(/^[A-Z][A-Za-z0-9]*$/) type!: string;
  @IsInt() @Min(1) version!: number;
  @IsUUID('all') orgId!: string;
  @IsString() @MaxLength(128) correlationId!: string;
  @IsOptional() @IsString() @MaxLength(128) causationId?: string;
  @IsISO8601({ strict: true }) occurredAt!: string;
  @IsObject() payload!: P;
}
