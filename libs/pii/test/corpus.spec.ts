import { ENTITY_TYPES, Redactor } from '@mo/pii';
import { CORPUS_POLICY, loadCorpus, scoreCorpus } from '@mo/testing';

const lines = loadCorpus();
const redactor = new Redactor(CORPUS_POLICY);
const score = scoreCorpus(lines, (text) => redactor.find(text));

describe('the labelled corpus', () => {
  it('has at least 300 lines, 100 of them hard negatives, and every entity type', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(lines.filter((l) => l.negative).length).toBeGreaterThanOrEqual(100);
    const labelled = new Set(lines.flatMap((l) => l.spans.map((s) => s.type)));
    expect(ENTITY_TYPES.filter((t) => !labelled.has(t))).toEqual([]);
  });

  it('has written and spoken forms of the numeric types', () => {
    const spoken = /\b(one|two|three|four|five|six|seven|eight|nine|oh|dot|twenty|thirty|nineteen)\b/i;
    for (const type of ['PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'SSN', 'CREDIT_CARD', 'STREET_ADDRESS', 'POSTAL_CODE', 'MEDICAL_RECORD_NUMBER', 'INSURANCE_ID', 'DRIVER_LICENSE', 'BANK_ACCOUNT', 'IP_ADDRESS']) {
      const values = lines.flatMap((l) => l.spans.filter((s) => s.type === type).map((s) => l.text.slice(s.start, s.end)));
      expect({ type, spoken: values.some((v) => spoken.test(v)), written: values.some((v) => /\d|@/.test(v)) }).toEqual({ type, spoken: true, written: true });
    }
  });

  it('masks nothing on any hard negative', () => {
    const leaks = lines.filter((l) => l.negative).map((l) => ({ text: l.text, found: redactor.find(l.text) })).filter((l) => l.found.length > 0);
    expect(leaks).toEqual([]);
  });

  it('reaches precision 0.99 and recall 0.97 overall, with exact boundaries', () => {
    expect(score.misses).toEqual([]);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.97);
  });

  it.each(['SSN', 'CREDIT_CARD', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH'])('finds every %s', (type) => {
    expect(score.byType.find((t) => t.type === type)!.recall).toBe(1);
  });
});
