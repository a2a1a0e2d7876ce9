import { Inject, Injectable } from '@nestjs/common';
import { Clock, CorrelationContext } from '@mo/context';
import { SecretBox } from '@mo/crypto';
import { TenantDb } from '@mo/database';
import { PeriodicPass } from '@mo/background';
import { CredentialsService } from '../credentials/credentials.service';
import { SmsAccount } from '../twilio/sms-gateway';
import { MessageRepository } from './message.repository';
import { ClaimedText, PendingTextRepository } from './pending-text.repository';
import { PENDING_TEXTS_BOX, sealedFor } from './pending-text-seal';
import { SEND_OWNERS, type OwnedSend, type SendOwners } from './send-owners';
import { SendOutcomes } from './send-outcomes';
import { Dispatched, SmsProvider } from './sms-provider';
import { SmsRequest, subjectIds } from './sms-request';
import { SmsMetrics } from './sms.metrics';

export interface DispatchTiming {
  /** Texts this instance has at the provider at once. */
  concurrency: number;
  /** How often each instance looks for texts due: a crash's leftovers, another instance's backlog. */
  pollIntervalMs: number;
  /** A text its writer has not claimed by then is any instance's. */
  freshForMs: number;
  /** A claim lasts longer than the longest send, so a text still at the provider is never claimed twice. */
  leaseMs: number;
  /** Claims before a text that keeps being left unanswered (a crash loop) is reported failed. */
  maxClaims: number;
  /** Waits before each attempt at storing the provider's answer, through a database restart. */
  storeRetryDelaysMs: readonly number[];
}
export const DISPATCH_TIMING = Symbol('DISPATCH_TIMING');

type Claim = { text: ClaimedText; request: SmsRequest; account: SmsAccount } | undefined;

/**
 * Sends pending texts: claims one (a transaction), calls the provider holding no connection, then
 * stores the answer with what it announces (OtpSent, SmsSent, SmsFailed) and deletes the pending
 * row (a transaction). Texts are kicked by the transaction that wrote them and polled for by every
 * instance, so a text whose sender died is sent by another once its lease runs out.
 */
