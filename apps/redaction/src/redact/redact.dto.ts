import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export const MASKS = ['tag', 'pseudonym'] as const;

export class RedactDto {
  @ApiProperty({ maxLength: 100_000 }) @IsString() @MaxLength(100_000) text!: string;
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
