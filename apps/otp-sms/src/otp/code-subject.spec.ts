import { decideSubject, SubjectEvent, SubjectState } from './code-subject';

const now = new Date('2026-12-02T10:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
/** SlotHeld of a hold that expires in five minutes, the usual case. */
const opened: SubjectEvent = { kind: 'opened', expiresAt: minutes(5) };
const closed: SubjectEvent = { kind: 'closed' };

/** Given the events so far (each handled at `now`), the state they leave. */
function given(...events: SubjectEvent[]): SubjectState {
  let state: SubjectState = 'none';
  for (const event of events) {
    const decision = decideSubject(state, event, now);
    if (decision.kind !== 'nothing') state = decision.next;
  }
  return state;
}

describe('a code subject', () => {
  it('issues a code for a hold never seen', () => {
    expect(decideSubject(given(), opened, now)).toEqual({ kind: 'issue_code', next: 'issued' });
  });

  it('issues nothing for a repeated SlotHeld', () => {
    expect(decideSubject(given(opened), opened, now)).toEqual({ kind: 'nothing', why: 'duplicate' });
  });

  it('closes an issued hold and voids its code', () => {
    expect(decideSubject(given(opened), closed, now)).toEqual({ kind: 'close', next: 'closed', voidCode: true });
  });

  it('leaves a tombstone when the release comes first, and issues nothing on the SlotHeld after it', () => {
    expect(decideSubject(given(), closed, now)).toEqual({ kind: 'close', next: 'closed', voidCode: false });
    expect(decideSubject(given(closed), opened, now)).toEqual({ kind: 'nothing', why: 'already_closed' });
  });

  it('decides nothing on a second close (an expiry after a release, a late confirmation)', () => {
    expect(decideSubject(given(opened, closed), closed, now)).toEqual({ kind: 'nothing', why: 'already_closed' });
    expect(given(opened, closed, opened)).toBe('closed');
  });

  it('given no tombstone (pruned, or never written), refuses a SlotHeld replayed after its hold expired', () => {
    expect(decideSubject(given(), { kind: 'opened', expiresAt: minutes(-60 * 24) }, now)).toEqual({ kind: 'nothing', why: 'expired' });
  });

  it('refuses a SlotHeld handled at the very moment its hold expires, and leaves the subject unopened', () => {
    expect(decideSubject(given(), { kind: 'opened', expiresAt: now }, now)).toEqual({ kind: 'nothing', why: 'expired' });
    expect(given({ kind: 'opened', expiresAt: now })).toBe('none');
  });

  it('still closes a subject whose SlotHeld came too late, so a later SlotHeld finds the tombstone', () => {
    expect(decideSubject(given({ kind: 'opened', expiresAt: minutes(-1) }), closed, now)).toEqual({ kind: 'close', next: 'closed', voidCode: false });
  });
});
