import { callsInProgress, callsOf, type CallerRecord } from './caller-calls';

const hold = (id: string, callId: string, live = false): CallerRecord => ({ id, callId, live });

describe('callsInProgress', () => {
  it('given only settled holds and changes whose messages are all delivered, keeps no call', () => {
    expect([...callsInProgress([hold('h1', 'c1'), hold('ch1', 'c2')], [])]).toEqual([]);
  });

  it('given a live hold, keeps its whole call, not the caller’s other calls', () => {
    expect([...callsInProgress([hold('h1', 'c1', true), hold('h2', 'c1'), hold('h3', 'c2')], [])]).toEqual(['c1']);
  });

  it('given a settled hold whose release is not yet published, keeps its call', () => {
    expect([...callsInProgress([hold('h1', 'c1'), hold('h2', 'c2')], ['h2', 'h2'])]).toEqual(['c2']);
  });

  it('ignores unsent messages about other aggregates (another caller, the erasure itself)', () => {
    expect([...callsInProgress([hold('h1', 'c1')], ['erasure-1'])]).toEqual([]);
  });
});

describe('callsOf', () => {
  it('names each call once, in order', () => {
    expect(callsOf([hold('h2', 'c2'), hold('h1', 'c1'), hold('ch', 'c2')])).toEqual(['c1', 'c2']);
  });
});
