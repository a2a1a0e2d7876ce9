import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@mo/auth';
import { sessionUrlOf } from '@mo/config';
import { PlatformModule } from '@mo/platform';
import { VoiceAuthModule } from '@mo/voice-auth';
import { fingerprintKeysProvider } from './policy/fingerprint-keys';
import { PolicyRepository } from './policy/policy.repository';
import { TenantRedactor } from './policy/tenant-redactor';
import { RedactController } from './redact/redact.controller';
import { RedactionMetrics } from './redact/redaction.metrics';
import { RedactionConfig } from './redaction.config';
import { TranscriptController } from './transcripts/transcript.controller';
import { TranscriptRepository } from './transcripts/transcript.repository';
import { TranscriptService } from './transcripts/transcript.service';
import { VoiceCallEndService } from './voice/voice-call-end.service';
import { VoiceCallRepository } from './voice/voice-call.repository';
import { VoiceEventsController } from './voice/voice-events.controller';
import { CallerErasedConsumer } from './privacy/caller-erased.consumer';
import { TranscriptErasureRepository } from './privacy/transcript-erasure.repository';

@Module({})
export class RedactionModule {
  static forRoot(config: RedactionConfig): DynamicModule {
    return {
      module: RedactionModule,
      imports: [
        PlatformModule.forRoot({ app: 'redaction', schema: 'redaction', config }),
        AuthModule.forRoot(config.TENANT_SECRETS_KEY, sessionUrlOf(config)),
        VoiceAuthModule.forRoot(config.TENANT_SECRETS_KEY),
      ],
      controllers: [RedactController, TranscriptController, VoiceEventsController, CallerErasedConsumer],
      providers: [
        { provide: RedactionConfig, useValue: config },
        fingerprintKeysProvider(config.TENANT_SECRETS_KEY),
        PolicyRepository,
        TenantRedactor,
        TranscriptRepository,
        TranscriptService,
        RedactionMetrics,
        VoiceCallRepository,
        VoiceCallEndService,
        TranscriptErasureRepository,
      ],
    };
  }
}
