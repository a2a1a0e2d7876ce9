import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Clock } from '@mo/context';
import { SecretBox } from '@mo/crypto';
import { TenantDb } from '@mo/database';
import { Redactor } from '@mo/pii';
import { FINGERPRINT_KEYS } from './fingerprint-keys';
import { PolicyRepository } from './policy.repository';

/**
 * Per tenant: a Redactor built from its policy (rebuilt only when the policy changes, since the
 * dictionaries are compiled) and its fingerprint key (made on first use, stored sealed).
 */
@Injectable()
export class TenantRedactor {
  private readonly redactors = new Map<string, { version: string; redactor: Redactor }>();
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly policies: PolicyRepository,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    @Inject(FINGERPRINT_KEYS) private readonly box: SecretBox,
  ) {}

  async redactor(): Promise<Redactor> {
    const orgId = this.db.orgId;
    const { policy, version } = await this.policies.load();
    const cached = this.redactors.get(orgId);
    if (cached?.version === version) return cached.redactor;
    const redactor = new Redactor(policy);
    if (this.redactors.size >= 1_000) this.redactors.clear();
    this.redactors.set(orgId, { version, redactor });
    return redactor;
  }

  async key(): Promise<Buffer> {
    const orgId = this.db.orgId;
    const cached = this.keys.get(orgId);
    if (cached) return cached;
    const sealed = (await this.policies.sealedKey()) ?? (await this.policies.storeKey(this.box.seal(randomBytes(32).toString('base64'), orgId), this.clock.now()));
    const key = Buffer.from(this.box.open(sealed, orgId), 'base64');
    this.keys.set(orgId, key);
    return key;
  }
}
