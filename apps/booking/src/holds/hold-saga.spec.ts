import { decide, HoldInput, HoldState, isPastDeadline } from './hold-saga';
import { testHold as hold } from './hold.fixture';

const beforeDeadline = new Date('2026-12-01T12:01:00Z');
const afterDeadline = new Date('2026-12-01T12:05:00Z');

const states: Record<string, HoldState> = {
  NONE: { status: 'NONE' },
  HELD: { status: 'HELD', hold },
  OTP_SENT: { status: 'OTP_SENT', hold },
  CONFIRMED: { status: 'CONFIRMED', hold, bookingId: 'booking-1' },
  RELEASED: { status: 'RELEASED', hold, reason: 'sms_failed' },
};

const inputs: Record<string, HoldInput> = {
  PlaceHold: { type: 'PlaceHold', hold },
  BookVerified: { type: 'BookVerified', hold, bookingId: 'booking-3' },
  OtpSent: { type: 'OtpSent' },
  SmsFailed: { type: 'SmsFailed' },
  CodeVerified: { type: 'CodeVerified', bookingId: 'booking-2' },
  CodeLocked: { type: 'CodeLocked' },
  CallEnded: { type: 'CallEnded' },
  Cancel: { type: 'Cancel' },
  CheckExpiry: { type: 'CheckExpiry' },
};

type Then = { status: string; reason?: string; bookingId?: string; outputs: string[] } | 'nothing';

/** Given a state, when an input arrives before the deadline, then... Every state × input pair. */
const table: Array<[string, string, Then]> = [
  ['NONE', 'PlaceHold', { status: 'HELD', outputs: ['SlotHeld'] }],
  ['NONE', 'BookVerified', { status: 'CONFIRMED', bookingId: 'booking-3', outputs: ['BookingConfirmed'] }],
  ['NONE', 'OtpSent', 'nothing'],
  ['NONE', 'SmsFailed', 'nothing'],
  ['NONE', 'CodeVerified', 'nothing'],
  ['NONE', 'CodeLocked', 'nothing'],
  ['NONE', 'CallEnded', 'nothing'],
  ['NONE', 'Cancel', 'nothing'],
  ['NONE', 'CheckExpiry', 'nothing'],

  ['HELD', 'PlaceHold', 'nothing'],
  ['HELD', 'BookVerified', 'nothing'],
  ['HELD', 'OtpSent', { status: 'OTP_SENT', outputs: [] }],
  ['HELD', 'SmsFailed', { status: 'RELEASED', reason: 'sms_failed', outputs: ['HoldReleased:sms_failed'] }],
  ['HELD', 'CodeVerified', { status: 'CONFIRMED', bookingId: 'booking-2', outputs: ['BookingConfirmed'] }],
  ['HELD', 'CodeLocked', { status: 'RELEASED', reason: 'otp_locked', outputs: ['HoldReleased:otp_locked'] }],
  ['HELD', 'CallEnded', { status: 'RELEASED', reason: 'call_ended', outputs: ['HoldReleased:call_ended', 'ConfirmationMissed:call_ended'] }],
  ['HELD', 'Cancel', { status: 'RELEASED', reason: 'cancelled', outputs: ['HoldReleased:cancelled'] }],
  ['HELD', 'CheckExpiry', 'nothing'],

  ['OTP_SENT', 'PlaceHold', 'nothing'],
  ['OTP_SENT', 'BookVerified', 'nothing'],
  ['OTP_SENT', 'OtpSent', 'nothing'],
  ['OTP_SENT', 'SmsFailed', { status: 'RELEASED', reason: 'sms_failed', outputs: ['HoldReleased:sms_failed'] }],
  ['OTP_SENT', 'CodeVerified', { status: 'CONFIRMED', bookingId: 'booking-2', outputs: ['BookingConfirmed'] }],
  ['OTP_SENT', 'CodeLocked', { status: 'RELEASED', reason: 'otp_locked', outputs: ['HoldReleased:otp_locked'] }],
  ['OTP_SENT', 'CallEnded', { status: 'RELEASED', reason: 'call_ended', outputs: ['HoldReleased:call_ended', 'ConfirmationMissed:call_ended'] }],
  ['OTP_SENT', 'Cancel', { status: 'RELEASED', reason: 'cancelled', outputs: ['HoldReleased:cancelled'] }],
  ['OTP_SENT', 'CheckExpiry', 'nothing'],

  ...Object.keys(inputs).map((input): [string, string, Then] => ['CONFIRMED', input, 'nothing']),
  ...Object.keys(inputs).map((input): [string, string, Then] => ['RELEASED', input, 'nothing']),
];

