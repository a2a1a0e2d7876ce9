export { VOICE_SECRETS, VoiceAuthGuard, VoiceEndpoint, type VoiceRequest } from './voice-auth.guard';
export { VoiceAuthModule } from './voice-auth.module';
export { type StoredConnection, VoiceConnectionRepository } from './voice-connection.repository';
