import { testHold as hold, thrownApiError as thrown } from './hold.fixture';
import { cancelOutcome, confirmOutcome, placementOutcome, resendOutcome } from './hold-http.mapper';

describe('the holds HTTP mapper', () => {
  it('given a placed hold, then 201 with its view; given a taken slot, then 409 with the alternatives', () => {
    expect(placementOutcome({ type: 'Placed', state: { status: 'HELD', hold } })).toMatchObject({ status: 201, body: { holdId: 'hold-1', status: 'HELD' } });
    expect(placementOutcome({ type: 'SlotTaken', alternatives: [] })).toMatchObject({ status: 409, body: { error: 'slot_taken', alternatives: [] } });
  });

  it('given an unbookable slot or a missing resource, then a client error is thrown, so an idempotency key rolls back', () => {
    const next = { at: new Date('2026-12-02T15:00:00Z'), label: 'Wednesday 2 December, 9:00 am' };
    expect(thrown(() => placementOutcome({ type: 'NotBookable', reason: 'outside_hours', nextOpening: next })).body()).toMatchObject({
      error: 'outside_working_hours',
      field: 'startsAt',
      nextOpenAt: '2026-12-02T15:00:00.000Z',
      nextOpenLabel: next.label,
    });
    expect(thrown(() => placementOutcome({ type: 'NotBookable', reason: 'in_past' })).code).toBe('slot_in_past');
    expect(thrown(() => placementOutcome({ type: 'NotFound', missing: 'resource_not_eligible' }))).toMatchObject({ status: 422, code: 'resource_cannot_do_type' });
  });

  it('given a released hold, then 410 naming expiry apart from other reasons', () => {
    expect(confirmOutcome({ type: 'Released', reason: 'expired' })).toMatchObject({ status: 410, body: { error: 'hold_expired', reason: 'expired' } });
    expect(resendOutcome({ type: 'Released', reason: 'sms_failed' })).toMatchObject({ status: 410, body: { error: 'hold_released', reason: 'sms_failed' } });
  });

  it('given a resend cooldown, then 429 with a retry-after header', () => {
    expect(resendOutcome({ type: 'Cooldown', retryAfterSeconds: 20 })).toMatchObject({ status: 429, headers: { 'retry-after': '20' }, body: { retryAfterSeconds: 20 } });
  });

  it('given otp-sms did not answer, then 503 is thrown; given a missing hold, then 404', () => {
    expect(thrown(() => confirmOutcome({ type: 'OtpUnavailable', cause: 'TimeoutError' }))).toMatchObject({ status: 503, code: 'otp_unavailable' });
    expect(thrown(() => cancelOutcome({ type: 'HoldNotFound' }))).toMatchObject({ status: 404, code: 'hold_not_found' });
  });

  it('given a confirmed hold asked to cancel, then 409 already_confirmed', () => {
    expect(cancelOutcome({ type: 'AlreadyConfirmed' })).toMatchObject({ status: 409, body: { error: 'already_confirmed' } });
  });
});
