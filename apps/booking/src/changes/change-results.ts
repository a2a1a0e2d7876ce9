import type { AbandonReason } from '@mo/contracts';
import type { SlotView } from '../availability/availability.dto';
import type { NotFound } from '../clinic/clinic-config';
import type { OtpUnavailable } from '../holds/hold-results';
import type { Unbookable } from '../holds/hold-rules';
import type { BookedFacts, ChangeState } from './change-saga';

/**
 * What the appointment-change use cases take and return, in the domain only; `change-http.mapper.ts`
 * maps them to HTTP, and each voice platform's adapter can map the same unions to its dialect.
 */

export interface CancelCommand {
  bookingId: string;
  callId: string;
}

export interface RescheduleCommand extends CancelCommand {
  startsAt: Date;
  /** Another practitioner or room; the booking's own unless said. */
  resourceId?: string;
}

export type FindResult = { type: 'Found'; appointments: BookedFacts[] };

export type BookingNotFound = { type: 'BookingNotFound' };
export type ChangeNotFound = { type: 'ChangeNotFound' };

/** Why a booking cannot start a change, whatever the change. */
export type Unchangeable = BookingNotFound | { type: 'TooLate'; minNoticeHours: number } | { type: 'ChangePending'; changeId: string };

export type RequestResult =
  | { type: 'Requested'; state: Extract<ChangeState, { status: 'VERIFYING' }> }
  | Unchangeable
  | { type: 'SlotTaken'; alternatives: SlotView[] }
  | { type: 'NotBookable'; reason: Unbookable; horizonDays?: number }
  | NotFound;

/** The change was settled before this request, or is settled by it. */
export type ChangeSettled = { type: 'Done'; state: Extract<ChangeState, { status: 'DONE' }> } | { type: 'Abandoned'; reason: AbandonReason };

export type ConfirmChangeResult = ChangeSettled | ChangeNotFound | OtpUnavailable | { type: 'CodeWrong'; attemptsLeft: number } | { type: 'NoCodeSent' };
