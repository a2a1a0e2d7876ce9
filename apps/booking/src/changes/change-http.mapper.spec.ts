import { testHold, thrownApiError as thrown } from '../holds/hold.fixture';
import { confirmChangeOutcome, requestOutcome } from './change-http.mapper';
import { ChangeFacts } from './change-saga';

const booking = { hold: testHold, bookingId: 'booking-1' };
const newSlot = { ...testHold, holdId: 'hold-2', startsAt: new Date('2026-12-04T21:00:00Z'), startsLocal: 'Friday 4 December, 3:00 pm' };
const move: ChangeFacts = { changeId: 'change-1', callId: 'call-1', kind: 'reschedule', booking, newSlot, confirms: 'move …', expiresAt: new Date('2026-12-01T12:05:00Z') };

describe('the appointment-change HTTP mapper', () => {
  it('answers a started move 202 with the new slot', () => {
    expect(requestOutcome({ type: 'Requested', state: { status: 'VERIFYING', change: move, codeSent: false } })).toEqual({
      status: 202,
      body: { changeId: 'change-1', status: 'VERIFYING', startsAt: '2026-12-04T21:00:00.000Z', label: 'Friday 4 December, 3:00 pm', expiresAt: '2026-12-01T12:05:00.000Z' },
    });
  });

  it('refuses inside the notice window with 422 too_late_to_change and a sentence', () => {
    const error = thrown(() => requestOutcome({ type: 'TooLate', minNoticeHours: 24 }));
    expect(error.status).toBe(422);
    expect(error.code).toBe('too_late_to_change');
    expect(error.message).toContain('please call the clinic');
  });

  it('answers another tenant’s or a missing booking 404', () => {
    expect(thrown(() => requestOutcome({ type: 'BookingNotFound' })).status).toBe(404);
  });

  it('answers a done move 200 RESCHEDULED with both bookings', () => {
    expect(confirmChangeOutcome({ type: 'Done', state: { status: 'DONE', change: move, newBookingId: 'booking-2' } }).body).toMatchObject({
      status: 'RESCHEDULED',
      bookingId: 'booking-2',
      previousBookingId: 'booking-1',
    });
  });

  it.each([
    ['expired', 'change_expired'],
    ['otp_locked', 'change_abandoned'],
  ] as const)('answers a change abandoned as %s 410 %s', (reason, error) => {
    expect(confirmChangeOutcome({ type: 'Abandoned', reason })).toEqual({ status: 410, body: { error, message: expect.any(String), reason } });
  });

  it('answers a wrong code 422 with attemptsLeft', () => {
    expect(confirmChangeOutcome({ type: 'CodeWrong', attemptsLeft: 3 })).toMatchObject({ status: 422, body: { error: 'otp_invalid', attemptsLeft: 3 } });
  });
});
