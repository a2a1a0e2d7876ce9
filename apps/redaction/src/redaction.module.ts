import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@mo/platform';
import { RedactionConfig } from './redaction.config';

@Module({})
export class RedactionModule {
  static forRoot(config: RedactionConfig): DynamicModule {
    return {
      module: RedactionModule,
      imports: [PlatformModule.forRoot({ app: 'redaction', schema: 'redaction', config })],
      providers: [{ provide: RedactionConfig, useValue: config }],
    };
  }
}
