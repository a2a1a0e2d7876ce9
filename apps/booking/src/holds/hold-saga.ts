/**
 * The hold saga, one instance per hold: HELD → OTP_SENT → CONFIRMED, or RELEASED with a reason.
 * Pure: the caller passes the state, the input and `now`, and gets the next state and the events to
 * publish. Duplicate and late inputs decide nothing, so redelivery and reordering are harmless.
 */

import type { ReleaseReason } from '@mo/contracts';

/** What the hold is about; fixed when it is placed. */
export interface HoldFacts {
  holdId: string;
  callId: string;
  resourceId: string;
  resourceName: string;
  appointmentTypeId: string;
  appointmentTypeName: string;
  startsAt: Date;
  endsAt: Date;
  startsLocal: string;
  timezone: string;
  clinicName: string;
  callerPhone: string;
  callerFirstName?: string;
  expiresAt: Date;
}

export type HoldState =
  | { status: 'NONE' }
  | { status: 'HELD'; hold: HoldFacts }
  | { status: 'OTP_SENT'; hold: HoldFacts }
  | { status: 'CONFIRMED'; hold: HoldFacts; bookingId: string }
  | { status: 'RELEASED'; hold: HoldFacts; reason: ReleaseReason };

/** How a new hold starts: held for a code, or booked at once for a verified caller. */
export type PlacedState = Extract<HoldState, { status: 'HELD' | 'CONFIRMED' }>;

export type HoldInput =
  | { type: 'PlaceHold'; hold: HoldFacts }
  /** A caller who proved their phone another way (replying YES to our SMS) books without a code. */
  | { type: 'BookVerified'; hold: HoldFacts; bookingId: string }
  | { type: 'OtpSent' }
  | { type: 'SmsFailed' }
  | { type: 'CodeVerified'; bookingId: string }
  | { type: 'CodeLocked' }
  | { type: 'CallEnded' }
  | { type: 'Cancel' }
  | { type: 'CheckExpiry' };

export type HoldOutput =
  | { type: 'SlotHeld' }
  | { type: 'HoldReleased'; reason: Exclude<ReleaseReason, 'expired'> }
  | { type: 'HoldExpired' }
  | { type: 'BookingConfirmed' }
  | { type: 'ConfirmationMissed'; reason: 'expired' | 'call_ended' };

export interface Decision {
  state: HoldState;
  outputs: HoldOutput[];
  /** Why the input was turned down, when the caller asked for something the state forbids. */
  refused?: 'already_confirmed';
}

/** The expiry rule, in one place: at its deadline a pending hold is over. */
export const isPastDeadline = (hold: HoldFacts, now: Date): boolean => now.getTime() >= hold.expiresAt.getTime();

export const isPending = (state: HoldState): state is Extract<HoldState, { status: 'HELD' | 'OTP_SENT' }> =>
  state.status === 'HELD' || state.status === 'OTP_SENT';

const nothing = (state: HoldState): Decision => ({ state, outputs: [] });

export function decide(state: HoldState, input: HoldInput, now: Date): Decision {
  switch (state.status) {
    case 'NONE':
      if (input.type === 'PlaceHold') return { state: { status: 'HELD', hold: input.hold }, outputs: [{ type: 'SlotHeld' }] };
      if (input.type === 'BookVerified') {
        return { state: { status: 'CONFIRMED', hold: input.hold, bookingId: input.bookingId }, outputs: [{ type: 'BookingConfirmed' }] };
      }
      return nothing(state);
    case 'HELD':
    case 'OTP_SENT':
      return decidePending(state, input, now);
    case 'CONFIRMED':
      // A booking is not a hold any more: cancelling it is a different act, so it is refused.
      return input.type === 'Cancel' ? { ...nothing(state), refused: 'already_confirmed' } : nothing(state);
    case 'RELEASED':
      return nothing(state);
    default:
      return exhaustive(state);
  }
}

function decidePending(state: Extract<HoldState, { status: 'HELD' | 'OTP_SENT' }>, input: HoldInput, now: Date): Decision {
  const { hold } = state;
  const release = (reason: Exclude<ReleaseReason, 'expired'>, ...extra: HoldOutput[]): Decision => ({
    state: { status: 'RELEASED', hold, reason },
    outputs: [{ type: 'HoldReleased', reason }, ...extra],
  });
  // Past its deadline a hold is expired, whatever arrives: a late code or message cannot revive it.
  if (input.type !== 'PlaceHold' && input.type !== 'BookVerified' && isPastDeadline(hold, now)) {
    return {
      state: { status: 'RELEASED', hold, reason: 'expired' },
      outputs: [{ type: 'HoldExpired' }, { type: 'ConfirmationMissed', reason: 'expired' }],
    };
  }
  switch (input.type) {
    case 'OtpSent':
      return state.status === 'HELD' ? { state: { status: 'OTP_SENT', hold }, outputs: [] } : nothing(state);
    case 'SmsFailed':
      return release('sms_failed');
    case 'CodeVerified':
      return { state: { status: 'CONFIRMED', hold, bookingId: input.bookingId }, outputs: [{ type: 'BookingConfirmed' }] };
    case 'CodeLocked':
      return release('otp_locked');
    case 'CallEnded':
      return release('call_ended', { type: 'ConfirmationMissed', reason: 'call_ended' });
    case 'Cancel':
      return release('cancelled');
    case 'PlaceHold':
    case 'BookVerified':
    case 'CheckExpiry':
      return nothing(state);
    default:
      return exhaustive(input);
  }
}

/** For `never`-checked switches over a saga's states and inputs. */
export function exhaustive(value: never): never {
  throw new Error(`unhandled ${JSON.stringify(value)}`);
}
