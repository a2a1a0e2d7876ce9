import { ENTITY_TYPES, EntityType, RedactionPolicy, Span } from '@mo/pii';
import { LabelledItem } from './redaction-corpus';

/** Finds the spans of each turn of a dialogue, each read with the turns before it as context. */
export type DialogueFinder = (turns: ReadonlyArray<{ speaker?: string; text: string }>, policy: RedactionPolicy) => Array<Array<Pick<Span, 'type' | 'start' | 'end'>>>;

export interface TypeRecall {
  type: EntityType;
  labels: number;
  found: number;
  /** Found and masked with the label's own type. */
  typed: number;
  recall: number;
}

export interface ItemMiss {
  turns: string[];
  missed: string[];
  falsePositives: string[];
}

export interface OverlapScore {
  items: number;
  labels: number;
  found: number;
  masked: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f2: number;
  /** Share of found labels masked with their own type (a DOB never a PHONE). */
  typeKept: number;
  byType: TypeRecall[];
  negatives: number;
  negativesChanged: number;
  /** Only for corpora we may read: the items with a miss or a false positive. */
  misses: ItemMiss[];
}

/** A labelled span counts as found when this share of its characters is masked. */
const FOUND_SHARE = 0.9;
/** A masked span is a false positive when less than this share of it overlaps a label. */
const TRUE_SHARE = 0.5;

/**
 * The scoring of the independent corpus the issue measured on: character overlap, not exact
 * boundaries. Recall counts a label as found when ≥ 90% of its characters are masked (by any
 * type; `typeKept` says how many kept theirs); a masked span is a false positive when less than
 * half of it overlaps a label; a hard-negative item is changed when anything in it is masked.
 */
export function scoreItems(items: readonly LabelledItem[], find: DialogueFinder): OverlapScore {
  const perType = new Map(ENTITY_TYPES.map((t) => [t, { labels: 0, found: 0, typed: 0 }]));
  let masked = 0;
  let falsePositives = 0;
  let negativesChanged = 0;
  const misses: ItemMiss[] = [];
  for (const item of items) {
    const results = find(item.turns, item.policy);
    const missed: string[] = [];
    const wrong: string[] = [];
    item.turns.forEach((turn, t) => {
      const spans = results[t] ?? [];
      for (const label of turn.spans) {
        const counts = perType.get(label.type)!;
        counts.labels++;
        const covered = spans.reduce((n, s) => n + overlap(s, label), 0);
        if (covered >= FOUND_SHARE * (label.end - label.start)) {
          counts.found++;
          if (spans.some((s) => s.type === label.type && overlap(s, label) > 0)) counts.typed++;
        } else missed.push(`${label.type}:${turn.text.slice(label.start, label.end)}`);
      }
      for (const span of spans) {
        masked++;
        const inLabels = turn.spans.reduce((n, l) => n + overlap(span, l), 0);
        if (inLabels < TRUE_SHARE * (span.end - span.start)) {
          falsePositives++;
          wrong.push(`${span.type}:${turn.text.slice(span.start, span.end)}`);
        }
      }
    });
    if (item.negative && results.some((r) => r.length > 0)) negativesChanged++;
    if (missed.length > 0 || wrong.length > 0) misses.push({ turns: item.turns.map((t) => (t.speaker ? `${t.speaker}: ${t.text}` : t.text)), missed, falsePositives: wrong });
  }
  const labels = [...perType.values()].reduce((n, c) => n + c.labels, 0);
  const found = [...perType.values()].reduce((n, c) => n + c.found, 0);
  const typed = [...perType.values()].reduce((n, c) => n + c.typed, 0);
  const precision = masked === 0 ? 1 : (masked - falsePositives) / masked;
  const recall = labels === 0 ? 1 : found / labels;
  return {
    items: items.length,
    labels,
    found,
    masked,
    falsePositives,
    precision,
    recall,
    f2: precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall),
    typeKept: found === 0 ? 1 : typed / found,
    byType: ENTITY_TYPES.map((type) => {
      const c = perType.get(type)!;
      return { type, ...c, recall: c.labels === 0 ? 1 : c.found / c.labels };
    }),
    negatives: items.filter((i) => i.negative).length,
    negativesChanged,
    misses,
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Aggregate figures only: what may be printed for a held-out set. */
export function aggregate(score: OverlapScore): Omit<OverlapScore, 'misses'> {
  const { misses: _misses, ...figures } = score;
  return figures;
}
