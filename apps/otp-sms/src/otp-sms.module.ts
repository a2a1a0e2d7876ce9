import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@mo/auth';
import { ConfigError, sessionUrlOf } from '@mo/config';
import { purposeKey, SecretBox } from '@mo/crypto';
import { PlatformModule } from '@mo/platform';
import { CREDENTIALS_BOX, CredentialsService } from './credentials/credentials.service';
import { ACCOUNTS_DATABASE_URL, CredentialsCache } from './credentials/credentials.cache';
import { CredentialsRepository } from './credentials/credentials.repository';
import { OtpSmsConfig } from './otp-sms.config';
import { ChallengeRepository } from './otp/challenge.repository';
import { MessageRepository } from './sms/message.repository';
import { OtpConsumer } from './otp/otp.consumer';
import { OtpPolicy } from './otp/otp-policy';
import { OtpSender } from './otp/otp-sender';
import { OtpVerifier } from './otp/otp-verifier';
import { SmsSender } from './sms/sms-sender';
import { PROVIDER_RETRY_DELAYS_MS, SmsProvider } from './sms/sms-provider';
import { SendOutcomes } from './sms/send-outcomes';
import { PendingTextRepository } from './sms/pending-text.repository';
import { PENDING_TEXTS_BOX } from './sms/pending-text-seal';
import { DISPATCH_TIMING, DispatchTiming, TextDispatcher } from './sms/text-dispatcher';
import { RequestedTextsOwner } from './sms/requested-texts.owner';
import { CodeTextsOwner } from './otp/code-texts.owner';
import { CodeSubjectRepository } from './otp/code-subject.repository';
import { CodeSubjects } from './otp/code-subjects';
import { CodeSubjectJanitor } from './otp/code-subject-janitor';
import { InboundController } from './inbound/inbound.controller';
import { InboundRepository } from './inbound/inbound.repository';
import { InboundService } from './inbound/inbound.service';
import { SEND_OWNERS, SendOwners } from './sms/send-owners';
import { SendLimits } from './sms/send-limits';
import { SmsMetrics } from './sms/sms.metrics';
import { SmsRequestConsumer } from './sms/sms-request.consumer';
import { UNSETTLED_SWEEP, UnsettledSendSweeper } from './sms/unsettled-send.sweeper';
import { StatusController } from './status/status.controller';
import { StatusService } from './status/status.service';
import { TwilioSignatureGuard } from './twilio/twilio-signature.guard';
import { SMS_GATEWAY } from './twilio/sms-gateway';
import { TwilioGateway } from './twilio/twilio.gateway';
import { WebhookAuthTokens } from './twilio/webhook-auth-tokens';
import { TwilioWebhooks } from './twilio/webhooks';
import { EXPIRING_PERSONAL_DATA, RetentionJanitor } from '@mo/privacy';
import { SmsPersonalDataRepository } from './privacy/sms-personal-data.repository';
import { CallerErasedConsumer } from './privacy/caller-erased.consumer';

/** Waits before each attempt at storing the provider's answer, through a database restart. */
const STORE_RETRY_DELAYS_MS: readonly number[] = [0, 500, 2_000, 5_000, 10_000];
/** A text its writer has not claimed within this is any instance's: its writer may have died. */
const FRESH_FOR_MS = 10_000;

@Module({})
export class OtpSmsModule {
  static forRoot(config: OtpSmsConfig): DynamicModule {
    const longestSend = PROVIDER_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay + config.TWILIO_TIMEOUT_MS, 0) + STORE_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
    const dispatchTiming: DispatchTiming = {
      concurrency: config.SMS_DISPATCH_CONCURRENCY,
      pollIntervalMs: config.SMS_DISPATCH_POLL_MS,
      freshForMs: FRESH_FOR_MS,
      // A claim outlives the longest send, so a text still at the provider is not claimed again.
      leaseMs: longestSend + 5_000,
      maxClaims: 3,
      storeRetryDelaysMs: STORE_RETRY_DELAYS_MS,
    };
    if (config.SMS_UNSETTLED_AFTER_MS <= longestSend) {
      throw new ConfigError(`Configuration error: SMS_UNSETTLED_AFTER_MS must exceed ${longestSend} (three attempts of TWILIO_TIMEOUT_MS, their pauses, and the wait to store the answer), or a send still in progress would be reported failed`);
    }
    return {
      module: OtpSmsModule,
      imports: [PlatformModule.forRoot({ app: 'otp-sms', schema: 'otp_sms', config }), AuthModule.forRoot(config.TENANT_SECRETS_KEY, sessionUrlOf(config))],
      controllers: [OtpConsumer, StatusController, InboundController, SmsRequestConsumer, CallerErasedConsumer],
      providers: [
        { provide: OtpSmsConfig, useValue: config },
        SmsMetrics,
        { provide: CREDENTIALS_BOX, useFactory: () => new SecretBox(config.CREDENTIALS_KEY) },
        { provide: SMS_GATEWAY, useFactory: () => new TwilioGateway(config.TWILIO_API_BASE_URL, config.TWILIO_TIMEOUT_MS) },
        { provide: TwilioWebhooks, useValue: new TwilioWebhooks(config.PUBLIC_BASE_URL) },
        {
          provide: OtpPolicy,
          useFactory: () =>
            new OtpPolicy(
              Buffer.from(config.OTP_PEPPER, 'base64'),
              config.OTP_TTL_SECONDS,
              config.OTP_MAX_ATTEMPTS,
              config.OTP_RESEND_COOLDOWN_SECONDS,
              config.OTP_SENDS_PER_PHONE,
            ),
        },
        CredentialsRepository,
        CredentialsCache,
        { provide: ACCOUNTS_DATABASE_URL, useValue: sessionUrlOf(config) },
        CredentialsService,
        { provide: WebhookAuthTokens, useExisting: CredentialsService },
        ChallengeRepository,
        MessageRepository,
        SendLimits,
        CodeSubjectRepository,
        CodeSubjects,
        CodeSubjectJanitor,
        CodeTextsOwner,
        RequestedTextsOwner,
        {
          provide: SEND_OWNERS,
          inject: [CodeTextsOwner, RequestedTextsOwner],
          useFactory: (codes: CodeTextsOwner, requested: RequestedTextsOwner): SendOwners => ({ otp: codes, change: codes, followup: requested, confirmation: requested }),
        },
        { provide: PENDING_TEXTS_BOX, useFactory: () => new SecretBox(purposeKey(config.CREDENTIALS_KEY, 'pendingTexts')) },
        PendingTextRepository,
        SmsProvider,
        SendOutcomes,
        { provide: DISPATCH_TIMING, useValue: dispatchTiming },
        TextDispatcher,
        SmsSender,
        OtpSender,
        OtpVerifier,
        StatusService,
        InboundRepository,
        InboundService,
        TwilioSignatureGuard,
        { provide: UNSETTLED_SWEEP, useValue: { intervalMs: config.SMS_SWEEP_INTERVAL_MS, unsettledAfterMs: config.SMS_UNSETTLED_AFTER_MS } },
        UnsettledSendSweeper,
        SmsPersonalDataRepository,
        { provide: EXPIRING_PERSONAL_DATA, useExisting: SmsPersonalDataRepository },
        RetentionJanitor,
      ],
    };
  }
}
