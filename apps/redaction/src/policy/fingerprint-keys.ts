import type { Provider } from '@nestjs/common';
import { purposeKey, SecretBox } from '@mo/crypto';

/** Seals tenants' fingerprint keys under TENANT_SECRETS_KEY's own subkey for them, not the signing one. */
export const FINGERPRINT_KEYS = Symbol('FINGERPRINT_KEYS');

export const fingerprintKeysProvider = (tenantSecretsKey: string): Provider => ({
  provide: FINGERPRINT_KEYS,
  useFactory: () => new SecretBox(purposeKey(tenantSecretsKey, 'fingerprintKeys')),
});
