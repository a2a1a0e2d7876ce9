import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { IsNestedArray, IsText } from '@mo/contracts';

export const MASKS = ['tag', 'pseudonym'] as const;

export class RedactTurnDto {
  @IsText(32, 'Who spoke: agent, caller, ...') speaker!: string;
  @ApiProperty({ maxLength: 20_000 }) @IsString() @MaxLength(20_000) text!: string;
}

/** Either `text` (one turn, or `Agent:`/`Caller:` lines read as a dialogue) or `turns`, each read with the turns before it. */
export class RedactDto {
  @ApiPropertyOptional({ maxLength: 100_000, description: 'Required unless turns are given' })
  @ValidateIf((o: RedactDto) => o.turns === undefined)
  @IsString()
  @MaxLength(100_000)
  text?: string;

  @ApiPropertyOptional({ type: [RedactTurnDto], description: 'A dialogue: each turn is redacted with the turns before it as context' })
  @IsOptional()
  @ValidateBy({ name: 'textOrTurns', validator: { validate: (_value, args) => (args?.object as RedactDto).text === undefined, defaultMessage: () => 'give either text or turns, not both' } })
  @IsNestedArray(() => RedactTurnDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(2_000)
  turns?: RedactTurnDto[];

  @ApiPropertyOptional({ enum: MASKS, default: 'tag', description: '[PHONE], or [PHONE_3fa9c2e81b07]: stable per tenant' })
  @IsOptional()
  @IsIn(MASKS)
  mask?: (typeof MASKS)[number];
}

export class EntityView {
  @ApiProperty() type!: string;
  @ApiProperty({ description: 'UTF-16 offset in the input' }) start!: number;
  @ApiProperty() end!: number;
  @ApiProperty() rule!: string;
  @ApiProperty() confidence!: number;
}

export class RedactView {
  @ApiProperty() text!: string;
  @ApiProperty({ type: [EntityView] }) entities!: EntityView[];
}

export class RedactedTurnView extends RedactView {
  @ApiProperty() speaker!: string;
}

export class RedactTurnsView {
  @ApiProperty({ type: [RedactedTurnView] }) turns!: RedactedTurnView[];
}
