import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { APPS, IsOptionalInstant } from '@mo/contracts';
import { DeadLetterFilter } from '../dead-letter-filter';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class FilterDto {
  @ApiPropertyOptional({ enum: APPS, isArray: true }) @IsOptional() @IsArray() @IsIn(APPS, { each: true }) apps?: string[];
  @ApiPropertyOptional({ example: 'SlotHeld' }) @IsOptional() @IsString() @MaxLength(100) type?: string;
  @ApiPropertyOptional({ example: 'retries_exhausted' }) @IsOptional() @IsString() @MaxLength(100) reason?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') orgId?: string;
  @IsOptionalInstant('Last failure at or after') since?: string;
  @IsOptionalInstant('Last failure before') until?: string;
}

export class ListQuery extends FilterDto {
  @ApiPropertyOptional({ enum: APPS }) @IsOptional() @IsIn(APPS) app?: string;
}

export class ShowParams {
  @IsString() @MaxLength(100) id!: string;
}

export class ShowQuery {
  @ApiPropertyOptional({ description: 'Show PII and sensitive fields unmasked' }) @IsOptional() @Transform(bool) @IsBoolean() reveal?: boolean;
}

export class ReplayBody extends FilterDto {
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10_000) @IsString({ each: true }) ids?: string[];
  @ApiPropertyOptional({ description: 'Take every message when there is no other filter' }) @IsOptional() @IsBoolean() all?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() dryRun?: boolean;
  @ApiPropertyOptional({ description: 'Messages per second at most' }) @IsOptional() @IsInt() @Min(1) @Max(10_000) rate?: number;
}

export class PurgeBody extends FilterDto {
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10_000) @IsString({ each: true }) ids?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() all?: boolean;
  @ApiPropertyOptional({ description: 'Must be true: a purge cannot be undone' }) @IsOptional() @IsBoolean() confirm?: boolean;
}

export function toFilter(dto: FilterDto & { ids?: string[]; all?: boolean; app?: string }): DeadLetterFilter & { all?: boolean } {
  const apps = dto.app ? [dto.app] : dto.apps;
  return {
    ...(dto.ids?.length ? { ids: dto.ids } : {}),
    ...(apps?.length ? { apps } : {}),
    ...(dto.type ? { type: dto.type } : {}),
    ...(dto.reason ? { reason: dto.reason } : {}),
    ...(dto.orgId ? { orgId: dto.orgId } : {}),
    ...(dto.since ? { since: new Date(dto.since) } : {}),
    ...(dto.until ? { until: new Date(dto.until) } : {}),
    ...(dto.all ? { all: true } : {}),
  };
}
