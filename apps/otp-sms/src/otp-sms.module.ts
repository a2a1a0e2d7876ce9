import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@mo/platform';
import { OtpSmsConfig } from './otp-sms.config';

@Module({})
export class OtpSmsModule {
  static forRoot(config: OtpSmsConfig): DynamicModule {
    return {
      module: OtpSmsModule,
      imports: [PlatformModule.forRoot({ app: 'otp-sms', schema: 'otp_sms', config })],
      providers: [{ provide: OtpSmsConfig, useValue: config }],
    };
  }
}
