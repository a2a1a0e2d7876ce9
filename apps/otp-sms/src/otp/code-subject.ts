/**
 * What otp-sms knows of a code's subject (a hold, or a change of a booking): `none` before any of
 * its events, `issued` once a code was decided for it (sent, or reported failed), `closed` once it
 * was released, expired or settled. `closed` is a tombstone: it outlives the events that made it,
 * for `TOMBSTONE_DAYS`.
 */
export type SubjectState = 'none' | 'issued' | 'closed';

/**
 * How long a subject that will never be issued a code (`closed`, or `none` after a late opening) is
 * kept before the janitor prunes it (`otp_sms.code_subjects_prune`, which says the same interval).
 * A subject's opening event can only be handled late, after a redelivery or a replay from the
 * dead-letter queue; it is refused once the subject has expired, and a subject expires at most an
 * hour after it opens (`booking.clinic_settings.hold_ttl_seconds` <= 3600, the change's too), so a
 * SlotHeld that finds its tombstone pruned is refused for its expiry instead.
 */
export const TOMBSTONE_DAYS = 1;

/**
 * The subject's events as otp-sms sees them: SlotHeld/ChangeRequested open it, with the moment the
 * hold or change expires; the rest close it.
 */
export type SubjectEvent = { kind: 'opened'; expiresAt: Date } | { kind: 'closed' };

export type SubjectDecision =
  | { kind: 'issue_code'; next: 'issued' }
  | { kind: 'close'; next: 'closed'; voidCode: boolean }
  | { kind: 'nothing'; why: 'duplicate' | 'already_closed' | 'expired' };

/**
 * Pure. A subject's events can arrive in any order (two instances, a retry queue): a code is issued
 * only for a subject never seen and not yet expired at `now`, so a SlotHeld handled after its
 * HoldReleased issues nothing, nor does a repeated one, nor one replayed after its hold's deadline
 * (a code could confirm nothing, and its tombstone may be gone).
 */
export function decideSubject(state: SubjectState, event: SubjectEvent, now: Date): SubjectDecision {
  if (event.kind === 'opened') {
    if (state === 'none') return event.expiresAt.getTime() > now.getTime() ? { kind: 'issue_code', next: 'issued' } : { kind: 'nothing', why: 'expired' };
    return { kind: 'nothing', why: state === 'issued' ? 'duplicate' : 'already_closed' };
  }
  if (state === 'closed') return { kind: 'nothing', why: 'already_closed' };
  return { kind: 'close', next: 'closed', voidCode: state === 'issued' };
}
