import { BookingCancelled, BookingRescheduled, ChangeAbandoned, ChangeRequested, ContractClass, PayloadOf } from '@mo/contracts';
import { factsOf, OutgoingMessage } from '../holds/hold-messages';
import { ChangeOutput, ChangeState } from './change-saga';

const message = <C extends ContractClass>(contract: C, payload: PayloadOf<C>): OutgoingMessage => ({ contract, payload });

/** The contract message for one change saga output. Pure: everything it needs is in the state. */
export function changeMessageFor(state: Exclude<ChangeState, { status: 'NONE' }>, output: ChangeOutput, now: Date): OutgoingMessage {
  const { change } = state;
  const { hold: booked, bookingId } = change.booking;
  const at = now.toISOString();
  switch (output.type) {
    case 'ChangeRequested':
      return message(ChangeRequested, {
        changeId: change.changeId,
        callId: change.callId,
        bookingId,
        kind: change.kind,
        callerPhone: booked.callerPhone,
        confirms: change.confirms,
        clinicName: booked.clinicName,
        expiresAt: change.expiresAt.toISOString(),
      });
    case 'BookingCancelled':
      return message(BookingCancelled, { ...factsOf(booked), callId: change.callId, bookingId, changeId: change.changeId, cancelledAt: at });
    case 'BookingRescheduled': {
      if (state.status !== 'DONE' || !state.newBookingId || !change.newSlot) throw new TypeError('BookingRescheduled needs a moved booking');
      return message(BookingRescheduled, {
        ...factsOf(change.newSlot),
        bookingId: state.newBookingId,
        previousBookingId: bookingId,
        previousResourceId: booked.resourceId,
        previousStartsAt: booked.startsAt.toISOString(),
        previousStartsAtLocal: booked.startsLocal,
        changeId: change.changeId,
        rescheduledAt: at,
      });
    }
    case 'ChangeAbandoned':
      return message(ChangeAbandoned, {
        changeId: change.changeId,
        callId: change.callId,
        bookingId,
        kind: change.kind,
        callerPhone: booked.callerPhone,
        ...(booked.callerFirstName ? { callerFirstName: booked.callerFirstName } : {}),
        reason: output.reason,
        abandonedAt: at,
      });
  }
}
