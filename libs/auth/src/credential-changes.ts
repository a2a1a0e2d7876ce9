import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';

export const CREDENTIALS_DATABASE_URL = Symbol('CREDENTIALS_DATABASE_URL');

/**
 * Hears `tenant_credentials` (a key revoked or expiring, a signing secret set), so every instance
 * forgets that tenant's verified keys at once. While it is not listening nothing may be cached.
 */
@Injectable()
export class CredentialChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CredentialChanges.name);
  private readonly handlers: Array<(orgId: string | undefined) => void> = [];
  private client?: Client;
  private closed = false;
  private retry?: NodeJS.Timeout;
  listening = false;

  constructor(@Inject(CREDENTIALS_DATABASE_URL) private readonly url: string) {}

  /** `undefined`: the listener reconnected, and anything may have changed meanwhile. */
  onChange(handler: (orgId: string | undefined) => void): void {
    this.handlers.push(handler);
  }

  async onModuleInit(): Promise<void> {
    await this.listen().catch(() => this.reconnectLater());
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private emit(orgId: string | undefined): void {
    for (const handler of this.handlers) handler(orgId);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'credentials-listener' });
    client.on('notification', (message) => message.payload && this.emit(message.payload));
    client.on('error', () => undefined);
    client.on('end', () => {
      this.listening = false;
      this.emit(undefined);
      if (!this.closed) this.reconnectLater();
    });
    await client.connect();
    await client.query('LISTEN tenant_credentials');
    this.client = client;
    this.emit(undefined);
    this.listening = true;
  }

  private reconnectLater(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.listen().catch((error: Error) => {
        this.logger.warn(`credentials listener cannot connect: ${error.message}; verifying every key`);
        this.reconnectLater();
      });
    }, 1_000);
    this.retry.unref();
  }
}
