import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@mo/platform';
import { FollowupConfig } from './followup.config';

@Module({})
export class FollowupModule {
  static forRoot(config: FollowupConfig): DynamicModule {
    return {
      module: FollowupModule,
      imports: [PlatformModule.forRoot({ app: 'followup', schema: 'followup', config })],
      providers: [{ provide: FollowupConfig, useValue: config }],
    };
  }
}
