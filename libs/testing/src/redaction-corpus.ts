import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, EntityType, Span } from '@mo/pii';

export interface LabelledLine {
  text: string;
  spans: Array<{ type: EntityType; start: number; end: number }>;
  negative: boolean;
}

const CORPUS = join(__dirname, '../../pii/corpus');
const MARK = /\[\[([A-Z_]+)\|([^\]]+)\]\]/g;

/** The clinic the corpus speaks of: its own details are on its allowlist. */
export const CORPUS_POLICY = {
  allow: {
    phones: ['(312) 555-0100'],
    addresses: ['100 Main Street, Springfield, IL 62701'],
    emails: ['frontdesk@demodental.com'],
  },
};

/** `[[TYPE|text]]` marks an entity; the text itself is what the engine sees. */
export function parseLine(line: string, negative: boolean): LabelledLine {
  const spans: LabelledLine['spans'] = [];
  let text = '';
  let at = 0;
  for (const match of line.matchAll(MARK)) {
    const type = match[1] as EntityType;
    if (!ENTITY_TYPES.includes(type)) throw new Error(`unknown type ${type} in: ${line}`);
    text += line.slice(at, match.index);
    spans.push({ type, start: text.length, end: text.length + match[2]!.length });
    text += match[2];
    at = match.index! + match[0].length;
  }
  return { text: text + line.slice(at), spans, negative };
}

export function loadCorpus(): LabelledLine[] {
  const read = (file: string, negative: boolean) =>
    readFileSync(join(CORPUS, file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => parseLine(l, negative));
  return [...read('positives.txt', false), ...read('hard-negatives.txt', true)];
}

export interface TypeScore {
  type: EntityType | 'ALL';
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  byType: TypeScore[];
  overall: TypeScore;
  negativeLinesWithFindings: number;
  misses: Array<{ text: string; expected: string[]; found: string[] }>;
}

/** Exact-boundary scoring: a found span counts only with the right type, start and end. */
export function scoreCorpus(lines: LabelledLine[], find: (text: string) => Array<Pick<Span, 'type' | 'start' | 'end'>>): CorpusScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let negativeLinesWithFindings = 0;
  const misses: CorpusScore['misses'] = [];
  for (const line of lines) {
    const found = find(line.text);
    const key = (s: { type: string; start: number; end: number }) => `${s.type}:${s.start}:${s.end}`;
    const expected = new Set(line.spans.map(key));
    const got = new Set(found.map(key));
    for (const s of line.spans) counts.get(s.type)![got.has(key(s)) ? 'tp' : 'fn']++;
    for (const s of found) if (!expected.has(key(s))) counts.get(s.type)!.fp++;
    if (line.negative && found.length > 0) negativeLinesWithFindings++;
    if ([...expected].some((k) => !got.has(k)) || [...got].some((k) => !expected.has(k))) {
      misses.push({
        text: line.text,
        expected: line.spans.map((s) => `${s.type}:${line.text.slice(s.start, s.end)}`),
        found: found.map((s) => `${s.type}:${line.text.slice(s.start, s.end)}`),
      });
    }
  }
  const score = (type: TypeScore['type'], c: { tp: number; fp: number; fn: number }): TypeScore => ({
    type,
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  });
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    byType: ENTITY_TYPES.map((t) => score(t, counts.get(t)!)),
    overall: score('ALL', total),
    negativeLinesWithFindings,
    misses,
  };
}
