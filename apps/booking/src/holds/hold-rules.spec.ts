import { testSchedule as schedule } from '../clinic/schedule.fixture';
import { PlaceHoldCommand } from './hold-results';
import { checkBookable, newHold } from './hold-rules';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-01T00:00:00Z');

describe('checkBookable', () => {
  const s = schedule({ closures: [{ resourceId: 'lee', start: at('2026-12-02T17:00Z'), end: at('2026-12-02T18:00Z') }] });

  it.each([
    ['2026-12-02T15:00:00Z', 'lee', 'ok'],
    ['2026-12-02T15:10:00Z', 'lee', 'ok'],
    ['2026-12-02T17:15:00Z', 'lee', 'closed'],
    ['2026-12-02T17:45:00Z', 'lee', 'outside_hours'],
    ['2026-12-02T14:45:00Z', 'lee', 'outside_hours'],
    ['2026-12-02T17:45:00Z', 'ray', 'outside_hours'],
    ['2026-11-30T15:00:00Z', 'lee', 'in_past'],
    ['2026-12-02T15:00:00Z', 'nobody', 'outside_hours'],
  ])('a slot at %s for %s is %s', (start, resource, expected) => {
    expect(checkBookable(s, resource, at(start), now)).toBe(expected);
  });

  it('given a slot starting exactly now, when checked, then it is in the past', () => {
    expect(checkBookable(schedule(), 'lee', now, now)).toBe('in_past');
  });
});

describe('newHold', () => {
  const command: PlaceHoldCommand = {
    callId: 'call-1',
    appointmentTypeId: 'type',
    resourceId: 'ray',
    startsAt: at('2026-12-02T16:00:00Z'),
    caller: { phone: '+13125550147', firstName: 'Sam' },
  };

  it('given a schedule and a command, when a hold is made, then it carries the facts, the spoken time and the deadline', () => {
    expect(newHold(schedule(), command, 'hold-1', now)).toEqual({
      holdId: 'hold-1',
      callId: 'call-1',
      resourceId: 'ray',
      resourceName: 'Dr Ray',
      appointmentTypeId: 'type',
      appointmentTypeName: 'Cleaning',
      startsAt: at('2026-12-02T16:00:00Z'),
      endsAt: at('2026-12-02T16:30:00Z'),
      startsLocal: 'Wednesday 2 December, 10:00 am',
      timezone: 'America/Chicago',
      clinicName: 'Demo Dental',
      callerPhone: '+13125550147',
      callerFirstName: 'Sam',
      expiresAt: at('2026-12-01T00:05:00Z'),
    });
  });

  it('given a caller without a first name, when a hold is made, then it has no first name at all', () => {
    const hold = newHold(schedule(), { ...command, caller: { phone: '+13125550147' } }, 'hold-1', now);
    expect(hold).not.toHaveProperty('callerFirstName');
  });

  it('given a resource outside the schedule, when a hold is made, then it refuses', () => {
    expect(() => newHold(schedule(), { ...command, resourceId: 'nobody' }, 'hold-1', now)).toThrow(TypeError);
  });
});
