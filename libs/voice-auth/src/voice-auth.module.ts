import { DynamicModule, Module } from '@nestjs/common';
import { purposeKey, SecretBox } from '@mo/crypto';
import { VOICE_SECRETS, VoiceAuthGuard } from './voice-auth.guard';
import { VoiceConnectionRepository } from './voice-connection.repository';

@Module({})
export class VoiceAuthModule {
  /** `tenantSecretsKey`: the apps' TENANT_SECRETS_KEY; the keys platforms sign with are sealed under its voice subkey. */
  static forRoot(tenantSecretsKey: string): DynamicModule {
    return {
      module: VoiceAuthModule,
      providers: [VoiceConnectionRepository, VoiceAuthGuard, { provide: VOICE_SECRETS, useFactory: () => new SecretBox(purposeKey(tenantSecretsKey, 'voiceSigningKeys')) }],
      exports: [VoiceConnectionRepository, VoiceAuthGuard, VOICE_SECRETS],
    };
  }
}