@Injectable()
export class TextDispatcher extends PeriodicPass {
  private readonly waiting: Array<{ orgId: string; messageId: string; fresh: boolean }> = [];
  private readonly queued = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: TenantDb,
    private readonly pending: PendingTextRepository,
    private readonly messages: MessageRepository,
    @Inject(PENDING_TEXTS_BOX) private readonly box: SecretBox,
    private readonly credentials: CredentialsService,
    private readonly provider: SmsProvider,
    private readonly outcomes: SendOutcomes,
    @Inject(SEND_OWNERS) private readonly owners: SendOwners,
    private readonly metrics: SmsMetrics,
    private readonly clock: Clock,
    @Inject(DISPATCH_TIMING) private readonly timing: DispatchTiming,
  ) {
    super(timing.pollIntervalMs, 'sending due texts');
  }

  takenByAnyAfter(now: Date): Date {
    return new Date(now.getTime() + this.timing.freshForMs);
  }

  /** The end of a claim taken `now`: a text its writer claims as it writes it is nobody else's until then. */
  leaseFrom(now: Date): Date {
    return new Date(now.getTime() + this.timing.leaseMs);
  }

  /** A text committed by this instance (called after that commit, outside any transaction): sent as soon as a slot is free. */
  kick(orgId: string, messageId: string): void {
    this.enqueue(orgId, messageId, true);
  }

  /**
   * Sends a text its writer claimed in the transaction that wrote it (first claim, leased from that
   * moment), just after that commit, for a caller that waits for the provider's answer (a resend).
   * Resolves to the answer as soon as the provider gives it; storing it follows in the background,
   * as for any send, and is waited for at shutdown.
   */
  async sendClaimed(orgId: string, text: ClaimedText, account: SmsAccount, request: SmsRequest): Promise<Dispatched> {
    const result = await this.provider.sendPatiently(account, request, orgId);
    const storing: Promise<void> = this.store(orgId, text, result)
      .catch((error: unknown) => this.logger.warn(`SMS ${text.messageId}: storing the answer failed (${error instanceof Error ? error.message : String(error)})`))
      .finally(() => this.inFlight.delete(storing));
    this.inFlight.add(storing);
    return result;
  }

  /** Stops taking texts and waits for those at the provider; texts not yet claimed stay pending for any instance. */
  override async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.waiting.splice(0);
    await super.onModuleDestroy();
    await Promise.all(this.inFlight);
  }

  /** Queues every text due now; resolves to how many were queued. */
  protected async pass(): Promise<number> {
    const now = this.clock.now();
    const due: Array<{ orgId: string; messageId: string }> = [];
    await this.sweepTenants(this.db, await this.pending.orgsWithDue(now), async () => {
      const orgId = this.db.orgId;
      const ids = await this.pending.due(now, 200);
      due.push(...ids.map((messageId) => ({ orgId, messageId })));
      return ids.length;
    });
    // Queued once the tenant transactions are over: each send runs its own.
    return due.filter(({ orgId, messageId }) => this.enqueue(orgId, messageId, false)).length;
  }

  /** Resolves once every text queued so far has been handled (for tests). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0 || this.waiting.length > 0) await Promise.race(this.inFlight);
  }

  private enqueue(orgId: string, messageId: string, fresh: boolean): boolean {
    if (this.stopped || this.queued.has(messageId)) return false;
    this.queued.add(messageId);
    this.waiting.push({ orgId, messageId, fresh });
    this.pump();
    return true;
  }

  private pump(): void {
    while (this.inFlight.size < this.timing.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      const work: Promise<void> = this.send(next.orgId, next.messageId, next.fresh)
        .catch((error: unknown) => this.logger.warn(`SMS ${next.messageId}: dispatch failed, left for a later claim (${error instanceof Error ? error.message : String(error)})`))
        .finally(() => {
          this.inFlight.delete(work);
          this.queued.delete(next.messageId);
          this.pump();
        });
      this.inFlight.add(work);
    }
  }

  private async send(orgId: string, messageId: string, fresh: boolean): Promise<void> {
    const claim = await this.db.run(orgId, () => this.claim(messageId, fresh));
    if (!claim) return;
    await this.store(orgId, claim.text, await this.provider.sendPatiently(claim.account, claim.request, orgId));
  }

  /**
   * The text has gone (or been refused); what remains is to store that. A database that is
   * restarting is waited for, so a sent text is not sent again when its lease runs out.
   */
  private async store(orgId: string, text: ClaimedText, result: Dispatched): Promise<void> {
    for (const delayMs of this.timing.storeRetryDelaysMs) {
      if (delayMs > 0) {
        this.metrics.storeRetried(text.purpose);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      try {
        // The announcement, the answer's last write, commits with it.
        await this.inTenant(orgId, text, () => this.db.endAtFinal(() => this.settle(text, result)));
        return;
      } catch (error) {
        if (error instanceof ClaimedElsewhere) return;
        this.logger.warn(`${text.purpose} SMS ${text.messageId}: storing the provider's answer failed (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    this.logger.error(`${text.purpose} SMS ${text.messageId} left pending; it is sent again once its claim runs out`);
  }

  /**
   * Claims the text, and decides in the same transaction whether it goes out: a code voided since
   * it was written (its hold released) is canceled, a text left unanswered too often or whose
   * clinic's account is no longer usable fails.
   */
  private async claim(messageId: string, fresh: boolean): Promise<Claim> {
    const now = this.clock.now();
    const text = await this.pending.claim(messageId, now, new Date(now.getTime() + this.timing.leaseMs), fresh);
    if (!text) return undefined;
    return CorrelationContext.run({ correlationId: text.correlationId ?? text.messageId }, async () => {
      const send = ownedSend(text);
      if (!(await this.owners[text.purpose].wanted(send))) {
        await this.pending.settle(messageId, text.claims);
        await this.messages.advance(messageId, { status: 'canceled', at: now });
        this.metrics.recorded(text.purpose, 'canceled');
        return undefined;
      }
      if (text.claims > this.timing.maxClaims) {
        await this.settle(text, { ok: false, reason: 'api_error' });
        this.metrics.sweptUnsettled(text.purpose);
        return undefined;
      }
      const usable = await this.credentials.usable();
      if (!usable.ok) {
        await this.settle(text, { ok: false, reason: 'credentials' });
        return undefined;
      }
      const body = this.box.open(text.bodySealed, sealedFor(this.db.orgId, messageId));
      return { text, account: usable.account, request: { ...subjectIds(text), messageId, purpose: text.purpose, to: text.to, body } };
    });
  }

  /**
   * The answer on the message row, what its owner announces, and the pending row gone. They are
   * written beside the pending row's delete, which decides: if a later claim holds the text, it
   * throws ClaimedElsewhere and the transaction rolls back, so nothing of this answer remains.
   */
  private async settle(text: ClaimedText, result: Dispatched): Promise<void> {
    const send = ownedSend(text);
    const owner = this.owners[text.purpose];
    const held = this.pending.settle(text.messageId, text.claims);
    const [kept] = await Promise.all([
      held,
      this.outcomes.store({ ...subjectIds(text), messageId: text.messageId, purpose: text.purpose }, result, held),
      result.ok ? owner.sent(send, this.clock.now(), held) : owner.sendFailed(send),
    ]);
    if (!kept) throw new ClaimedElsewhere();
  }

  private inTenant<T>(orgId: string, text: ClaimedText, work: () => Promise<T>): Promise<T> {
    return this.db.run(orgId, () => CorrelationContext.run({ correlationId: text.correlationId ?? text.messageId }, work));
  }
}

/** A later claim holds the text (this one's lease ran out during the send): its answer is that claim's to store. */
class ClaimedElsewhere extends Error {
  constructor() {
    super('a later claim holds the text');
    this.name = 'ClaimedElsewhere';
  }
}

const ownedSend = (text: ClaimedText): OwnedSend => ({ messageId: text.messageId, purpose: text.purpose, holdId: text.holdId, followupId: text.followupId, changeId: text.changeId });
