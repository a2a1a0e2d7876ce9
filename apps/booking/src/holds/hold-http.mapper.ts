import type { ReleaseReason } from '@mo/contracts';
import { ApiError, Outcome } from '@mo/http';
import { beyondHorizonError, notFoundError, openingFields } from '../availability/availability.mapper';
import { CancelResult, ConfirmResult, HoldNotFound, OtpUnavailable, PlaceHoldCommand, PlacementResult, ResendCodeResult, Settled } from './hold-results';
import { holdView } from './hold-view';
import { PlaceHoldDto } from './hold.dto';
import { StoredHold } from './hold.repository';

/**
 * HTTP's side of the hold use cases: commands from DTOs, results as status and body. Results that
 * must not be stored under an Idempotency-Key (client errors) are thrown as ApiError, so the key
 * rolls back with them.
 */

export const placeCommand = (dto: PlaceHoldDto): PlaceHoldCommand => ({
  callId: dto.callId,
  appointmentTypeId: dto.appointmentTypeId,
  resourceId: dto.resourceId,
  startsAt: new Date(dto.startsAt),
  caller: { phone: dto.caller.phone, ...(dto.caller.firstName ? { firstName: dto.caller.firstName } : {}) },
});

export function placementOutcome(result: PlacementResult): Outcome {
  switch (result.type) {
    case 'Placed':
      return { status: 201, body: holdView(result.state) };
    case 'SlotTaken':
      return {
        status: 409,
        body: { error: 'slot_taken', message: 'Someone else holds or has booked this time. These are the next free slots.', alternatives: result.alternatives },
      };
    case 'NotBookable':
      throw notBookableError(result);
    case 'NotFound':
      throw notFoundError(result.missing);
  }
}

function notBookableError(result: Extract<PlacementResult, { type: 'NotBookable' }>): ApiError {
  switch (result.reason) {
    case 'in_past':
      return new ApiError(422, 'slot_in_past', 'startsAt is in the past.', { field: 'startsAt' });
    case 'beyond_horizon':
      return beyondHorizonError('startsAt', result.horizonDays);
    case 'outside_hours':
      return new ApiError(422, 'outside_working_hours', 'The resource does not work at this time.', { field: 'startsAt', ...openingFields(result.nextOpening) });
    case 'closed':
      return new ApiError(422, 'clinic_closed', 'The clinic or resource is closed at this time.', { field: 'startsAt' });
  }
}

export function holdResponse(stored: StoredHold | undefined) {
  if (!stored) throw holdNotFound();
  return holdView(stored);
}

export function confirmOutcome(result: ConfirmResult): Outcome {
  switch (result.type) {
    case 'CodeWrong':
      return { status: 422, body: { error: 'otp_invalid', message: 'That code is not right.', attemptsLeft: result.attemptsLeft } };
    case 'CodeExpired':
      return { status: 422, body: { error: 'otp_expired', message: 'The code has expired; ask for a new one.', attemptsLeft: 0 } };
    case 'CodeUsed':
      return { status: 409, body: { error: 'otp_used', message: 'This code was already used.' } };
    case 'NoCodeSent':
      return noCodeSent;
    default:
      return early(result);
  }
}

export function resendOutcome(result: ResendCodeResult): Outcome {
  switch (result.type) {
    case 'Sent':
      return { status: 202, body: { status: 'sent', expiresAt: result.expiresAt } };
    case 'Cooldown':
      return {
        status: 429,
        body: { error: 'resend_cooldown', message: 'A code was sent moments ago.', retryAfterSeconds: result.retryAfterSeconds },
        headers: { 'retry-after': String(result.retryAfterSeconds) },
      };
    case 'RateLimited':
      return { status: 429, body: { error: 'sms_rate_limited', message: 'Too many codes were sent to this phone recently.' } };
    case 'SmsFailed':
      return { status: 502, body: { error: 'sms_failed', message: 'The SMS could not be sent; the hold will be released.' } };
    case 'NoCodeSent':
      return noCodeSent;
    default:
      return early(result);
  }
}

export function cancelOutcome(result: CancelResult): Outcome {
  switch (result.type) {
    case 'Cancelled':
      return { status: 200, body: holdView(result.state) };
    case 'AlreadyConfirmed':
      return { status: 409, body: { error: 'already_confirmed', message: 'The hold is already a booking.' } };
    case 'HoldNotFound':
      throw holdNotFound();
  }
}

const noCodeSent: Outcome = { status: 409, body: { error: 'otp_not_sent', message: 'No code has been sent for this hold yet.' } };

const holdNotFound = () => new ApiError(404, 'hold_not_found', 'No hold with this id.');

/** What confirm and resend answer alike before otp-sms decides anything. */
function early(result: Settled | HoldNotFound | OtpUnavailable): Outcome {
  switch (result.type) {
    case 'Confirmed':
      return { status: 200, body: { bookingId: result.bookingId, status: 'confirmed' } };
    case 'Released':
      return released(result.reason);
    case 'HoldNotFound':
      throw holdNotFound();
    case 'OtpUnavailable':
      throw new ApiError(503, 'otp_unavailable', 'The code service did not answer; try again in a moment.', { cause: result.cause });
  }
}

const released = (reason: ReleaseReason): Outcome => ({
  status: 410,
  body: {
    error: reason === 'expired' ? 'hold_expired' : 'hold_released',
    message: reason === 'expired' ? 'The hold expired before it was confirmed.' : `The hold was released (${reason}).`,
    reason,
  },
});
