import { Inject, Injectable, Logger } from '@nestjs/common';
import { SmsFailed, SmsFailureReason, SmsPurpose } from '@mo/contracts';
import { Clock, CorrelationContext } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Outbox } from '@mo/messaging';
import { CredentialsService } from '../credentials/credentials.service';
import { MessageRepository } from '../otp/message.repository';
import { SMS_GATEWAY, SmsAccount, SmsApiError, type SmsGateway } from '../twilio/sms-gateway';
import { SmsMetrics } from './sms.metrics';

export const PUBLIC_BASE_URL = Symbol('PUBLIC_BASE_URL');

export interface SmsRequest {
  messageId: string;
  purpose: SmsPurpose;
  to: string;
  body: string;
  holdId?: string;
  followupId?: string;
}

export type Dispatched = { ok: true; sid: string } | { ok: false; reason: SmsFailureReason; errorCode?: number };

/** What a failure is about, for the SmsFailed event. */
export type FailureSubject = Pick<SmsRequest, 'purpose' | 'holdId' | 'followupId'> & { messageId?: string };

/**
 * Sends one SMS through the clinic's own account and records it. Every failure, from the API call
 * or unusable credentials, becomes a SmsFailed event in the same transaction.
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
    @Inject(PUBLIC_BASE_URL) private readonly publicBaseUrl: string,
    private readonly metrics: SmsMetrics,
  ) {}

  /** The tenant's sends today (UTC) against its cap. */
  async withinDailyCap(cap: number): Promise<boolean> {
    const now = this.clock.now();
    const startOfDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    return (await this.messages.countSince(startOfDay)) < cap;
  }

  async dispatch(account: SmsAccount, request: SmsRequest): Promise<Dispatched> {
    const now = this.clock.now();
    const correlationId = CorrelationContext.current()?.correlationId;
    await this.messages.insert({
      messageId: request.messageId,
      purpose: request.purpose,
      holdId: request.holdId,
      followupId: request.followupId,
      to: request.to,
      createdAt: now,
      ...(correlationId ? { correlationId } : {}),
    });
    const statusCallback = `${this.publicBaseUrl}/v1/twilio/status/${this.db.orgId}?ref=${request.messageId}`;
    try {
      const { sid, status } = await this.gateway.send(account, { to: request.to, body: request.body, statusCallback });
      await this.messages.advance(request.messageId, { status, sid, at: now });
      this.metrics.recorded(request.purpose, 'accepted');
      this.logger.log(`${request.purpose} SMS ${request.messageId} accepted by the provider (${status})`);
      return { ok: true, sid };
    } catch (error) {
      if (!(error instanceof SmsApiError)) throw error;
      if (error.isCredentialsError) this.credentials.forget(account);
      const reason: SmsFailureReason = error.isCredentialsError ? 'credentials' : 'api_error';
      this.logger.warn(`${request.purpose} SMS refused by the provider: ${error.code ?? error.httpStatus}`);
      await this.messages.advance(request.messageId, { status: 'failed', errorCode: error.code, at: now });
      await this.reportFailure({ ...request }, reason, error.code);
      return { ok: false, reason, ...(error.code !== undefined ? { errorCode: error.code } : {}) };
    }
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
        reason,
        ...(errorCode !== undefined ? { errorCode } : {}),
        failedAt: this.clock.now().toISOString(),
      },
      { aggregateId: subject.holdId ?? subject.followupId ?? subject.messageId ?? 'sms' },
    );
  }
}