const outputNames = (outputs: Array<{ type: string; reason?: string }>) => outputs.map((o) => (o.reason ? `${o.type}:${o.reason}` : o.type));

describe('hold saga, before the deadline', () => {
  it('covers every state and input', () => {
    expect(table).toHaveLength(Object.keys(states).length * Object.keys(inputs).length);
  });

  it.each(table)('given %s, when %s, then %j', (given, when, then) => {
    const decision = decide(states[given]!, inputs[when]!, beforeDeadline);
    if (then === 'nothing') {
      expect(decision.outputs).toEqual([]);
      expect(decision.state).toBe(states[given]);
      return;
    }
    expect(outputNames(decision.outputs)).toEqual(then.outputs);
    expect(decision.state.status).toBe(then.status);
    if (then.reason) expect(decision.state).toMatchObject({ reason: then.reason });
    if (then.bookingId) expect(decision.state).toMatchObject({ bookingId: then.bookingId });
  });
});

describe('hold saga, at or after the deadline', () => {
  const late = Object.keys(inputs).filter((i) => i !== 'PlaceHold' && i !== 'BookVerified');

  it.each(['HELD', 'OTP_SENT'].flatMap((given) => late.map((when) => [given, when])))(
    'given %s, when %s arrives late, then the hold expires and the caller gets a follow-up',
    (given, when) => {
      const decision = decide(states[given]!, inputs[when]!, afterDeadline);
      expect(decision.state).toMatchObject({ status: 'RELEASED', reason: 'expired' });
      expect(outputNames(decision.outputs)).toEqual(['HoldExpired', 'ConfirmationMissed:expired']);
    },
  );

  it.each(['CONFIRMED', 'RELEASED'].flatMap((given) => late.map((when) => [given, when])))('given %s, when %s arrives late, then nothing', (given, when) => {
    expect(decide(states[given]!, inputs[when]!, afterDeadline).outputs).toEqual([]);
  });

  it('given a confirmed hold, an SMS failure reported afterwards changes nothing', () => {
    const decision = decide(states.CONFIRMED!, inputs.SmsFailed!, beforeDeadline);
    expect(decision.state).toEqual(states.CONFIRMED);
  });

  it('is pure: the given state is never modified', () => {
    const given = structuredClone(states.OTP_SENT!);
    decide(given, inputs.CodeVerified!, beforeDeadline);
    expect(given).toEqual(states.OTP_SENT);
  });
});

describe('hold saga, refusals and the deadline rule', () => {
  it('given a confirmed hold, when the caller cancels, then it is refused and nothing changes', () => {
    const decision = decide(states.CONFIRMED!, inputs.Cancel!, beforeDeadline);
    expect(decision).toEqual({ state: states.CONFIRMED, outputs: [], refused: 'already_confirmed' });
  });

  it.each(['HELD', 'OTP_SENT', 'RELEASED'])('given %s, when the caller cancels, then nothing is refused', (given) => {
    expect(decide(states[given]!, inputs.Cancel!, beforeDeadline).refused).toBeUndefined();
  });

  it.each(Object.keys(inputs).filter((i) => i !== 'Cancel'))('given a confirmed hold, when %s arrives, then nothing is refused', (when) => {
    expect(decide(states.CONFIRMED!, inputs[when]!, beforeDeadline).refused).toBeUndefined();
  });

  it('the deadline is inclusive: a hold is past it at its expiry instant, not a millisecond before', () => {
    expect(isPastDeadline(hold, new Date(hold.expiresAt.getTime() - 1))).toBe(false);
    expect(isPastDeadline(hold, hold.expiresAt)).toBe(true);
  });
});
