import { HoldState } from './hold-saga';
import { HoldView } from './hold.dto';

/** The API's view of a hold. Pure. */
export function holdView(state: Exclude<HoldState, { status: 'NONE' }>): HoldView {
  const { hold } = state;
  return {
    holdId: hold.holdId,
    status: state.status,
    ...(state.status === 'RELEASED' ? { releaseReason: state.reason } : {}),
    ...(state.status === 'CONFIRMED' ? { bookingId: state.bookingId } : {}),
    callId: hold.callId,
    expiresAt: hold.expiresAt.toISOString(),
    startsAt: hold.startsAt.toISOString(),
    endsAt: hold.endsAt.toISOString(),
    label: hold.startsLocal,
    resource: { id: hold.resourceId, name: hold.resourceName },
    appointmentType: { id: hold.appointmentTypeId, name: hold.appointmentTypeName },
  };
}
