import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant, IsNestedArray, IsText, IsCallId } from '@mo/contracts';
import { MASKS } from '../redact/redact.dto';

export class TurnDto {
  @IsText(32, 'Who spoke: agent, caller, ...') speaker!: string;
  @ApiProperty({ maxLength: 20_000 }) @IsString() @MaxLength(20_000) text!: string;
  @IsInstant() at!: string;
}

export class TranscriptDto {
  @IsCallId("The telephony platform's id of the call; one transcript per call") callId!: string;
  @ApiProperty({ type: [TurnDto] })
  @IsNestedArray(() => TurnDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(2_000)
  turns!: TurnDto[];
  @ApiPropertyOptional({ enum: MASKS, default: 'tag' }) @IsOptional() @IsIn(MASKS) mask?: (typeof MASKS)[number];
}

export class TranscriptView {
  @ApiProperty({ format: 'uuid' }) transcriptId!: string;
  @ApiProperty() callId!: string;
  @ApiProperty({ type: [TurnDto], description: 'Redacted' }) turns!: TurnDto[];
  @ApiProperty({ example: { PHONE: 1, PERSON: 2 } }) entityCounts!: Record<string, number>;
  @ApiProperty() rulesVersion!: string;
}
