/**
 * What otp-sms knows of a code's subject (a hold, or a change of a booking): `none` before any of
 * its events, `issued` once a code was decided for it (sent, or reported failed), `closed` once it
 * was released, expired or settled. `closed` is a tombstone: it outlives the events that made it.
 */
export type SubjectState = 'none' | 'issued' | 'closed';

/** The subject's events as otp-sms sees them: SlotHeld/ChangeRequested open it; the rest close it. */
export type SubjectEvent = { kind: 'opened' } | { kind: 'closed' };

export type SubjectDecision =
  | { kind: 'issue_code'; next: 'issued' }
  | { kind: 'close'; next: 'closed'; voidCode: boolean }
  | { kind: 'nothing'; why: 'duplicate' | 'already_closed' };

/**
 * Pure. A subject's events can arrive in any order (two instances, a retry queue): a code is issued
 * only for a subject never seen, so a SlotHeld handled after its HoldReleased issues nothing, and a
 * repeated one issues nothing twice.
 */
export function decideSubject(state: SubjectState, event: SubjectEvent): SubjectDecision {
  if (event.kind === 'opened') {
    if (state === 'none') return { kind: 'issue_code', next: 'issued' };
    return { kind: 'nothing', why: state === 'issued' ? 'duplicate' : 'already_closed' };
  }
  if (state === 'closed') return { kind: 'nothing', why: 'already_closed' };
  return { kind: 'close', next: 'closed', voidCode: state === 'issued' };
}
