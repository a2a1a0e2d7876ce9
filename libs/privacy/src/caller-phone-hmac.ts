import { hmacSha256, purposeKey } from '@mo/crypto';

/**
 * What stands for a caller's phone once it is erased: an HMAC under the `callerPhones` subkey of
 * TENANT_SECRETS_KEY, bound to the tenant, so the same phone texting STOP again is recognised
 * without the phone being stored, and two tenants' HMACs of one phone never match.
 */
export class CallerPhoneHmac {
  private readonly key: Buffer;

  constructor(tenantSecretsKey: string) {
    this.key = Buffer.from(purposeKey(tenantSecretsKey, 'callerPhones'), 'base64');
  }

  of(orgId: string, phone: string): Buffer {
    return hmacSha256(this.key, `${orgId}\n${phone}`);
  }
}
