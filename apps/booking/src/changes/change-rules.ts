import { DateTime } from 'luxon';
import type { ChangeKind } from '@mo/contracts';
import type { HoldFacts } from '../holds/hold-saga';

/** Whether a booking starting at `startsAt` may still be changed by phone. Pure. */
export function withinNotice(startsAt: Date, minNoticeHours: number, now: Date): boolean {
  return startsAt.getTime() - now.getTime() > minNoticeHours * 3600_000;
}

const day = (at: Date, timezone: string) => DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat('ccc d LLL');
const dayAndTime = (at: Date, timezone: string) => DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat("ccc d LLL 'at' h:mm a");
/** A one-word type is said in lower case ("your cleaning"); anything longer stays as the clinic wrote it. */
const spoken = (name: string): string => (/^[A-Z][a-z]+$/.test(name) ? name.toLowerCase() : name);

/** What a change's code confirms, as the SMS says it: "cancel your cleaning on Thu 3 Dec". Pure. */
export function confirmsText(kind: ChangeKind, booking: HoldFacts, newSlot?: HoldFacts): string {
  const what = `your ${spoken(booking.appointmentTypeName)} on ${day(booking.startsAt, booking.timezone)}`;
  return kind === 'cancel' || !newSlot ? `cancel ${what}` : `move ${what} to ${dayAndTime(newSlot.startsAt, newSlot.timezone)}`;
}

/** The sentence the agent can say when a booking is too close to change. */
export const tooLateSentence = (minNoticeHours: number): string =>
  minNoticeHours === 0
    ? "This appointment has already started, so it can't be changed by phone; please call the clinic."
    : `This appointment is less than ${minNoticeHours} hours away, so it can't be changed by phone now; please call the clinic.`;
