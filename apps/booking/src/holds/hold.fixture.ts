import { ApiError } from '@mo/http';
import { HoldFacts } from './hold-saga';

/** For unit specs: a hold for Sam's cleaning with Dr Lee, due at 12:05 UTC on 1 December. */
export const testHold: HoldFacts = {
  holdId: 'hold-1',
  callId: 'call-1',
  resourceId: 'lee',
  resourceName: 'Dr Lee',
  appointmentTypeId: 'cleaning',
  appointmentTypeName: 'Cleaning',
  startsAt: new Date('2026-12-03T21:00:00Z'),
  endsAt: new Date('2026-12-03T21:30:00Z'),
  startsLocal: 'Thursday 3 December, 3:00 pm',
  timezone: 'America/Chicago',
  clinicName: 'Demo Dental',
  callerPhone: '+13125550147',
  callerFirstName: 'Sam',
  expiresAt: new Date('2026-12-01T12:05:00Z'),
};

/** For mapper specs: the ApiError a mapper throws for a client error. */
export function thrownApiError(map: () => unknown): ApiError {
  try {
    map();
  } catch (error) {
    if (error instanceof ApiError) return error;
  }
  throw new Error('expected an ApiError');
}
