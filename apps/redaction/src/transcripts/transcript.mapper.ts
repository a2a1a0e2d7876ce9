import { Outcome } from '@mo/http';
import { TranscriptView } from './transcript.dto';
import { StoredTranscript } from './transcript.repository';
import { RecordResult } from './transcript.service';

/** Recording's result as HTTP: 201 recorded, 200 (replayed) for the same transcript again, 409 for another. */
export function recordOutcome(result: RecordResult): Outcome<TranscriptView | { error: string; message: string }> {
  switch (result.kind) {
    case 'recorded':
      return { status: 201, body: view(result.transcript) };
    case 'replayed':
      return { status: 200, body: view(result.transcript), replayed: true };
    case 'conflict':
      return { status: 409, body: { error: 'transcript_exists', message: 'A different transcript was already recorded for this call.' } };
  }
}

function view(t: StoredTranscript): TranscriptView {
  return { transcriptId: t.transcriptId, callId: t.callId, turns: t.turns, entityCounts: t.entityCounts, rulesVersion: t.rulesVersion };
}
