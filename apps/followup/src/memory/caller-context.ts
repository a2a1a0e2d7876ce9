export type Outcome = 'held' | 'released' | 'missed' | 'confirmed' | 'cancelled' | 'rescheduled';

/** When two events about a caller happened at the same moment, the later in this list tells more. */
export const OUTCOME_PRECEDENCE: readonly Outcome[] = ['held', 'released', 'missed', 'confirmed', 'cancelled', 'rescheduled'];

export interface TranscriptTurn {
  speaker: string;
  text: string;
  at: string;
}

/** What one booking event says about a caller. */
export interface CallerFacts {
  holdId: string;
  callId: string;
  outcome: Outcome;
  reason?: string;
  firstName?: string;
  appointmentTypeId?: string;
  appointmentTypeName?: string;
  resourceId?: string;
  resourceName?: string;
  startsAt?: Date;
  startsLocal?: string;
}

/** What `GET /v1/callers/:phone/context` answers, so the agent can greet a caller who called before. */
export interface CallerContext {
  phone: string;
  firstName: string | null;
  appointmentType: { id: string; name: string } | null;
  practitioner: { id: string; name: string } | null;
  slot: { startsAt: string; label: string } | null;
  outcome: Outcome;
  reason: string | null;
  at: string;
  lastTranscript: TranscriptTurn[] | null;
}
