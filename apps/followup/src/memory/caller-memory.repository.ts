import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { CallerContext, CallerFacts, OUTCOME_PRECEDENCE, TranscriptTurn } from './caller-context';

/** Columns an event may not carry (HoldReleased has no names): kept from earlier events about the same hold. */
const FACT_COLUMNS = ['first_name', 'appointment_type_id', 'appointment_type_name', 'resource_id', 'resource_name', 'starts_at', 'starts_local'];
const keepSameHold = FACT_COLUMNS.map((c) => `${c} = CASE WHEN c.hold_id = EXCLUDED.hold_id THEN coalesce(EXCLUDED.${c}, c.${c}) ELSE EXCLUDED.${c} END`).join(',\n');
const precedence = (side: string) => `array_position(ARRAY[${OUTCOME_PRECEDENCE.map((o) => `'${o}'`).join(', ')}], ${side}.outcome)`;

interface CallerRow {
  phone: string;
  first_name: string | null;
  appointment_type_id: string | null;
  appointment_type_name: string | null;
  resource_id: string | null;
  resource_name: string | null;
  starts_at: Date | null;
  starts_local: string | null;
  outcome: CallerContext['outcome'];
  reason: string | null;
  event_at: Date;
  turns: TranscriptTurn[] | null;
}

@Injectable()
export class CallerMemoryRepository {
  constructor(private readonly db: TenantDb) {}

  /**
   * Records what happened unless something newer is already remembered: events arrive late and out
   * of order, so the memory keeps the latest by when they happened. Two events of the same moment
   * (HoldReleased and ConfirmationMissed when a call ends) settle on the more telling outcome.
   * Its handler's one write: the message's `COMMIT` may go with it (ConsumerHost, TenantDb.endAtFinal).
   */
  async record(phone: string, facts: CallerFacts, eventAt: Date, now: Date): Promise<void> {
    await this.db.execute(
      `INSERT INTO followup.callers AS c (org_id, phone, first_name, appointment_type_id, appointment_type_name, resource_id, resource_name,
         starts_at, starts_local, hold_id, last_call_id, outcome, reason, event_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (org_id, phone) DO UPDATE SET ${keepSameHold},
         hold_id = EXCLUDED.hold_id, last_call_id = EXCLUDED.last_call_id, outcome = EXCLUDED.outcome, reason = EXCLUDED.reason,
         event_at = EXCLUDED.event_at, updated_at = EXCLUDED.updated_at
       WHERE c.event_at < EXCLUDED.event_at OR (c.event_at = EXCLUDED.event_at AND ${precedence('c')} <= ${precedence('EXCLUDED')})`,
      [
        this.db.orgId,
        phone,
        facts.firstName ?? null,
        facts.appointmentTypeId ?? null,
        facts.appointmentTypeName ?? null,
        facts.resourceId ?? null,
        facts.resourceName ?? null,
        facts.startsAt ?? null,
        facts.startsLocal ?? null,
        facts.holdId,
        facts.callId,
        facts.outcome,
        facts.reason ?? null,
        eventAt,
        now,
      ],
      { final: true },
    );
  }

  /** The redacted transcript of a call; raw text never reaches this app. */
  async rememberTranscript(callId: string, turns: TranscriptTurn[], now: Date): Promise<void> {
    await this.db.execute(
      `INSERT INTO followup.calls (org_id, call_id, turns, seen_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, call_id) DO UPDATE SET turns = EXCLUDED.turns, seen_at = EXCLUDED.seen_at`,
      [this.db.orgId, callId, JSON.stringify(turns), now],
    );
  }

  async find(phone: string): Promise<CallerContext | undefined> {
    const [row] = await this.db.query<CallerRow>(
      `SELECT c.phone, c.first_name, c.appointment_type_id, c.appointment_type_name, c.resource_id, c.resource_name, c.starts_at, c.starts_local,
              c.outcome, c.reason, c.event_at, t.turns
         FROM followup.callers c LEFT JOIN followup.calls t ON t.org_id = c.org_id AND t.call_id = c.last_call_id
        WHERE c.org_id = $1 AND c.phone = $2`,
      [this.db.orgId, phone],
    );
    return row && toContext(row);
  }

  /** Forgets memory older than each tenant's retention by the database's clock, across tenants, through the discovery function. */
  async purgeExpired(): Promise<number> {
    const [row] = await this.db.discover<{ purged: number }>(`SELECT followup.purge_expired() AS purged`);
    return Number(row?.purged ?? 0);
  }
}

function toContext(row: CallerRow): CallerContext {
  return {
    phone: row.phone,
    firstName: row.first_name,
    appointmentType: row.appointment_type_id && row.appointment_type_name ? { id: row.appointment_type_id, name: row.appointment_type_name } : null,
    practitioner: row.resource_id && row.resource_name ? { id: row.resource_id, name: row.resource_name } : null,
    slot: row.starts_at && row.starts_local ? { startsAt: row.starts_at.toISOString(), label: row.starts_local } : null,
    outcome: row.outcome,
    reason: row.reason,
    at: row.event_at.toISOString(),
    lastTranscript: row.turns,
  };
}
