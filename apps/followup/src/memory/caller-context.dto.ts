import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsE164Phone } from '@mo/contracts';
import { OUTCOME_PRECEDENCE, type Outcome } from './caller-context';

export class CallerParams {
  @IsE164Phone() phone!: string;
}

class NamedView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class SlotView {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ example: 'Tuesday 3 December, 3:00 pm' }) label!: string;
}

class TurnView {
  @ApiProperty({ example: 'caller' }) speaker!: string;
  @ApiProperty({ description: 'Redacted text' }) text!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CallerContextView {
  @ApiProperty({ example: '+13125550147' }) phone!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Sam' }) firstName!: string | null;
  @ApiPropertyOptional({ type: NamedView, nullable: true }) appointmentType!: NamedView | null;
  @ApiPropertyOptional({ type: NamedView, nullable: true }) practitioner!: NamedView | null;
  @ApiPropertyOptional({ type: SlotView, nullable: true, description: 'The slot the caller was offered' }) slot!: SlotView | null;
  @ApiProperty({ enum: OUTCOME_PRECEDENCE }) outcome!: Outcome;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'expired' }) reason!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the outcome happened' }) at!: string;
  @ApiPropertyOptional({ type: [TurnView], nullable: true, description: "The latest turns of the caller's last call, redacted" })
  lastTranscript!: TurnView[] | null;
}
