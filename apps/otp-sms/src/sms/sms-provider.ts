import { Inject, Injectable, Logger } from '@nestjs/common';
import { SmsFailureReason } from '@mo/contracts';
import { CredentialsService } from '../credentials/credentials.service';
import { SMS_GATEWAY, SmsAccount, SmsApiError, type SmsGateway } from '../twilio/sms-gateway';
import { TwilioWebhooks } from '../twilio/webhooks';
import { SmsRequest } from './sms-request';

/** Waits before each attempt at a send whose provider was unavailable; their sum plus three timeouts is the longest a send takes. */
export const PROVIDER_RETRY_DELAYS_MS: readonly number[] = [0, 1_000, 5_000];

export type Dispatched = { ok: true; sid: string; status?: string } | { ok: false; reason: SmsFailureReason; errorCode?: number };

/** The provider's answer to one text; no database work, so it runs outside any transaction. */
@Injectable()
export class SmsProvider {
  private readonly logger = new Logger(SmsProvider.name);

  constructor(
    private readonly credentials: CredentialsService,
    @Inject(SMS_GATEWAY) private readonly gateway: SmsGateway,
    private readonly webhooks: TwilioWebhooks,
  ) {}

  /**
   * For a pending text nothing retries for us (its message was acked), so a provider that is
   * briefly unavailable (429, 5xx, a timeout) is asked again here; one that stays unavailable is a
   * failed send. Its refusals (4xx) are final at once.
   */
  async sendPatiently(account: SmsAccount, request: SmsRequest, orgId: string): Promise<Dispatched> {
    for (const delayMs of PROVIDER_RETRY_DELAYS_MS) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        return await this.send(account, request, orgId);
      } catch (error) {
        this.logger.warn(`${request.purpose} SMS ${request.messageId}: provider unavailable (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    return { ok: false, reason: 'api_error' };
  }

  /** One attempt; throws when the provider is unavailable rather than refusing. */
  async send(account: SmsAccount, request: SmsRequest, orgId: string): Promise<Dispatched> {
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
}
