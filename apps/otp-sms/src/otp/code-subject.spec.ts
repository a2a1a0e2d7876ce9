import { decideSubject, SubjectEvent, SubjectState } from './code-subject';

const opened: SubjectEvent = { kind: 'opened' };
const closed: SubjectEvent = { kind: 'closed' };

/** Given the events so far, the state they leave. */
function given(...events: SubjectEvent[]): SubjectState {
  let state: SubjectState = 'none';
  for (const event of events) {
    const decision = decideSubject(state, event);
    if (decision.kind !== 'nothing') state = decision.next;
  }
  return state;
}

describe('a code subject', () => {
  it('issues a code for a hold never seen', () => {
    expect(decideSubject(given(), opened)).toEqual({ kind: 'issue_code', next: 'issued' });
  });

  it('issues nothing for a repeated SlotHeld', () => {
    expect(decideSubject(given(opened), opened)).toEqual({ kind: 'nothing', why: 'duplicate' });
  });

  it('closes an issued hold and voids its code', () => {
    expect(decideSubject(given(opened), closed)).toEqual({ kind: 'close', next: 'closed', voidCode: true });
  });

  it('leaves a tombstone when the release comes first, and issues nothing on the SlotHeld after it', () => {
    expect(decideSubject(given(), closed)).toEqual({ kind: 'close', next: 'closed', voidCode: false });
    expect(decideSubject(given(closed), opened)).toEqual({ kind: 'nothing', why: 'already_closed' });
  });

  it('decides nothing on a second close (an expiry after a release, a late confirmation)', () => {
    expect(decideSubject(given(opened, closed), closed)).toEqual({ kind: 'nothing', why: 'already_closed' });
    expect(given(opened, closed, opened)).toBe('closed');
  });
});
