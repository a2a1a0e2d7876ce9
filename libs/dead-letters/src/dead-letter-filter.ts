import { DeadLetter } from './dead-letter';

/** Which dead letters an operation touches. Every given field must match; an empty filter matches all. */
export interface DeadLetterFilter {
  ids?: string[];
  apps?: string[];
  type?: string;
  reason?: string;
  orgId?: string;
  /** Last failure at or after this instant. */
  since?: Date;
  /** Last failure before this instant. */
  until?: Date;
}

export function isEmptyFilter(filter: DeadLetterFilter): boolean {
  return Object.values(filter).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

export function matches(letter: DeadLetter, filter: DeadLetterFilter): boolean {
  if (filter.ids?.length && !filter.ids.includes(letter.id)) return false;
  if (filter.apps?.length && !filter.apps.includes(letter.app)) return false;
  if (filter.type && letter.type !== filter.type) return false;
  if (filter.reason && letter.reason !== filter.reason) return false;
  if (filter.orgId && letter.orgId !== filter.orgId) return false;
  const failedAt = letter.lastFailureAt ? Date.parse(letter.lastFailureAt) : NaN;
  if (filter.since && !(failedAt >= filter.since.getTime())) return false;
  if (filter.until && !(failedAt < filter.until.getTime())) return false;
  return true;
}

export const AGE_BUCKETS = [
  { label: '<1h', maxMs: 3600_000 },
  { label: '<1d', maxMs: 86_400_000 },
  { label: '<7d', maxMs: 7 * 86_400_000 },
  { label: '>=7d', maxMs: Infinity },
] as const;

export function ageBucket(letter: DeadLetter, now: Date): string {
  const at = letter.lastFailureAt ? Date.parse(letter.lastFailureAt) : NaN;
  if (Number.isNaN(at)) return 'unknown';
  return AGE_BUCKETS.find((b) => now.getTime() - at < b.maxMs)!.label;
}

export interface QueueSummary {
  app: string;
  count: number;
  byReason: Record<string, number>;
  byType: Record<string, number>;
  byRoutingKey: Record<string, number>;
  byTenant: Record<string, number>;
  byAge: Record<string, number>;
  /** More messages than were read: the groups cover the first ones only. */
  truncated: boolean;
}

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** Groups one queue's letters the way an operator triages them. Pure. */
export function summarize(app: string, total: number, letters: readonly DeadLetter[], now: Date): QueueSummary {
  const summary: QueueSummary = { app, count: total, byReason: {}, byType: {}, byRoutingKey: {}, byTenant: {}, byAge: {}, truncated: letters.length < total };
  for (const letter of letters) {
    bump(summary.byReason, letter.reason);
    bump(summary.byType, letter.type);
    bump(summary.byRoutingKey, letter.routingKey);
    bump(summary.byTenant, letter.orgId ?? 'unknown');
    bump(summary.byAge, ageBucket(letter, now));
  }
  return summary;
}
