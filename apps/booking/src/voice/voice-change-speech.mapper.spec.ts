import { testHold } from '../holds/hold.fixture';
import type { ChangeFacts } from '../changes/change-saga';
import * as say from './voice-change-speech.mapper';

const booking = { hold: testHold, bookingId: 'booking-1' };
const newSlot = { ...testHold, holdId: 'hold-2', startsAt: new Date('2026-12-04T21:00:00Z'), startsLocal: 'Friday 4 December, 3:00 pm' };
const cancel: ChangeFacts = { changeId: 'change-1', callId: 'call-1', kind: 'cancel', booking, confirms: 'cancel …', expiresAt: new Date('2026-12-01T12:05:00Z') };
const move: ChangeFacts = { ...cancel, kind: 'reschedule', newSlot, confirms: 'move …' };
const oneLine = (text: string) => expect(text).not.toMatch(/[\n\r]/);

describe('the voice speech of appointment changes', () => {
  it("lists the caller's appointments in one sentence, and says when there are none", () => {
    const second = { hold: { ...newSlot, resourceName: 'Dr Ray' }, bookingId: 'booking-2' };
    const answer = say.appointmentsAnswer({ type: 'Found', appointments: [booking, second] });
    expect(answer).toMatchObject({
      ok: true,
      say: 'You have 2 appointments: a cleaning on Thursday the 3rd at 3:00 in the afternoon with Dr Lee and a cleaning on Friday the 4th at 3:00 in the afternoon with Dr Ray.',
    });
    expect(answer.fields).toMatchObject({ appointments: [{ bookingId: 'booking-1', startsAt: '2026-12-03T21:00:00.000Z' }, { bookingId: 'booking-2' }] });
    expect(say.appointmentsAnswer({ type: 'Found', appointments: [] }).say).toBe("I can't find any upcoming appointments for this number.");
  });

  it('says a started cancel and a started move, and where the code went', () => {
    const cancelled = say.requestAnswer({ type: 'Requested', state: { status: 'VERIFYING', change: cancel, codeSent: false } }, booking);
    expect(cancelled.say).toBe("To cancel your cleaning on Thursday the 3rd at 3:00 in the afternoon with Dr Lee, I've texted a six-digit code to the number ending 0147. Could you read it to me?");
    const moved = say.requestAnswer({ type: 'Requested', state: { status: 'VERIFYING', change: move, codeSent: false } }, booking);
    expect(moved).toMatchObject({ ok: true, say: expect.stringMatching(/^I've held Friday the 4th at 3:00 in the afternoon for you, I've texted/), fields: { changeId: 'change-1', startsAt: '2026-12-04T21:00:00.000Z' } });
  });

  it('refuses a taken time with alternatives, a change inside the notice window, and a booking not theirs', () => {
    const alternatives = [{ resourceId: 'lee', resourceName: 'Dr Lee', startsAt: '2026-12-04T21:30:00Z', endsAt: '', label: '' }];
    expect(say.requestAnswer({ type: 'SlotTaken', alternatives }, booking, newSlot.startsAt)).toMatchObject({ ok: false, say: 'That time has just been taken. I can do 3:30 instead.', fields: { error: 'slot_taken' } });
    expect(say.requestAnswer({ type: 'TooLate', minNoticeHours: 24 }, booking)).toMatchObject({ ok: false, say: expect.stringMatching(/please call the clinic\.$/), fields: { error: 'too_late_to_change' } });
    expect(say.requestAnswer({ type: 'BookingNotFound' }, booking).fields).toEqual({ error: 'booking_not_found' });
    expect(say.requestAnswer({ type: 'ChangePending', changeId: 'change-1' }, booking).fields).toEqual({ error: 'change_pending', changeId: 'change-1' });
  });

  it('says a confirmed cancel and a confirmed move', () => {
    const cancelled = say.confirmChangeAnswer({ type: 'Done', state: { status: 'DONE', change: cancel } });
    expect(cancelled).toMatchObject({ ok: true, say: "I've cancelled your cleaning on Thursday the 3rd at 3:00 in the afternoon with Dr Lee. Is there anything else I can help with?", fields: { status: 'CANCELLED', bookingId: 'booking-1' } });
    const moved = say.confirmChangeAnswer({ type: 'Done', state: { status: 'DONE', change: move, newBookingId: 'booking-9' } });
    expect(moved).toMatchObject({ say: 'Done: your cleaning is now on Friday the 4th at 3:00 in the afternoon with Dr Lee.', fields: { status: 'RESCHEDULED', bookingId: 'booking-9', previousBookingId: 'booking-1' } });
  });

  it('answers a wrong code with the tries left, and an abandoned change as leaving the booking as it was', () => {
    expect(say.confirmChangeAnswer({ type: 'CodeWrong', attemptsLeft: 1 }).say).toBe("That code doesn't match. Could you read it again? You have 1 more try.");
    expect(say.confirmChangeAnswer({ type: 'Abandoned', reason: 'expired' })).toMatchObject({ ok: false, fields: { error: 'change_expired' } });
    expect(say.confirmChangeAnswer({ type: 'OtpUnavailable', cause: 'Timeout' })).toMatchObject({ ok: false, transient: true });
    for (const a of [say.confirmChangeAnswer({ type: 'NoCodeSent' }), say.confirmChangeAnswer({ type: 'ChangeNotFound' }), say.noAppointment()]) oneLine(a.say);
  });
});
