import { DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@mo/auth';
import { sessionUrlOf } from '@mo/config';
import { PlatformModule } from '@mo/platform';
import { CallerPhoneHmac } from '@mo/privacy';
import { ChangeConfirmationConsumer } from './changes/change-confirmation.consumer';
import { FollowupConfig } from './followup.config';
import { FollowupConsumer } from './followups/followup.consumer';
import { FollowupRepository } from './followups/followup.repository';
import { FollowupScheduler, SCHEDULER_INTERVAL_MS } from './followups/followup-scheduler';
import { FollowupService } from './followups/followup.service';
import { CallerContextConsumer } from './memory/caller-context.consumer';
import { CallerContextController } from './memory/caller-context.controller';
import { CallerMemoryRepository } from './memory/caller-memory.repository';
import { MemoryConsumer } from './memory/memory.consumer';
import { MemoryJanitor } from './memory/memory-janitor';
import { ConsentRepository } from './replies/consent.repository';
import { InboundSmsConsumer } from './replies/inbound-sms.consumer';
import { REBOOK_TIMEOUT_MS, ReplyService } from './replies/reply.service';
import { SettingsRepository } from './settings/settings.repository';
import { CallerErasedConsumer } from './privacy/caller-erased.consumer';
import { CallerErasureRepository } from './privacy/caller-erasure.repository';

@Module({})
export class FollowupModule {
  static forRoot(config: FollowupConfig): DynamicModule {
    return {
      module: FollowupModule,
      imports: [PlatformModule.forRoot({ app: 'followup', schema: 'followup', config }), AuthModule.forRoot(config.TENANT_SECRETS_KEY, sessionUrlOf(config))],
      // MemoryConsumer comes first: on ConfirmationMissed the memory is written before the follow-up is planned.
      controllers: [CallerContextController, CallerContextConsumer, MemoryConsumer, FollowupConsumer, ChangeConfirmationConsumer, InboundSmsConsumer, CallerErasedConsumer],
      providers: [
        { provide: FollowupConfig, useValue: config },
        { provide: SCHEDULER_INTERVAL_MS, useValue: config.SCHEDULER_INTERVAL_MS },
        { provide: REBOOK_TIMEOUT_MS, useValue: config.REBOOK_TIMEOUT_MS },
        CallerMemoryRepository,
        MemoryJanitor,
        SettingsRepository,
        ConsentRepository,
        FollowupRepository,
        FollowupService,
        FollowupScheduler,
        ReplyService,
        { provide: CallerPhoneHmac, useValue: new CallerPhoneHmac(config.TENANT_SECRETS_KEY) },
        CallerErasureRepository,
      ],
    };
  }
}
