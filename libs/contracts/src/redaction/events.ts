import { ArrayMaxSize, IsObject, IsString, MaxLength } from 'class-validator';
import { Contract } from '../contract';
import { IsId, IsInstant, IsNestedArray, IsText, IsCallId } from '../validation';

export class RedactedTurn {
  @IsText(32) speaker!: string;
  /** Already redacted: raw transcript text never travels on the bus. */
  @IsString() @MaxLength(40_000) text!: string;
  @IsInstant() at!: string;
}

@Contract({
  type: 'TranscriptRedacted',
  version: 1,
  kind: 'event',
  owner: 'redaction',
  summary: "A call's transcript, redacted, with how many entities of each type were masked. Never carries raw text.",
})
export class TranscriptRedacted {
  @IsId() transcriptId!: string;
  @IsCallId() callId!: string;
  @IsNestedArray(() => RedactedTurn) @ArrayMaxSize(5_000) turns!: RedactedTurn[];
  @IsObject() entityCounts!: Record<string, number>;
  @IsText(32) rulesVersion!: string;
  @IsInstant() redactedAt!: string;
}

