import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ListenClient } from '@mo/database';
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
  private readonly entries = new Map<string, { config: ClinicConfig; until: number }>();
  private readonly listener: ListenClient;

  constructor(@Inject(CONFIG_DATABASE_URL) url: string) {
    this.listener = new ListenClient({ url, channel: 'booking_config', applicationName: 'booking-config-listener', meanwhile: 'serving uncached' });
    this.listener.onNotify((orgId) => this.evict(orgId));
    this.listener.onReset(() => this.entries.clear());
  }

  onModuleInit(): Promise<void> {
    return this.listener.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.listener.stop();
  }

  async get(orgId: string, now: number, load: () => Promise<ClinicConfig | undefined>): Promise<ClinicConfig | undefined> {
    const entry = this.entries.get(orgId);
    if (entry && entry.until > now && this.listener.listening) return entry.config;
    const config = await load();
    if (config && this.listener.listening) this.entries.set(orgId, { config, until: now + TTL_MS });
    return config;
  }

  evict(orgId: string): void {
    this.entries.delete(orgId);
  }
}
