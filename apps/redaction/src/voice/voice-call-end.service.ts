import { Injectable } from '@nestjs/common';
import { VoiceCallEnded } from '@mo/contracts';
import { Clock } from '@mo/context';
import { Outbox } from '@mo/messaging';
import type { EndOfCall, Platform } from '@mo/voice';
import { TranscriptService } from '../transcripts/transcript.service';
import { TranscriptDto } from '../transcripts/transcript.dto';
import { VoiceCallRepository } from './voice-call.repository';

export type CallEndResult = { type: 'Ended'; callId: string; transcript: 'stored' | 'none' } | { type: 'Duplicate'; callId: string };

/**
 * A platform's end-of-call message: the transcript is stored redacted through the same use case as
 * POST /v1/transcripts, and VoiceCallEnded goes to booking through the outbox in the same
 * transaction, once per call. The raw text lives only in this request's memory.
 */
@Injectable()
export class VoiceCallEndService {
  constructor(
    private readonly calls: VoiceCallRepository,
    private readonly transcripts: TranscriptService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async ended(platform: Platform, call: EndOfCall): Promise<CallEndResult> {
    const now = this.clock.now();
    if (!(await this.calls.claimEnd(call.callId, platform, now))) return { type: 'Duplicate', callId: call.callId };
    let transcript: 'stored' | 'none' = 'none';
    if (call.turns.length > 0) {
      // A transcript already posted for this call over REST (200 or 409) is kept as it is.
      await this.transcripts.record(transcriptOf(call));
      transcript = 'stored';
    }
    await this.outbox.add(VoiceCallEnded, { callId: call.callId, platform, endedAt: now.toISOString() }, { aggregateId: call.callId });
    return { type: 'Ended', callId: call.callId, transcript };
  }
}

/** The platform's turns as POST /v1/transcripts takes them; speakers are already ours (agent, caller). */
export function transcriptOf(call: EndOfCall): TranscriptDto {
  return { callId: call.callId, turns: call.turns.map((t) => ({ speaker: t.speaker, text: t.text, at: t.at.toISOString() })) };
}
