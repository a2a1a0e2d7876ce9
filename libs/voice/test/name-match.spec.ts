import { matchName } from '../src';

const types = [
  { id: 't1', name: 'Cleaning' },
  { id: 't2', name: 'Filling' },
  { id: 't3', name: 'Deep cleaning' },
  { id: 't4', name: 'Whitening' },
];
const people = [
  { id: 'p1', name: 'Dr Lee' },
  { id: 'p2', name: 'Dr Ray' },
  { id: 'p3', name: 'Dr Anna Leeson' },
];
const matched = (spoken: string, items: typeof types) => {
  const m = matchName(spoken, items);
  return m.type === 'match' ? m.item.name : m.type === 'ambiguous' ? m.items.map((i) => i.name) : null;
};

describe('matchName', () => {
  it.each([
    ['cleaning', 'Cleaning'],
    ['a clean', 'Cleaning'],
    ['Cleaning appointment', 'Cleaning'],
    ['deep clean', 'Deep cleaning'],
    ['fillings', 'Filling'],
    ['t4', 'Whitening'],
    ['whiten', 'Whitening'],
  ])('hears "%s" as %s', (spoken, name) => {
    expect(matched(spoken, types)).toBe(name);
  });

  it.each([['Dr. Lee'], ['doctor lee'], ['Lee'], ['dr lee please']])('hears "%s" as Dr Lee, not Dr Anna Leeson', (spoken) => {
    expect(matched(spoken, people)).toBe('Dr Lee');
  });

  it('asks which one when a name fits several equally', () => {
    expect(matched('Dr. Lee', [{ id: 'a', name: 'Dr Sam Lee' }, { id: 'b', name: 'Dr Kim Lee' }])).toEqual(['Dr Sam Lee', 'Dr Kim Lee']);
    expect(matched('the doctor', people)).toBeNull();
  });

  it('finds nothing for a name it does not know', () => {
    expect(matched('root canal', types)).toBeNull();
    expect(matched('Dr Smith', people)).toBeNull();
  });
});
