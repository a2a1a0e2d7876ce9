import type { ReleaseReason } from '@mo/contracts';
import type { SlotView } from '../availability/availability.dto';
import type { Opening } from '../availability/slots';
import type { NotFound } from '../clinic/clinic-config';
import type { HoldState, PlacedState } from './hold-saga';
import type { Unbookable } from './hold-rules';

/**
 * What booking's use cases take and return. They speak the domain only; each adapter (HTTP in
 * `hold-http.mapper.ts`, RebookSlot in `rebook/`, voice tools next) maps these unions to its dialect.
 */

/** Hold a slot for a caller. `verified` books it at once: the caller proved their phone another way. */
export interface PlaceHoldCommand {
  callId: string;
  appointmentTypeId: string;
  resourceId: string;
  startsAt: Date;
  caller: { phone: string; firstName?: string };
  verified?: { bookingId: string };
  /** How many free slots to offer when this one is taken; 3 unless said. */
  alternatives?: number;
}

export type PlacementResult =
  | { type: 'Placed'; state: PlacedState }
  | { type: 'SlotTaken'; alternatives: SlotView[] }
  | { type: 'NotBookable'; reason: Unbookable; nextOpening?: Opening; horizonDays?: number }
  | NotFound;

export type HoldNotFound = { type: 'HoldNotFound' };
/** The hold was settled before this request, or is settled now because its deadline passed. */
export type Settled = { type: 'Confirmed'; bookingId: string } | { type: 'Released'; reason: ReleaseReason };
/** otp-sms did not answer in time; nothing changed. */
export type OtpUnavailable = { type: 'OtpUnavailable'; cause: string };
export type NoCodeSent = { type: 'NoCodeSent' };

export type ConfirmResult =
  | Settled
  | HoldNotFound
  | OtpUnavailable
  | NoCodeSent
  | { type: 'CodeWrong'; attemptsLeft: number }
  | { type: 'CodeExpired' }
  | { type: 'CodeUsed' };

export type ResendCodeResult =
  | Settled
  | HoldNotFound
  | OtpUnavailable
  | NoCodeSent
  | { type: 'Sent'; expiresAt?: string }
  | { type: 'Cooldown'; retryAfterSeconds: number }
  | { type: 'RateLimited' }
  | { type: 'SmsFailed' };

export type CancelResult =
  /** The hold is released: now, or already before. */
  | { type: 'Cancelled'; state: Exclude<HoldState, { status: 'NONE' }> }
  | { type: 'AlreadyConfirmed' }
  | HoldNotFound;
