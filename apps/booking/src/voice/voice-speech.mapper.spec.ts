import type { SlotView } from '../availability/availability.dto';
import { testHold } from '../holds/hold.fixture';
import * as say from './voice-speech.mapper';

const zone = 'America/Chicago';
const slot = (startsAt: string, resourceName: string): SlotView => ({ resourceId: resourceName, resourceName, startsAt, endsAt: startsAt, label: '' });
const oneLine = (text: string) => expect(text).not.toMatch(/[\n\r]/);

describe('the voice speech mapper', () => {
  it('offers times with the day once, then what changes', () => {
    const answer = say.availabilityAnswer([slot('2026-12-03T15:15:00Z', 'Dr Lee'), slot('2026-12-03T16:30:00Z', 'Dr Ray')], zone, {}, 'Cleaning');
    expect(answer).toMatchObject({ ok: true, say: 'I can do Thursday the 3rd at 9:15 in the morning with Dr Lee, or 10:30 with Dr Ray. Which would you like?' });
    expect(answer.fields).toMatchObject({ slots: [{ startsAt: '2026-12-03T15:15:00Z', localTime: '2026-12-03 09:15', practitioner: 'Dr Lee' }, { localTime: '2026-12-03 10:30' }] });
  });

  it('says the part of the day, the day and the practitioner again only when they change', () => {
    const text = say.spokenSlots([slot('2026-12-03T15:15:00Z', 'Dr Lee'), slot('2026-12-03T20:00:00Z', 'Dr Lee'), slot('2026-12-04T15:00:00Z', 'Dr Ray')], zone);
    expect(text).toBe('Thursday the 3rd at 9:15 in the morning with Dr Lee, 2:00 in the afternoon, or Friday the 4th at 9:00 in the morning with Dr Ray');
  });

  it('says a hold and where the code went', () => {
    const answer = say.placementAnswer({ type: 'Placed', state: { status: 'HELD', hold: { ...testHold, startsAt: new Date('2026-12-03T15:15:00Z') } } }, zone, '+13125550147', new Date('2026-12-03T15:15:00Z'));
    expect(answer.say).toBe("I've held 9:15 on Thursday and texted a six-digit code to the number ending 0147. Could you read it to me?");
    expect(answer.fields).toMatchObject({ holdId: 'hold-1', status: 'HELD' });
  });

  it('offers the alternatives of a taken time on the same day without repeating it', () => {
    const answer = say.placementAnswer({ type: 'SlotTaken', alternatives: [slot('2026-12-03T15:30:00Z', 'Dr Lee'), slot('2026-12-03T16:00:00Z', 'Dr Ray')] }, zone, '+13125550147', new Date('2026-12-03T15:15:00Z'));
    expect(answer).toMatchObject({ ok: false, say: 'That time has just been taken. I can do 9:30 or 10:00 instead.' });
  });

  it('answers every result of every use case with one line, never a code alone', () => {
    const answers = [
      say.placementAnswer({ type: 'NotBookable', reason: 'in_past' }, zone, '+13125550147', new Date()),
      say.placementAnswer({ type: 'NotBookable', reason: 'outside_hours', nextOpening: { at: new Date('2026-12-04T14:00:00Z'), label: '' } }, zone, '+13125550147', new Date()),
      say.placementAnswer({ type: 'NotFound', missing: 'resource_not_eligible' }, zone, '+13125550147', new Date()),
      say.confirmAnswer({ type: 'Confirmed', bookingId: 'b1' }, testHold),
      say.confirmAnswer({ type: 'CodeWrong', attemptsLeft: 1 }, testHold),
      say.confirmAnswer({ type: 'Released', reason: 'expired' }, testHold),
      say.confirmAnswer({ type: 'OtpUnavailable', cause: 'TimeoutError' }, testHold),
      say.resendAnswer({ type: 'Cooldown', retryAfterSeconds: 30 }, testHold),
      say.resendAnswer({ type: 'SmsFailed' }, testHold),
      say.cancelAnswer({ type: 'AlreadyConfirmed' }),
      say.callerContextAnswer({ firstName: 'Sam', appointmentTypeName: 'Cleaning', practitionerName: 'Dr Lee', slotLabel: 'Thursday 3 December, 3:00 pm', outcome: 'missed' }),
      say.askFor('code', 'missing'),
      say.somethingWrong(),
    ];
    for (const answer of answers) {
      oneLine(answer.say);
      expect(answer.say).toMatch(/^[A-Z].*[.?!]$/);
    }
    expect(answers[3]!.say).toBe("You're booked for a cleaning on Thursday the 3rd at 3:00 in the afternoon with Dr Lee. See you then!");
    expect(answers[4]!.say).toBe("That code doesn't match. Could you read it again? You have 1 more try.");
    expect(answers[10]!.say).toBe("Sam called before about a cleaning with Dr Lee on Thursday 3 December, 3:00 pm, which wasn't confirmed.");
  });

  it('asks which one, by name, when a name is ambiguous', () => {
    const items = [{ id: 'a', name: 'Dr Sam Lee' }, { id: 'b', name: 'Dr Kim Lee' }];
    expect(say.nameProblem('practitioner', 'Dr Lee', { type: 'ambiguous', items }, items).say).toBe('Did you mean Dr Sam Lee or Dr Kim Lee?');
  });
});
