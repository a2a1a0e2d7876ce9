import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsId, IsInstant, IsOptionalId } from '@mo/contracts';

export class AvailabilityQuery {
  @IsId() appointmentTypeId!: string;
  @IsInstant('Start of the window') from!: string;
  @IsInstant('End of the window (at most 14 days after from)') to!: string;
  @IsOptionalId('Only this resource') resourceId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;
}

export class SlotView {
  @ApiProperty({ format: 'uuid' }) resourceId!: string;
  @ApiProperty() resourceName!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 'Tuesday 3 December, 3:00 pm', description: "In the clinic's time zone, ready to speak" }) label!: string;
}

export class AvailabilityView {
  @ApiProperty({ example: 'America/Chicago' }) timezone!: string;
  @ApiProperty() appointmentType!: { id: string; name: string; durationMinutes: number };
  @ApiProperty({ type: [SlotView] }) slots!: SlotView[];
}
