import { testHold } from '../holds/hold.fixture';
import { confirmsText, tooLateSentence, withinNotice } from './change-rules';

describe('the notice window', () => {
  const startsAt = new Date('2026-12-03T21:00:00Z');

  it('with no notice, any time before the start may change', () => {
    expect(withinNotice(startsAt, 0, new Date('2026-12-03T20:59:59Z'))).toBe(true);
    expect(withinNotice(startsAt, 0, startsAt)).toBe(false);
  });

  it('with 24 hours, a change must come more than a day ahead', () => {
    expect(withinNotice(startsAt, 24, new Date('2026-12-02T20:59:59Z'))).toBe(true);
    expect(withinNotice(startsAt, 24, new Date('2026-12-02T21:00:00Z'))).toBe(false);
  });

  it('refuses with a sentence the agent can say', () => {
    expect(tooLateSentence(24)).toBe("This appointment is less than 24 hours away, so it can't be changed by phone now; please call the clinic.");
    expect(tooLateSentence(0)).toBe("This appointment has already started, so it can't be changed by phone; please call the clinic.");
  });
});

describe('what a change code confirms', () => {
  it('names the appointment and its day for a cancel, in the clinic zone', () => {
    expect(confirmsText('cancel', testHold)).toBe('cancel your cleaning on Thu 3 Dec');
  });

  it('names both times for a move', () => {
    const newSlot = { ...testHold, startsAt: new Date('2026-12-04T16:30:00Z') };
    expect(confirmsText('reschedule', testHold, newSlot)).toBe('move your cleaning on Thu 3 Dec to Fri 4 Dec at 10:30 am');
  });

  it('keeps a longer type name as the clinic wrote it', () => {
    expect(confirmsText('cancel', { ...testHold, appointmentTypeName: 'Deep Clean' })).toBe('cancel your Deep Clean on Thu 3 Dec');
  });
});
