import { DynamicModule, Module } from '@nestjs/common';
import { BrokerSettings } from '../dead-letter-broker';
import { ADMIN_TOKENS, AdminTokenGuard, parseAdminTokens } from './admin-token.guard';
import { BROKER_SETTINGS, DeadLetterAdminService } from './dead-letter-admin.service';
import { DeadLetterController } from './dead-letter.controller';
import { DeadLetterJanitor, JANITOR_APP } from './dead-letter-janitor';

export interface DeadLetterAdminOptions {
  /** The app whose own dead-letter queue this instance expires. */
  app: string;
  broker: BrokerSettings;
  /** `name=token,…`; empty turns the admin API off. */
  adminTokens: string;
}

/** The operators' dead-letter API (`/admin/dlq`), the same operations as `npm run dlq`, and the app's dead-letter janitor. */
@Module({})
export class DeadLetterAdminModule {
  static forRoot(options: DeadLetterAdminOptions): DynamicModule {
    return {
      module: DeadLetterAdminModule,
      controllers: [DeadLetterController],
      providers: [
        { provide: BROKER_SETTINGS, useValue: options.broker },
        { provide: ADMIN_TOKENS, useValue: parseAdminTokens(options.adminTokens) },
        AdminTokenGuard,
        DeadLetterAdminService,
        { provide: JANITOR_APP, useValue: options.app },
        DeadLetterJanitor,
      ],
      // Other admin endpoints (booking's caller erasure) authenticate operators the same way.
      exports: [ADMIN_TOKENS, AdminTokenGuard, DeadLetterAdminService, DeadLetterJanitor],
    };
  }
}
