import { testHold } from '../holds/hold.fixture';
import { ChangeFacts, ChangeInput, ChangeState, decideChange, isChangeOverdue } from './change-saga';

const beforeDeadline = new Date('2026-12-01T12:01:00Z');
const afterDeadline = new Date('2026-12-01T12:05:00Z');

const booking = { hold: { ...testHold, expiresAt: new Date('2026-11-30T12:00:00Z') }, bookingId: 'booking-1' };
const newSlot = { ...testHold, holdId: 'hold-2', startsAt: new Date('2026-12-04T21:00:00Z'), endsAt: new Date('2026-12-04T21:30:00Z') };
const cancel: ChangeFacts = { changeId: 'change-1', callId: 'call-9', kind: 'cancel', booking, confirms: 'cancel your cleaning on Thu 3 Dec', expiresAt: new Date('2026-12-01T12:05:00Z') };
const move: ChangeFacts = { ...cancel, changeId: 'change-2', kind: 'reschedule', newSlot, confirms: 'move your cleaning on Thu 3 Dec to Fri 4 Dec, 3:00 pm' };

const states: Record<string, ChangeState> = {
  NONE: { status: 'NONE' },
  VERIFYING: { status: 'VERIFYING', change: move, codeSent: false },
  VERIFYING_SENT: { status: 'VERIFYING', change: move, codeSent: true },
  DONE: { status: 'DONE', change: move, newBookingId: 'booking-2' },
  ABANDONED: { status: 'ABANDONED', change: move, reason: 'sms_failed' },
};

const inputs: Record<string, ChangeInput> = {
  RequestChange: { type: 'RequestChange', change: move },
  OtpSent: { type: 'OtpSent' },
  SmsFailed: { type: 'SmsFailed' },
  CodeVerified: { type: 'CodeVerified', newBookingId: 'booking-2' },
  CodeLocked: { type: 'CodeLocked' },
  Expire: { type: 'Expire' },
  CallEnded: { type: 'CallEnded' },
};

type Then = { status: string; reason?: string; codeSent?: boolean; outputs: string[] } | 'nothing';

const pending = (given: string): Array<[string, string, Then]> => [
  [given, 'RequestChange', 'nothing'],
  [given, 'OtpSent', given === 'VERIFYING' ? { status: 'VERIFYING', codeSent: true, outputs: [] } : 'nothing'],
  [given, 'SmsFailed', { status: 'ABANDONED', reason: 'sms_failed', outputs: ['ChangeAbandoned:sms_failed'] }],
  [given, 'CodeVerified', { status: 'DONE', outputs: ['BookingRescheduled'] }],
  [given, 'CodeLocked', { status: 'ABANDONED', reason: 'otp_locked', outputs: ['ChangeAbandoned:otp_locked'] }],
  [given, 'Expire', { status: 'ABANDONED', reason: 'expired', outputs: ['ChangeAbandoned:expired'] }],
  [given, 'CallEnded', { status: 'ABANDONED', reason: 'call_ended', outputs: ['ChangeAbandoned:call_ended'] }],
];

/** Given a state, when an input arrives before the deadline, then... Every state × input pair. */
const table: Array<[string, string, Then]> = [
  ['NONE', 'RequestChange', { status: 'VERIFYING', codeSent: false, outputs: ['ChangeRequested'] }],
  ...Object.keys(inputs)
    .filter((i) => i !== 'RequestChange')
    .map((input): [string, string, Then] => ['NONE', input, 'nothing']),
  ...pending('VERIFYING'),
  ...pending('VERIFYING_SENT'),
  ...Object.keys(inputs).map((input): [string, string, Then] => ['DONE', input, 'nothing']),
  ...Object.keys(inputs).map((input): [string, string, Then] => ['ABANDONED', input, 'nothing']),
];

const outputNames = (outputs: Array<{ type: string; reason?: string }>) => outputs.map((o) => (o.reason ? `${o.type}:${o.reason}` : o.type));

describe('change saga, before the deadline', () => {
  it('covers every state and input', () => {
    expect(table).toHaveLength(Object.keys(states).length * Object.keys(inputs).length);
  });

  it.each(table)('given %s, when %s, then %j', (given, when, then) => {
    const decision = decideChange(states[given]!, inputs[when]!, beforeDeadline);
    if (then === 'nothing') {
      expect(decision.outputs).toEqual([]);
      expect(decision.state).toBe(states[given]);
      return;
    }
    expect(outputNames(decision.outputs)).toEqual(then.outputs);
    expect(decision.state.status).toBe(then.status);
    if (then.reason) expect(decision.state).toMatchObject({ reason: then.reason });
    if (then.codeSent !== undefined) expect(decision.state).toMatchObject({ codeSent: then.codeSent });
  });
});

describe('change saga, at or after the deadline', () => {
  const late = Object.keys(inputs).filter((i) => i !== 'RequestChange');

  it.each(['VERIFYING', 'VERIFYING_SENT'].flatMap((given) => late.map((when) => [given, when])))('given %s, when %s arrives late, then the change is abandoned as expired', (given, when) => {
    const decision = decideChange(states[given]!, inputs[when]!, afterDeadline);
    expect(decision.state).toMatchObject({ status: 'ABANDONED', reason: 'expired' });
    expect(outputNames(decision.outputs)).toEqual(['ChangeAbandoned:expired']);
  });

  it.each(['DONE', 'ABANDONED'].flatMap((given) => late.map((when) => [given, when])))('given %s, when %s arrives late, then nothing', (given, when) => {
    expect(decideChange(states[given]!, inputs[when]!, afterDeadline)).toEqual({ state: states[given], outputs: [] });
  });

  it('the deadline is inclusive', () => {
    expect(isChangeOverdue(move, new Date(move.expiresAt.getTime() - 1))).toBe(false);
    expect(isChangeOverdue(move, move.expiresAt)).toBe(true);
  });
});

describe('change saga, by kind', () => {
  it('given a cancel, a verified code cancels the booking and books nothing new', () => {
    const decision = decideChange({ status: 'VERIFYING', change: cancel, codeSent: true }, { type: 'CodeVerified' }, beforeDeadline);
    expect(decision).toEqual({ state: { status: 'DONE', change: cancel }, outputs: [{ type: 'BookingCancelled' }] });
  });

  it('given a move, a verified code books the new slot under the id it brings', () => {
    expect(decideChange(states.VERIFYING_SENT!, inputs.CodeVerified!, beforeDeadline).state).toEqual({ status: 'DONE', change: move, newBookingId: 'booking-2' });
  });

  it('given a move, a verified code without a new booking id is a programming error', () => {
    expect(() => decideChange(states.VERIFYING_SENT!, { type: 'CodeVerified' }, beforeDeadline)).toThrow(TypeError);
  });

  it('is pure: the given state is never modified', () => {
    const given = structuredClone(states.VERIFYING!);
    decideChange(given, inputs.CodeVerified!, beforeDeadline);
    expect(given).toEqual(states.VERIFYING);
  });
});
