import { DynamicModule, Module } from '@nestjs/common';
import { SecretBox } from '@mo/crypto';
import { VOICE_SECRETS, VoiceAuthGuard } from './voice-auth.guard';
import { VoiceConnectionRepository } from './voice-connection.repository';

@Module({})
export class VoiceAuthModule {
  /** `secretsKey`: base64 AES-256 key that seals the keys platforms sign with (VOICE_SECRETS_KEY). */
  static forRoot(secretsKey: string): DynamicModule {
    return {
      module: VoiceAuthModule,
      providers: [VoiceConnectionRepository, VoiceAuthGuard, { provide: VOICE_SECRETS, useFactory: () => new SecretBox(secretsKey) }],
      exports: [VoiceConnectionRepository, VoiceAuthGuard, VOICE_SECRETS],
    };
  }
}
