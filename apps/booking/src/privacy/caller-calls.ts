/** A hold or appointment change of the caller, as an erasure sees it. */
export interface CallerRecord {
  /** The aggregate booking's messages about it carry: the hold or change id. */
  id: string;
  callId: string;
  /** Still in play: a hold held, waiting for its code or reserved for a move; a change being verified. */
  live: boolean;
}

/**
 * The caller's calls still in progress, whose rows an erasure leaves for a rerun: a call with a live
 * hold or change, or with a message about one still to be published (`pendingAggregates`, the
 * aggregate of each unsent outbox row). Their stored replies and tool answers may still be replayed
 * to the platform, and their unsent messages still be needed by the other apps.
 */
export function callsInProgress(records: readonly CallerRecord[], pendingAggregates: readonly string[]): Set<string> {
  const pending = new Set(pendingAggregates);
  return new Set(records.filter((r) => r.live || pending.has(r.id)).map((r) => r.callId));
}

/** Every call of the caller, for the other apps' part of an erasure. */
export const callsOf = (records: readonly CallerRecord[]): string[] => [...new Set(records.map((r) => r.callId))].sort();
