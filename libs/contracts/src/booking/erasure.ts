import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Contract, Sensitive } from '../contract';
import { IsE164Phone, IsId } from '../validation';

/**
 * An operator asked to erase a caller (GDPR Art. 17). Written to booking's outbox by the admin API
 * or `npm run tenant -- erase-caller`; booking, which knows the caller's calls, handles it first.
 */
@Contract({ type: 'CallerErasureRequested', version: 1, kind: 'command', owner: 'booking', summary: "Erase a caller's personal data: booking first, then every app.", forgetOnceDelivered: true })
export class CallerErasureRequested {
  @IsId() erasureId!: string;
  @Sensitive() @IsE164Phone() callerPhone!: string;
}

/**
 * Booking has erased the caller from its holds and bookings; every other app now erases its own
 * rows: by the phone, and by the calls it made, which only booking could name.
 */
@Contract({ type: 'CallerErased', version: 1, kind: 'event', owner: 'booking', summary: 'Booking forgot a caller; the other apps erase their rows of that phone and those calls.', forgetOnceDelivered: true })
export class CallerErased {
  @IsId() erasureId!: string;
  @Sensitive() @IsE164Phone() callerPhone!: string;
  @ApiProperty({ type: [String], maxItems: 10_000 })
  @IsArray() @ArrayMaxSize(10_000) @IsString({ each: true }) @MaxLength(128, { each: true })
  callIds!: string[];
}
