import { APPS, type AppName, CallerErasureRequested, contractInfo } from '@mo/contracts';
import { outboxRow } from '@mo/messaging';

/** Statements in the caller's tenant transaction: TenantDb in an app, the operator's own client in the CLI. */
export interface Sql {
  query<R>(sql: string, params: readonly unknown[]): Promise<R[]>;
}

type Row = Record<string, unknown>;

export interface ErasureRequest {
  orgId: string;
  erasureId: string;
  phone: string;
  phoneHmac: Buffer;
  operator: string;
  via: 'cli' | 'api';
  now: Date;
  /** The command's message id. */
  messageId: string;
}

export interface ErasureStep {
  app: AppName;
  rowsChanged: number;
  /** Rows of a call still in progress, left for a rerun. */
  deferred: number;
  completedAt: string;
}

export interface ErasureStatus {
  erasureId: string;
  requestedAt: string;
  operator: string;
  /** Dead letters that named the phone, dropped when the erasure was requested. */
  deadLetters: number | null;
  steps: ErasureStep[];
  /** Every app has done its part. */
  complete: boolean;
  deferred: number;
}

/** The command goes to its owner's outbox, in the transaction that records the request. */
const OUTBOX = `${contractInfo(CallerErasureRequested).owner.replace('-', '_')}.outbox`;

/**
 * Records who asked to erase which caller (the phone as an HMAC only) and writes the command to
 * booking's outbox in the same transaction, so the request and its message commit together.
 */
export async function requestCallerErasure(db: Sql, request: ErasureRequest): Promise<void> {
  await db.query<Row>(`INSERT INTO ops.caller_erasures (org_id, erasure_id, phone_hmac, operator, via, requested_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
    request.orgId,
    request.erasureId,
    request.phoneHmac,
    request.operator,
    request.via,
    request.now,
  ]);
  const row = outboxRow(CallerErasureRequested, { erasureId: request.erasureId, callerPhone: request.phone }, { ...request, aggregateId: request.erasureId });
  await db.query<Row>(`INSERT INTO ${OUTBOX} (org_id, id, aggregate_id, routing_key, envelope) VALUES ($1, $2, $3, $4, $5)`, [
    request.orgId,
    row.id,
    row.aggregateId,
    row.routingKey,
    row.envelope,
  ]);
}

export async function recordDeadLettersErased(db: Sql, orgId: string, erasureId: string, count: number): Promise<void> {
  await db.query<Row>(`UPDATE ops.caller_erasures SET dead_letters = coalesce(dead_letters, 0) + $3 WHERE org_id = $1 AND erasure_id = $2`, [orgId, erasureId, count]);
}

/**
 * One app's part, written in the transaction that erased its rows. A replayed command (a new
 * message id, past the inbox) adds what it changed and reports what is still deferred.
 */
export async function recordErasureStep(db: Sql, orgId: string, step: { erasureId: string; app: AppName; rowsChanged: number; deferred: number; at: Date }): Promise<void> {
  await db.query<Row>(
    `INSERT INTO ops.caller_erasure_steps AS s (org_id, erasure_id, app, rows_changed, deferred, completed_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (org_id, erasure_id, app) DO UPDATE SET rows_changed = s.rows_changed + EXCLUDED.rows_changed, deferred = EXCLUDED.deferred, completed_at = EXCLUDED.completed_at`,
    [orgId, step.erasureId, step.app, step.rowsChanged, step.deferred, step.at],
  );
}

export async function erasureStatus(db: Sql, orgId: string, erasureId: string): Promise<ErasureStatus | undefined> {
  const [request] = await db.query<Row>(
    `SELECT erasure_id, requested_at, operator, dead_letters FROM ops.caller_erasures WHERE org_id = $1 AND erasure_id = $2`,
    [orgId, erasureId],
  );
  if (!request) return undefined;
  const steps = (await db.query<Row>(`SELECT app, rows_changed, deferred, completed_at FROM ops.caller_erasure_steps WHERE org_id = $1 AND erasure_id = $2 ORDER BY app`, [orgId, erasureId])).map(
    (row): ErasureStep => ({ app: row.app as AppName, rowsChanged: Number(row.rows_changed), deferred: Number(row.deferred), completedAt: new Date(row.completed_at as string).toISOString() }),
  );
  return {
    erasureId,
    requestedAt: new Date(request.requested_at as string).toISOString(),
    operator: String(request.operator),
    deadLetters: request.dead_letters === null ? null : Number(request.dead_letters),
    steps,
    complete: APPS.every((app) => steps.some((s) => s.app === app)),
    deferred: steps.reduce((sum, s) => sum + s.deferred, 0),
  };
}
