/** A clinic's schedule for a window, as the slot engine needs it. Plain data, no I/O. */
export interface Schedule {
  clinicName: string;
  /** IANA zone; working hours are wall-clock times in it. */
  timezone: string;
  stepMinutes: number;
  holdTtlSeconds: number;
  /** No slot is offered or held that starts later than this many days from now. */
  bookingHorizonDays: number;
  appointmentType: { id: string; name: string; durationMinutes: number };
  /** The resources that can do the appointment type. */
  resources: ScheduledResource[];
  /** A null resourceId closes the whole clinic. */
  closures: Array<Interval & { resourceId: string | null }>;
  /** Live holds and bookings. */
  busy: Array<Interval & { resourceId: string }>;
}

export interface ScheduledResource {
  id: string;
  name: string;
  /** ISO weekday (1 = Monday) and "HH:MM" or "HH:MM:SS" wall-clock times. */
  hours: Array<{ weekday: number; opens: string; closes: string }>;
}

export interface Interval {
  start: Date;
  end: Date;
}
