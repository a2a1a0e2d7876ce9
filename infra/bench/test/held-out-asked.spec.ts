import { evaluationSets, heldOutAsked } from '../redaction-eval';

describe('which held-out sets a command spends a look on', () => {
  it('spends none unless asked', () => {
    expect(heldOutAsked(['node', 'eval'])).toBe(false);
    expect(evaluationSets(false).every((s) => !s.heldOut)).toBe(true);
  });

  it('spends every set on --held-out, and only the named ones on --held-out=', () => {
    expect(heldOutAsked(['--held-out'])).toBe(true);
    expect(heldOutAsked(['--held-out=heldout-m,heldout-n'])).toEqual(['heldout-m', 'heldout-n']);
    expect(evaluationSets(['heldout-p']).filter((s) => s.heldOut).map((s) => s.name)).toEqual(['heldout-p']);
  });

  it('refuses a name that is no held-out set, rather than reading nothing', () => {
    expect(() => evaluationSets(['training-set-o'])).toThrow(/not a held-out set/);
  });
});
