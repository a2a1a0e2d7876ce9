import { IsString, Matches, MaxLength } from 'class-validator';
import { IsE164Phone } from '@mo/contracts';

/** The part of Twilio's incoming-message webhook we use. */
export class InboundDto {
  @Matches(/^(SM|MM)[0-9a-fA-F]{32}$/) MessageSid!: string;
  @IsE164Phone() From!: string;
  @IsE164Phone() To!: string;
  @IsString() @MaxLength(1_600) Body!: string;
}
