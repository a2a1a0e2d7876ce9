import { setTimeout as sleep } from 'node:timers/promises';
import type { ConfirmChannel, GetMessage } from 'amqplib';
import { parsePhoneNumber } from 'libphonenumber-js/max';
import { CallerErased, CallerErasureRequested, contractInfo } from '@mo/contracts';
import { DeadLetter } from './dead-letter';
import { type AuditAction, DeadLetterAudit } from './dead-letter-audit';
import { DeadLetterBroker } from './dead-letter-broker';
import { DeadLetterFilter, isEmptyFilter, matches, QueueSummary, summarize } from './dead-letter-filter';
import { masked } from './masking';
import { replayCopy } from './replay-copy';

const ERASURE_TYPES = [CallerErasureRequested, CallerErased].map((contract) => contractInfo(contract).type);

/** Whether a body names the phone, written as E.164 or as the national number, with or without separators. */
function namesPhone(phone: string): (body: string) => boolean {
  const national = parsePhoneNumber(phone).nationalNumber;
  const digits = phone.slice(1);
  return (body) => {
    const packed = body.replace(/[\s().-]/g, '');
    return packed.includes(digits) || packed.includes(national);
  };
}

export interface Actor {
  operator: string;
  via: 'cli' | 'api' | 'janitor';
}

export interface Progress {
  app: string;
  done: number;
  /** Messages in the queue when the sweep began: an upper bound on what can match. */
  total: number;
}

export interface ReplayOptions {
  dryRun?: boolean;
  /** Messages per second at most; each second's batch is published, confirmed and acked before the next. */
  rate?: number;
  onProgress?: (progress: Progress) => void;
}

export interface RunReport {
  auditId: string;
  dryRun: boolean;
  /** Replayed or purged (or, in a dry run, that would be). */
  ids: string[];
  /** Matched but not replayable: requests, whose caller stopped waiting. */
  skipped: string[];
  outcome: 'completed' | 'stopped';
  error?: string;
}

export class OperationRefused extends Error {}

