import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsId } from '@mo/contracts';

export class StatusQuery {
  @IsId('Our id of the message, put in the callback URL when it was sent') ref!: string;
}

/** The part of Twilio's status callback we use; Twilio sends more fields, which are ignored. */
export class StatusCallbackDto {
  @Matches(/^(SM|MM)[0-9a-f]{32}$/) MessageSid!: string;
  @IsString() @MaxLength(32) MessageStatus!: string;
  @IsOptional() @Type(() => Number) @IsInt() ErrorCode?: number;
  @IsOptional() @IsString() @MaxLength(32) To?: string;
}
