/**
 * The change saga, one instance per cancel or move of a booking: VERIFYING → DONE, or ABANDONED
 * with a reason. It sits beside the hold saga and works the same way: pure, the caller passes the
 * state, the input and `now`; duplicate and late inputs decide nothing.
 */

import type { AbandonReason, ChangeKind } from '@mo/contracts';
import { exhaustive, type HoldFacts } from '../holds/hold-saga';

/** The booking a change is about, as it stands: its row's facts and its booking id. */
export interface BookedFacts {
  hold: HoldFacts;
  bookingId: string;
}

/** What a change is about; fixed when it is requested. */
export interface ChangeFacts {
  changeId: string;
  callId: string;
  kind: ChangeKind;
  booking: BookedFacts;
  /** For a move: the new slot, reserved under the exclusion constraint until the change settles. */
  newSlot?: HoldFacts;
  /** What the code confirms, as the SMS says it: "cancel your cleaning on Thu 3 Dec". */
  confirms: string;
  expiresAt: Date;
}

export type ChangeState =
  | { status: 'NONE' }
  | { status: 'VERIFYING'; change: ChangeFacts; codeSent: boolean }
  /** For a move, `newBookingId` books the new slot. */
  | { status: 'DONE'; change: ChangeFacts; newBookingId?: string }
  | { status: 'ABANDONED'; change: ChangeFacts; reason: AbandonReason };

export type ChangeInput =
  | { type: 'RequestChange'; change: ChangeFacts }
  | { type: 'OtpSent' }
  | { type: 'SmsFailed' }
  /** For a move, the id of the booking the new slot becomes. */
  | { type: 'CodeVerified'; newBookingId?: string }
  | { type: 'CodeLocked' }
  /** The change's time is up: its deadline passed, or its code expired. */
  | { type: 'Expire' }
  | { type: 'CallEnded' };

export type ChangeOutput =
  | { type: 'ChangeRequested' }
  | { type: 'BookingCancelled' }
  | { type: 'BookingRescheduled' }
  | { type: 'ChangeAbandoned'; reason: AbandonReason };

export interface ChangeDecision {
  state: ChangeState;
  outputs: ChangeOutput[];
}

export const isChangeOverdue = (change: ChangeFacts, now: Date): boolean => now.getTime() >= change.expiresAt.getTime();

const nothing = (state: ChangeState): ChangeDecision => ({ state, outputs: [] });

export function decideChange(state: ChangeState, input: ChangeInput, now: Date): ChangeDecision {
  switch (state.status) {
    case 'NONE':
      return input.type === 'RequestChange' ? { state: { status: 'VERIFYING', change: input.change, codeSent: false }, outputs: [{ type: 'ChangeRequested' }] } : nothing(state);
    case 'VERIFYING':
      return decideVerifying(state, input, now);
    case 'DONE':
    case 'ABANDONED':
      return nothing(state);
    default:
      return exhaustive(state);
  }
}

function decideVerifying(state: Extract<ChangeState, { status: 'VERIFYING' }>, input: ChangeInput, now: Date): ChangeDecision {
  const { change } = state;
  const abandon = (reason: AbandonReason): ChangeDecision => ({ state: { status: 'ABANDONED', change, reason }, outputs: [{ type: 'ChangeAbandoned', reason }] });
  // Past its deadline a change is over, whatever arrives: a late code cannot make it.
  if (input.type !== 'RequestChange' && isChangeOverdue(change, now)) return abandon('expired');
  switch (input.type) {
    case 'OtpSent':
      return state.codeSent ? nothing(state) : { state: { ...state, codeSent: true }, outputs: [] };
    case 'SmsFailed':
      return abandon('sms_failed');
    case 'CodeVerified':
      if (change.kind === 'cancel') return { state: { status: 'DONE', change }, outputs: [{ type: 'BookingCancelled' }] };
      if (!input.newBookingId) throw new TypeError('a move is booked under a new booking id');
      return { state: { status: 'DONE', change, newBookingId: input.newBookingId }, outputs: [{ type: 'BookingRescheduled' }] };
    case 'CodeLocked':
      return abandon('otp_locked');
    case 'Expire':
      return abandon('expired');
    case 'CallEnded':
      return abandon('call_ended');
    case 'RequestChange':
      return nothing(state);
    default:
      return exhaustive(input);
  }
}
