import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { SecretBox, sha256 } from '@mo/crypto';
import { TenantDb } from '@mo/database';
import { SMS_GATEWAY, SmsAccount, SmsApiError, type SmsGateway } from '../twilio/sms-gateway';
import { WebhookAuthTokens } from '../twilio/webhook-auth-tokens';
import { CredentialsCache } from './credentials.cache';
import { CredentialsRepository, SealedCredentials } from './credentials.repository';

export const CREDENTIALS_BOX = Symbol('CREDENTIALS_BOX');

export type Usable = { ok: true; account: SmsAccount; clinicName: string; dailySmsCap: number } | { ok: false; reason: string };

const CHECK_OK_MS = 5 * 60_000;
const CHECK_FAILED_MS = 30_000;

/**
 * A clinic's Twilio credentials, loaded, decrypted and checked against the provider before anything
 * else happens. Check results are cached (briefly when negative) so a send usually costs no extra call.
 */
@Injectable()
export class CredentialsService implements WebhookAuthTokens {
  private readonly checks = new Map<string, { ok: boolean; reason: string; until: number }>();

  constructor(
    private readonly repository: CredentialsRepository,
    private readonly cache: CredentialsCache,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    @Inject(CREDENTIALS_BOX) private readonly box: SecretBox,
    @Inject(SMS_GATEWAY) private readonly gateway: SmsGateway,
  ) {}

  /** The current tenant's account, if it is configured, decryptable and accepted by the provider. */
  async usable(): Promise<Usable> {
    const sealed = await this.sealed();
    if (!sealed) return { ok: false, reason: 'no Twilio account configured' };
    let authToken: string;
    try {
      authToken = this.box.open(sealed.authTokenSealed, this.db.orgId);
    } catch {
      return { ok: false, reason: 'the stored auth token cannot be decrypted' };
    }
    const account = { accountSid: sealed.accountSid, authToken, fromNumber: sealed.fromNumber };
    const check = await this.check(account);
    return check.ok ? { ok: true, account, clinicName: sealed.clinicName, dailySmsCap: sealed.dailySmsCap } : { ok: false, reason: check.reason };
  }

  /** The auth token alone, for validating webhook signatures (no provider call). */
  async authToken(): Promise<string | undefined> {
    const sealed = await this.sealed();
    if (!sealed) return undefined;
    try {
      return this.box.open(sealed.authTokenSealed, this.db.orgId);
    } catch {
      return undefined;
    }
  }

  /** The tenant's stored account; the token is opened at each use, so no plain token is kept. */
  private sealed(): Promise<SealedCredentials | undefined> {
    return this.cache.get(this.db.orgId, this.clock.now().getTime(), () => this.repository.find());
  }

  /** Forgets a cached verdict, e.g. after the provider rejected these credentials mid-flight. */
  forget(account: SmsAccount): void {
    this.checks.delete(cacheKey(account));
  }

  private async check(account: SmsAccount): Promise<{ ok: boolean; reason: string }> {
    const key = cacheKey(account);
    const now = this.clock.now().getTime();
    const cached = this.checks.get(key);
    if (cached && cached.until > now) return cached;
    let verdict: { ok: boolean; reason: string };
    try {
      await this.gateway.checkAccount(account);
      verdict = { ok: true, reason: '' };
    } catch (error) {
      if (!(error instanceof SmsApiError) || !error.isCredentialsError) throw error;
      verdict = { ok: false, reason: `the provider rejected the credentials (${error.code ?? error.httpStatus})` };
    }
    this.checks.set(key, { ...verdict, until: now + (verdict.ok ? CHECK_OK_MS : CHECK_FAILED_MS) });
    return verdict;
  }
}

const cacheKey = (account: SmsAccount): string => sha256(`${account.accountSid}:${account.authToken}`).toString('hex');
