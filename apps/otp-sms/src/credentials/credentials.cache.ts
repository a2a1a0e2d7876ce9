import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { NotifiedCache } from '@mo/database';
import { SealedCredentials } from './credentials.repository';

export const ACCOUNTS_DATABASE_URL = Symbol('ACCOUNTS_DATABASE_URL');

/**
 * Each clinic's Twilio account as stored (the token still sealed) and its name, kept until a trigger
 * announces a change on `sms_accounts`: every send and every status callback needs them, and they
 * change about never.
 */
@Injectable()
export class CredentialsCache extends NotifiedCache<SealedCredentials> implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(ACCOUNTS_DATABASE_URL) url: string) {
    super({ url, channel: 'sms_accounts', applicationName: 'sms-accounts-listener', meanwhile: 'reading accounts uncached', ttlMs: 60_000 });
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}
