import { BookingConfirmed, ConfirmationMissed, ContractClass, HoldExpired, HoldReleased, PayloadOf, SlotHeld } from '@mo/contracts';
import { HoldFacts, HoldOutput, HoldState } from './hold-saga';

export interface OutgoingMessage<C extends ContractClass = ContractClass> {
  contract: C;
  payload: PayloadOf<C>;
}

const message = <C extends ContractClass>(contract: C, payload: PayloadOf<C>): OutgoingMessage => ({ contract, payload });

/** The HoldFacts part of an event, shared by the hold and change messages. */
export function factsOf(hold: HoldFacts) {
  return {
    holdId: hold.holdId,
    callId: hold.callId,
    resourceId: hold.resourceId,
    resourceName: hold.resourceName,
    appointmentTypeId: hold.appointmentTypeId,
    appointmentTypeName: hold.appointmentTypeName,
    startsAt: hold.startsAt.toISOString(),
    endsAt: hold.endsAt.toISOString(),
    startsAtLocal: hold.startsLocal,
    timezone: hold.timezone,
    clinicName: hold.clinicName,
    callerPhone: hold.callerPhone,
    ...(hold.callerFirstName ? { callerFirstName: hold.callerFirstName } : {}),
  };
}

/** The contract message for one saga output. Pure: everything it needs is in the state. */
export function messageFor(state: Exclude<HoldState, { status: 'NONE' }>, output: HoldOutput, now: Date): OutgoingMessage {
  const { hold } = state;
  const at = now.toISOString();
  const brief = {
    holdId: hold.holdId,
    callId: hold.callId,
    resourceId: hold.resourceId,
    startsAt: hold.startsAt.toISOString(),
    endsAt: hold.endsAt.toISOString(),
    callerPhone: hold.callerPhone,
  };
  switch (output.type) {
    case 'SlotHeld':
      return message(SlotHeld, { ...factsOf(hold), expiresAt: hold.expiresAt.toISOString() });
    case 'HoldReleased':
      return message(HoldReleased, {
        ...brief,
        ...(hold.callerFirstName ? { callerFirstName: hold.callerFirstName } : {}),
        reason: output.reason,
        releasedAt: at,
      });
    case 'HoldExpired':
      return message(HoldExpired, { ...brief, expiredAt: at });
    case 'BookingConfirmed':
      if (state.status !== 'CONFIRMED') throw new TypeError('BookingConfirmed needs a confirmed hold');
      return message(BookingConfirmed, { ...factsOf(hold), bookingId: state.bookingId, confirmedAt: at });
    case 'ConfirmationMissed':
      return message(ConfirmationMissed, { ...factsOf(hold), reason: output.reason, missedAt: at });
  }
}
