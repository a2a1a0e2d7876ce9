import { hkdfSync } from 'node:crypto';

/**
 * One key for one purpose: each use of a master key gets its own subkey, derived with HKDF-SHA256
 * and a label, so a value sealed for one purpose never opens as another's.
 */
export const KEY_PURPOSES = {
  /** Tenants' request-signing secrets (tenancy.orgs.signing_secret_sealed). */
  signingSecrets: 'master-orchestrator/v1/request-signing-secrets',
  /** Redaction's per-tenant fingerprint keys (redaction.keys). */
  fingerprintKeys: 'master-orchestrator/v1/redaction-fingerprint-keys',
  /** The keys voice platforms sign with (tenancy.voice_connections.signing_key_sealed). */
  voiceSigningKeys: 'master-orchestrator/v1/voice-signing-keys',
  /** HMACs that stand for an erased caller's phone (ops.caller_erasures, followup's kept opt-outs). */
  callerPhones: 'master-orchestrator/v1/caller-phone-hmacs',
  /** Texts otp-sms has decided but the provider has not yet accepted (otp_sms.pending_texts.body_sealed). */
  pendingTexts: 'master-orchestrator/v1/pending-sms-texts',
} as const;

export type KeyPurpose = keyof typeof KEY_PURPOSES;

/** The base64 subkey of `masterBase64` for `purpose`: 32 bytes, as SecretBox takes. */
export function purposeKey(masterBase64: string, purpose: KeyPurpose): string {
  const master = Buffer.from(masterBase64, 'base64');
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), KEY_PURPOSES[purpose], 32)).toString('base64');
}
