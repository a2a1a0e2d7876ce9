import { randomUUID } from 'node:crypto';

/** The time source of edge code. Domain functions never read it: they receive `now` as an argument. */
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock a test sets and moves by hand. */
export class ManualClock extends Clock {
  constructor(private current: Date = new Date('2026-12-01T12:00:00Z')) {
    super();
  }

  override now(): Date {
    return new Date(this.current.getTime());
  }

  set(at: Date): void {
    this.current = new Date(at.getTime());
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export class IdGenerator {
  next(): string {
    return randomUUID();
  }
}
