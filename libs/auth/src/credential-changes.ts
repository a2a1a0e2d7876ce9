import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ListenClient } from '@mo/database';

export const CREDENTIALS_DATABASE_URL = Symbol('CREDENTIALS_DATABASE_URL');

/**
 * Hears `tenant_credentials` (a key revoked or expiring, a signing secret set), so every instance
 * forgets that tenant's verified keys at once. While it is not listening nothing may be cached.
 */
@Injectable()
export class CredentialChanges implements OnModuleInit, OnModuleDestroy {
  private readonly listener: ListenClient;

  constructor(@Inject(CREDENTIALS_DATABASE_URL) url: string) {
    this.listener = new ListenClient({ url, channel: 'tenant_credentials', applicationName: 'credentials-listener', meanwhile: 'verifying every key' });
  }

  get listening(): boolean {
    return this.listener.listening;
  }

  /** `undefined`: the listener (re)connected or lost its connection, and anything may have changed meanwhile. */
  onChange(handler: (orgId: string | undefined) => void): void {
    this.listener.onNotify(handler);
    this.listener.onReset(() => handler(undefined));
  }

  onModuleInit(): Promise<void> {
    return this.listener.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.listener.stop();
  }
}