/** Listing, inspecting, replaying and purging dead letters, with every change audited. */
export class DeadLetterOps {
  constructor(
    private readonly broker: DeadLetterBroker,
    private readonly audit: DeadLetterAudit,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  private appsOf(filter: DeadLetterFilter): readonly string[] {
    return filter.apps?.length ? filter.apps : this.broker.settings.apps;
  }

  async list(filter: DeadLetterFilter = {}, readLimit = 10_000): Promise<QueueSummary[]> {
    const summaries: QueueSummary[] = [];
    for (const app of this.appsOf(filter)) {
      const { total, letters } = await this.broker.browse(app, readLimit);
      const matching = letters.filter((l) => matches(l, filter));
      summaries.push({ ...summarize(app, isEmptyFilter(filter) ? total : matching.length, matching, this.now()), truncated: letters.length < total });
    }
    return summaries;
  }

  /**
   * One dead letter, masked unless an operator asks to see it whole: then the audit trail records who
   * saw which letter, and when, before the letter is handed out (ids only, never a value).
   */
  async show(id: string, revealTo?: Actor): Promise<DeadLetter | undefined> {
    for (const app of this.broker.settings.apps) {
      let found: DeadLetter | undefined;
      await this.broker.sweep(app, async (letter) => {
        if (letter.id !== id) return 'keep';
        found = letter;
        return 'stop';
      });
      if (!found) continue;
      if (!revealTo) return masked(found);
      await this.audit.completed({ auditId: this.newId(), at: this.now(), ...revealTo, action: 'reveal', filter: { ids: [id] }, dryRun: false }, [id]);
      return found;
    }
    return undefined;
  }

  async replay(filter: DeadLetterFilter & { all?: boolean }, actor: Actor, options: ReplayOptions = {}): Promise<RunReport> {
    return this.run('replay', filter, actor, options.dryRun ?? false, options, async (letter, message, channel) => {
      const copy = replayCopy(letter, message, this.newId(), this.now(), actor.operator);
      await this.broker.publishTo(channel, letter.app, copy.content, copy.options);
    });
  }

  /**
   * Drops the tenant's dead letters that name the phone, for an erasure; audited with the tenant only.
   * The erasure's own messages stay: replaying them is how an operator finishes an erasure.
   */
  async erase(orgId: string, phone: string, actor: Actor): Promise<RunReport> {
    const names = namesPhone(phone);
    return this.run('erase', { orgId }, actor, false, {}, async () => undefined, (letter) => !ERASURE_TYPES.includes(letter.type) && names(letter.body));
  }

  /**
   * Drops an app's dead letters whose last failure is older than their tenant's retention, with one
   * audit row naming them; a pass with nothing to drop writes nothing. `retentionDays` answers per
   * tenant (null: a letter with no tenant, or one nobody created, which keeps the default).
   */
  async expire(app: string, retentionDays: (orgId: string | null) => Promise<number>, actor: Actor): Promise<RunReport | undefined> {
    const now = this.now().getTime();
    const expired: string[] = [];
    const { letters } = await this.broker.browse(app, 10_000);
    for (const letter of letters) {
      const failedAt = Date.parse(letter.lastFailureAt ?? letter.firstFailureAt ?? '');
      if (!Number.isNaN(failedAt) && failedAt < now - (await retentionDays(letter.orgId)) * 86_400_000) expired.push(letter.id);
    }
    if (expired.length === 0) return undefined;
    return this.run('expire', { apps: [app], ids: expired }, actor, false, {}, async () => undefined);
  }

  async purge(filter: DeadLetterFilter & { all?: boolean }, actor: Actor, confirmed: boolean, options: Pick<ReplayOptions, 'onProgress'> = {}): Promise<RunReport> {
    if (!confirmed) throw new OperationRefused('purge deletes messages for good; confirm it (--yes, or "confirm": true)');
    return this.run('purge', filter, actor, false, options, async () => undefined);
  }

  private async run(
    action: Exclude<AuditAction, 'reveal'>,
    filter: DeadLetterFilter & { all?: boolean },
    actor: Actor,
    dryRun: boolean,
    options: ReplayOptions,
    move: (letter: DeadLetter, message: GetMessage, channel: ConfirmChannel) => Promise<void>,
    /** A further test than the filter's, which the audit row does not record (a phone). */
    select: (letter: DeadLetter) => boolean = () => true,
  ): Promise<RunReport> {
    if (isEmptyFilter(filter) && !filter.all) throw new OperationRefused(`${action} needs a filter, or "all" to take every message`);
    const report: RunReport = { auditId: this.newId(), dryRun, ids: [], skipped: [], outcome: 'completed' };
    await this.audit.started({ auditId: report.auditId, at: this.now(), operator: actor.operator, via: actor.via, action, filter, dryRun });
    const pace = new Pace(options.rate);
    try {
      for (const app of this.appsOf(filter)) {
        let done = 0;
        const total = await this.broker.sweep(app, async (letter, message, channel) => {
          options.onProgress?.({ app, done: ++done, total });
          if (!matches(letter, filter) || !select(letter)) return 'keep';
          if (action === 'replay' && !letter.replayable) {
            report.skipped.push(letter.id);
            return 'keep';
          }
          if (dryRun) {
            report.ids.push(letter.id);
            return 'keep';
          }
          await pace.wait();
          try {
            await move(letter, message, channel);
          } catch (error) {
            report.outcome = 'stopped';
            report.error = `publishing ${letter.id} failed: ${error instanceof Error ? error.message : String(error)}`;
            return 'stop';
          }
          report.ids.push(letter.id);
          return 'ack';
        });
        options.onProgress?.({ app, done: total, total });
        if (report.outcome === 'stopped') break;
      }
    } finally {
      await this.audit.finished(report.auditId, { outcome: report.outcome, ids: report.ids, ...(report.error ? { error: report.error } : {}), at: this.now() });
    }
    return report;
  }
}

/** At most `rate` messages a second, released a second's batch at a time. */
class Pace {
  private windowStart = 0;
  private inWindow = 0;

  constructor(private readonly rate?: number) {}

  async wait(): Promise<void> {
    if (!this.rate) return;
    const now = Date.now();
    if (now - this.windowStart >= 1_000) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    if (this.inWindow >= this.rate) {
      await sleep(this.windowStart + 1_000 - now);
      this.windowStart = Date.now();
      this.inWindow = 0;
    }
    this.inWindow++;
  }
}
