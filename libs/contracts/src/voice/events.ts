import { IsIn } from 'class-validator';
import { Contract } from '../contract';
import { IsInstant, IsCallId } from '../validation';

@Contract({
  type: 'VoiceCallEnded',
  version: 1,
  kind: 'event',
  owner: 'redaction',
  summary: "A voice platform reported a call's end (its transcript is stored redacted); booking ends the call as POST /v1/calls/:callId/ended does. Published once per call.",
})
export class VoiceCallEnded {
  @IsCallId() callId!: string;
  @IsIn(['vapi', 'retell', 'elevenlabs']) platform!: 'vapi' | 'retell' | 'elevenlabs';
  @IsInstant() endedAt!: string;
}
