import { Answer, lastDigits, spokenDay, spokenList, spokenTimeOfDay } from '@mo/voice';
import type { SlotView } from '../availability/availability.dto';
import type { ConfirmChangeResult, FindResult, RequestResult } from '../changes/change-results';
import { tooLateSentence } from '../changes/change-rules';
import type { BookedFacts } from '../changes/change-saga';
import { beyondHorizonAnswer, closedAnswer, codeNotChecked, pastAnswer, scheduleMissing, spokenSlots } from './voice-speech.mapper';

/**
 * The voice side of the appointment-change use cases: each result as one sentence, the way
 * `change-http.mapper.ts` maps the same unions to HTTP. Maps and never queries. Pure.
 */

const ok = (say: string, fields?: Record<string, unknown>): Answer => ({ ok: true, say, ...(fields ? { fields } : {}) });
const refuse = (say: string, fields?: Record<string, unknown>): Answer => ({ ok: false, say, ...(fields ? { fields } : {}) });

const spokenBooking = ({ hold }: BookedFacts, article = 'a') =>
  `${article} ${hold.appointmentTypeName.toLowerCase()} on ${spokenDay(hold.startsAt, hold.timezone)} at ${spokenTimeOfDay(hold.startsAt, hold.timezone)} with ${hold.resourceName}`;

const bookingFields = ({ hold, bookingId }: BookedFacts) => ({
  bookingId,
  startsAt: hold.startsAt.toISOString(),
  label: hold.startsLocal,
  appointmentType: hold.appointmentTypeName,
  practitioner: hold.resourceName,
});

export function appointmentsAnswer(result: FindResult): Answer {
  const { appointments } = result;
  if (appointments.length === 0) return ok("I can't find any upcoming appointments for this number.", { appointments: [] });
  const many = appointments.length === 1 ? 'an appointment' : `${appointments.length} appointments`;
  return ok(`You have ${many}: ${spokenList(appointments.map((a) => spokenBooking(a)), 'and')}.`, { appointments: appointments.map(bookingFields) });
}

export const noAppointment = (): Answer => refuse("I can't find that appointment among this number's upcoming ones.", { error: 'booking_not_found' });

const slotAlternatives = (slots: readonly SlotView[], zone: string, requested: Date) =>
  slots.length > 0 ? `That time has just been taken. I can do ${spokenSlots(slots, zone, false, requested).replace(/, or /, ' or ')} instead.` : 'That time has just been taken, and I have nothing else free soon. Would another week suit you?';

export function requestAnswer(result: RequestResult, booking: BookedFacts, requested?: Date): Answer {
  const zone = booking.hold.timezone;
  switch (result.type) {
    case 'Requested': {
      const { change } = result.state;
      const what = change.newSlot ? `I've held ${spokenDay(change.newSlot.startsAt, zone)} at ${spokenTimeOfDay(change.newSlot.startsAt, zone)} for you` : `To cancel ${spokenBooking(booking, 'your')}`;
      const slot = change.newSlot ? { startsAt: change.newSlot.startsAt.toISOString(), label: change.newSlot.startsLocal } : {};
      return ok(`${what}, I've texted a six-digit code to the number ending ${lastDigits(booking.hold.callerPhone)}. Could you read it to me?`, {
        changeId: change.changeId,
        kind: change.kind,
        status: 'VERIFYING',
        ...slot,
        expiresAt: change.expiresAt.toISOString(),
      });
    }
    case 'SlotTaken':
      return refuse(slotAlternatives(result.alternatives, zone, requested ?? booking.hold.startsAt), { error: 'slot_taken', slots: result.alternatives.map((s) => ({ startsAt: s.startsAt, label: s.label })) });
    case 'ChangePending':
      return refuse('A change of that appointment is already waiting for its code. Could you read me the code from the text message?', { error: 'change_pending', changeId: result.changeId });
    case 'TooLate':
      return refuse(tooLateSentence(result.minNoticeHours), { error: 'too_late_to_change', minNoticeHours: result.minNoticeHours });
    case 'NotBookable':
      if (result.reason === 'in_past') return pastAnswer();
      if (result.reason === 'beyond_horizon') return beyondHorizonAnswer(result.horizonDays);
      return closedAnswer(undefined, zone);
    case 'BookingNotFound':
      return noAppointment();
    case 'NotFound':
      return scheduleMissing(result.missing, { type: booking.hold.appointmentTypeName });
  }
}

export function confirmChangeAnswer(result: ConfirmChangeResult): Answer {
  switch (result.type) {
    case 'Done': {
      const { change, newBookingId } = result.state;
      if (change.kind === 'cancel' || !change.newSlot) {
        return ok(`I've cancelled ${spokenBooking(change.booking, 'your')}. Is there anything else I can help with?`, { status: 'CANCELLED', bookingId: change.booking.bookingId, changeId: change.changeId });
      }
      const slot = change.newSlot;
      return ok(`Done: your ${slot.appointmentTypeName.toLowerCase()} is now on ${spokenDay(slot.startsAt, slot.timezone)} at ${spokenTimeOfDay(slot.startsAt, slot.timezone)} with ${slot.resourceName}.`, {
        status: 'RESCHEDULED',
        bookingId: newBookingId,
        previousBookingId: change.booking.bookingId,
        changeId: change.changeId,
        startsAt: slot.startsAt.toISOString(),
      });
    }
    case 'Abandoned':
      return refuse(
        result.reason === 'expired' ? 'The code ran out before it was confirmed, so your appointment stays as it was.' : 'That change was not made, so your appointment stays as it was.',
        { error: result.reason === 'expired' ? 'change_expired' : 'change_abandoned', reason: result.reason },
      );
    case 'CodeWrong':
    case 'NoCodeSent':
    case 'OtpUnavailable':
      return codeNotChecked(result);
    case 'ChangeNotFound':
      return refuse("There's no change waiting for a code.", { error: 'change_not_found' });
  }
}
