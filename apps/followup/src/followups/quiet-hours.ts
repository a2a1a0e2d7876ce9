import { DateTime } from 'luxon';

/**
 * The first moment at or after `now` inside the clinic's sending hours (wall-clock, in its zone):
 * `now` itself when inside, else today's or the next day's opening. `closes` may be "24:00". Pure.
 */
export function nextSendingMoment(now: Date, timezone: string, opens: string, closes: string): Date {
  const local = DateTime.fromJSDate(now, { zone: timezone });
  const at = (day: DateTime, time: string) => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    // "24:00" closes at the end of the day, so a whole day's window ("00:00"-"24:00") has no gap.
    if (hour === 24) return at(day.plus({ days: 1 }), '00:00');
    return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: timezone });
  };
  const start = at(local, opens);
  const end = at(local, closes);
  if (local >= start && local < end) return now;
  if (local < start) return start.toJSDate();
  return at(local.plus({ days: 1 }), opens).toJSDate();
}

/** How the SMS says a slot, short: "Tue 3 Dec at 3:00 pm". */
export function shortLabel(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat("ccc d LLL 'at' h:mm a");
}
