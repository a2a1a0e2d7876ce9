import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { ClinicConfig } from './clinic-config';

export const CONFIG_DATABASE_URL = Symbol('CONFIG_DATABASE_URL');
const TTL_MS = 60_000;

/**
 * Clinic configurations per tenant. Any change to one is announced on `booking_config` by a trigger,
 * and this instance LISTENs and forgets that tenant's copy at once. The TTL bounds staleness if a
 * notification is ever missed; while the listener is disconnected nothing is cached at all.
 */
@Injectable()
export class ClinicConfigCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ClinicConfigCache.name);
  private readonly entries = new Map<string, { config: ClinicConfig; until: number }>();
  private listener?: Client;
  private listening = false;
  private closed = false;
  private retry?: NodeJS.Timeout;

  constructor(@Inject(CONFIG_DATABASE_URL) private readonly url: string) {}

  async onModuleInit(): Promise<void> {
    await this.listen().catch(() => this.reconnectLater());
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }

  async get(orgId: string, now: number, load: () => Promise<ClinicConfig | undefined>): Promise<ClinicConfig | undefined> {
    const entry = this.entries.get(orgId);
    if (entry && entry.until > now && this.listening) return entry.config;
    const config = await load();
    if (config && this.listening) this.entries.set(orgId, { config, until: now + TTL_MS });
    return config;
  }

  evict(orgId: string): void {
    this.entries.delete(orgId);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'booking-config-listener' });
    client.on('notification', (message) => message.payload && this.evict(message.payload));
    client.on('error', () => undefined);
    client.on('end', () => {
      this.listening = false;
      this.entries.clear();
      if (!this.closed) this.reconnectLater();
    });
    await client.connect();
    await client.query('LISTEN booking_config');
    this.listener = client;
    this.entries.clear();
    this.listening = true;
  }

  private reconnectLater(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.listen().catch((error: Error) => {
        this.logger.warn(`config listener cannot connect: ${error.message}; serving uncached`);
        this.reconnectLater();
      });
    }, 1_000);
    this.retry.unref();
  }
}
