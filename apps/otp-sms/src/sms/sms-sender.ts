import { Inject, Injectable, Logger } from '@nestjs/common';
import { SmsFailed, SmsFailureReason, SmsPurpose } from '@mo/contracts';
import { Clock, CorrelationContext } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Outbox } from '@mo/messaging';
import { CredentialsService } from '../credentials/credentials.service';
import { MessageRepository } from './message.repository';
import { smsAggregateId } from './sms-aggregate';
import { SMS_GATEWAY, SmsAccount, SmsApiError, type SmsGateway } from '../twilio/sms-gateway';
import { TwilioWebhooks } from '../twilio/webhooks';
import { SmsMetrics } from './sms.metrics';

/** Waits before each attempt at a send whose provider was unavailable; their sum plus three timeouts stays under SMS_UNSETTLED_AFTER_MS. */
export const PROVIDER_RETRY_DELAYS_MS: readonly number[] = [0, 1_000, 5_000];
/** Waits before each attempt at storing the provider's answer, through a database restart. */
export const STORE_RETRY_DELAYS_MS: readonly number[] = [0, 500, 2_000, 5_000, 10_000];

export interface SmsRequest {
  messageId: string;
  purpose: SmsPurpose;
  to: string;
  body: string;
  holdId?: string;
  followupId?: string;
  changeId?: string;
}

export type Dispatched = { ok: true; sid: string } | { ok: false; reason: SmsFailureReason; errorCode?: number };

/** What a failure is about, for the SmsFailed event. */
export type FailureSubject = Pick<SmsRequest, 'purpose' | 'holdId' | 'followupId' | 'changeId'> & { messageId?: string };

/**
 * Sends one SMS through the clinic's own account and records it. Every failure, from the API call
 * or unusable credentials, becomes a SmsFailed event in the transaction that records it.
 */
@Injectable()
export class SmsSender {
  private readonly logger = new Logger(SmsSender.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly credentials: CredentialsService,
    private readonly outbox: Outbox,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    @Inject(SMS_GATEWAY) private readonly gateway: SmsGateway,
    private readonly webhooks: TwilioWebhooks,
    private readonly metrics: SmsMetrics,
  ) {}

  /**
   * Records the message as `sending` in the current transaction and calls the provider once that
   * commits, holding no database connection while it waits. The outcome is stored, and `settled`
   * runs, in a transaction of their own. A crash in between leaves the row `sending`, and the
   * UnsettledSendSweeper reports it failed, so no caller waits for a text that may never come.
   */
  async sendAfterCommit(account: SmsAccount, request: SmsRequest, settled: (result: Dispatched) => Promise<void>): Promise<void> {
    await this.record(request);
    const orgId = this.db.orgId;
    const correlation = CorrelationContext.current();
    this.db.afterCommit(async () => {
      const result = await this.callProviderPatiently(account, request, orgId);
      // The text has gone (or been refused); what remains is to store that. A database that is
      // restarting is waited for, so a sent code is not later swept up as a failed send.
      for (const delayMs of STORE_RETRY_DELAYS_MS) {
        if (delayMs > 0) {
          this.metrics.storeRetried(request.purpose);
          await new Promise((resolve) => setTimeout(resolve, delayMs));
        }
        try {
          await this.db.run(orgId, () =>
            CorrelationContext.run(correlation ?? { correlationId: request.messageId }, async () => {
              await this.store(request, result);
              await settled(result);
            }),
          );
          return;
        } catch (error) {
          this.logger.warn(`${request.purpose} SMS ${request.messageId}: storing the provider's answer failed (${error instanceof Error ? error.message : String(error)})`);
        }
      }
      this.logger.error(`${request.purpose} SMS ${request.messageId} left unsettled; the sweeper will report it failed`);
    });
  }

  /**
   * Sends now, inside the current transaction, for a caller that waits for the outcome (a resend).
   * It holds the transaction's connection for the provider's answer.
   */
  async dispatch(account: SmsAccount, request: SmsRequest): Promise<Dispatched> {
    await this.record(request);
    const result = await this.callProvider(account, request, this.db.orgId);
    await this.store(request, result);
    return result;
  }

  async reportFailure(subject: FailureSubject, reason: SmsFailureReason, errorCode?: number): Promise<void> {
    this.metrics.recorded(subject.purpose, 'failed', reason);
    await this.outbox.add(
      SmsFailed,
      {
        ...(subject.messageId ? { messageId: subject.messageId } : {}),
        purpose: subject.purpose,
        ...(subject.holdId ? { holdId: subject.holdId } : {}),
        ...(subject.followupId ? { followupId: subject.followupId } : {}),
        ...(subject.changeId ? { changeId: subject.changeId } : {}),
        reason,
        ...(errorCode !== undefined ? { errorCode } : {}),
        failedAt: this.clock.now().toISOString(),
      },
      { aggregateId: smsAggregateId(subject) },
    );
  }

  private async record(request: SmsRequest): Promise<void> {
    const correlationId = CorrelationContext.current()?.correlationId;
    await this.messages.insert({
      messageId: request.messageId,
      purpose: request.purpose,
      holdId: request.holdId,
      followupId: request.followupId,
      changeId: request.changeId,
      to: request.to,
      createdAt: this.clock.now(),
      ...(correlationId ? { correlationId } : {}),
    });
  }

  /**
   * After commit nothing retries for us (a redelivered message meets the inbox), so a provider that
   * is briefly unavailable (429, 5xx, a timeout) is asked again here; one that stays unavailable is
   * a failed send. Its refusals (4xx) are final at once.
   */
  private async callProviderPatiently(account: SmsAccount, request: SmsRequest, orgId: string): Promise<Dispatched & { status?: string }> {
    for (const delayMs of PROVIDER_RETRY_DELAYS_MS) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        return await this.callProvider(account, request, orgId);
      } catch (error) {
        this.logger.warn(`${request.purpose} SMS ${request.messageId}: provider unavailable (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    return { ok: false, reason: 'api_error' };
  }

  /** The provider's answer; no database work, so it can run outside any transaction. */
  private async callProvider(account: SmsAccount, request: SmsRequest, orgId: string): Promise<Dispatched & { status?: string }> {
    const statusCallback = this.webhooks.statusCallback(orgId, request.messageId);
    try {
      const { sid, status } = await this.gateway.send(account, { to: request.to, body: request.body, statusCallback });
      this.logger.log(`${request.purpose} SMS ${request.messageId} accepted by the provider (${status})`);
      return { ok: true, sid, status };
    } catch (error) {
      if (!(error instanceof SmsApiError)) throw error;
      if (error.isCredentialsError) this.credentials.forget(account);
      this.logger.warn(`${request.purpose} SMS refused by the provider: ${error.code ?? error.httpStatus}`);
      return { ok: false, reason: error.isCredentialsError ? 'credentials' : 'api_error', ...(error.code !== undefined ? { errorCode: error.code } : {}) };
    }
  }

  /** The provider's answer on the message row, and SmsFailed if it refused. */
  private async store(request: SmsRequest, result: Dispatched & { status?: string }): Promise<void> {
    const now = this.clock.now();
    if (result.ok) {
      await this.messages.advance(request.messageId, { status: result.status ?? 'queued', sid: result.sid, at: now });
      this.metrics.recorded(request.purpose, 'accepted');
      return;
    }
    await this.messages.advance(request.messageId, { status: 'failed', ...(result.errorCode !== undefined ? { errorCode: result.errorCode } : {}), at: now });
    await this.reportFailure({ ...request }, result.reason, result.errorCode);
  }
}
