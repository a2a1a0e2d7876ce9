import { ApiError, Outcome } from '@mo/http';
import { beyondHorizonError, notFoundError } from '../availability/availability.mapper';
import { BookedFacts, ChangeState } from './change-saga';
import { ConfirmChangeResult, RequestResult, RescheduleCommand } from './change-results';
import { tooLateSentence } from './change-rules';
import { AppointmentView, ChangeView, RescheduleAppointmentDto } from './change.dto';
import { StoredChange } from './change.repository';

/** HTTP's side of the appointment-change use cases: commands from DTOs, results as status and body. */

export const rescheduleCommand = (bookingId: string, dto: RescheduleAppointmentDto): RescheduleCommand => ({
  bookingId,
  callId: dto.callId,
  startsAt: new Date(dto.startsAt),
  ...(dto.resourceId ? { resourceId: dto.resourceId } : {}),
});

export const appointmentView = ({ hold, bookingId }: BookedFacts): AppointmentView => ({
  bookingId,
  startsAt: hold.startsAt.toISOString(),
  endsAt: hold.endsAt.toISOString(),
  label: hold.startsLocal,
  appointmentType: { id: hold.appointmentTypeId, name: hold.appointmentTypeName },
  practitioner: { id: hold.resourceId, name: hold.resourceName },
  status: 'BOOKED',
});

export function changeView(state: Exclude<ChangeState, { status: 'NONE' }>): ChangeView {
  const { change } = state;
  return {
    changeId: change.changeId,
    kind: change.kind,
    status: state.status,
    ...(state.status === 'ABANDONED' ? { reason: state.reason } : {}),
    bookingId: change.booking.bookingId,
    ...(state.status === 'DONE' && state.newBookingId ? { newBookingId: state.newBookingId } : {}),
    ...(change.newSlot ? { startsAt: change.newSlot.startsAt.toISOString(), label: change.newSlot.startsLocal } : {}),
    expiresAt: change.expiresAt.toISOString(),
  };
}

export function changeResponse(stored: StoredChange | undefined): ChangeView {
  if (!stored) throw changeNotFound();
  return changeView(stored);
}

export function requestOutcome(result: RequestResult): Outcome {
  switch (result.type) {
    case 'Requested': {
      const { change } = result.state;
      const slot = change.newSlot ? { startsAt: change.newSlot.startsAt.toISOString(), label: change.newSlot.startsLocal } : {};
      return { status: 202, body: { changeId: change.changeId, status: 'VERIFYING', ...slot, expiresAt: change.expiresAt.toISOString() } };
    }
    case 'SlotTaken':
      return { status: 409, body: { error: 'slot_taken', message: 'Someone else holds or has booked this time. These are the next free slots.', alternatives: result.alternatives } };
    case 'ChangePending':
      return { status: 409, body: { error: 'change_pending', message: 'A change of this booking is already waiting for its code.', changeId: result.changeId } };
    case 'TooLate':
      throw new ApiError(422, 'too_late_to_change', tooLateSentence(result.minNoticeHours), { field: 'bookingId', minNoticeHours: result.minNoticeHours });
    case 'NotBookable':
      if (result.reason === 'beyond_horizon') throw beyondHorizonError('startsAt', result.horizonDays);
      throw new ApiError(422, result.reason === 'in_past' ? 'slot_in_past' : result.reason === 'closed' ? 'clinic_closed' : 'outside_working_hours', 'The new time cannot be booked.', {
        field: 'startsAt',
      });
    case 'BookingNotFound':
      throw new ApiError(404, 'booking_not_found', 'No upcoming booking with this id.', { field: 'bookingId' });
    case 'NotFound':
      throw notFoundError(result.missing);
  }
}

export function confirmChangeOutcome(result: ConfirmChangeResult): Outcome {
  switch (result.type) {
    case 'Done': {
      const { change, newBookingId } = result.state;
      if (change.kind === 'cancel') return { status: 200, body: { status: 'CANCELLED', bookingId: change.booking.bookingId, changeId: change.changeId } };
      return {
        status: 200,
        body: {
          status: 'RESCHEDULED',
          bookingId: newBookingId,
          previousBookingId: change.booking.bookingId,
          changeId: change.changeId,
          startsAt: change.newSlot!.startsAt.toISOString(),
          label: change.newSlot!.startsLocal,
        },
      };
    }
    case 'Abandoned':
      return {
        status: 410,
        body: {
          error: result.reason === 'expired' ? 'change_expired' : 'change_abandoned',
          message: `The change was not made (${result.reason}); the booking is as it was.`,
          reason: result.reason,
        },
      };
    case 'CodeWrong':
      return { status: 422, body: { error: 'otp_invalid', message: 'That code is not right.', attemptsLeft: result.attemptsLeft } };
    case 'NoCodeSent':
      return { status: 409, body: { error: 'otp_not_sent', message: 'No code has been sent for this change yet.' } };
    case 'OtpUnavailable':
      throw new ApiError(503, 'otp_unavailable', 'The code service did not answer; try again in a moment.', { cause: result.cause });
    case 'ChangeNotFound':
      throw changeNotFound();
  }
}

const changeNotFound = () => new ApiError(404, 'change_not_found', 'No appointment change with this id.');
