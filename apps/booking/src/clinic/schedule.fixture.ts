import { Schedule } from './schedule';

/** For unit specs: a clinic in Chicago with Dr Lee (9–12) and Dr Ray (10–11) every day. */
export const everyDay = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

export function testSchedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    clinicName: 'Demo Dental',
    timezone: 'America/Chicago',
    stepMinutes: 30,
    holdTtlSeconds: 300,
    bookingHorizonDays: 365,
    appointmentType: { id: 'type', name: 'Cleaning', durationMinutes: 30 },
    resources: [
      { id: 'lee', name: 'Dr Lee', hours: everyDay('09:00', '12:00') },
      { id: 'ray', name: 'Dr Ray', hours: everyDay('10:00', '11:00') },
    ],
    closures: [],
    busy: [],
    ...overrides,
  };
}
