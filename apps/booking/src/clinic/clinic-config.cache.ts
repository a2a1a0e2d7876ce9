import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { NotifiedCache } from '@mo/database';
import { ClinicConfig } from './clinic-config';

export const CONFIG_DATABASE_URL = Symbol('CONFIG_DATABASE_URL');

/**
 * Clinic configurations per tenant. Any change to one is announced on `booking_config` by a trigger,
 * and this instance LISTENs and forgets that tenant's copy at once. The TTL bounds staleness if a
 * notification is ever missed; while the listener is disconnected nothing is cached at all.
 */
@Injectable()
export class ClinicConfigCache extends NotifiedCache<ClinicConfig> implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(CONFIG_DATABASE_URL) url: string) {
    super({ url, channel: 'booking_config', applicationName: 'booking-config-listener', meanwhile: 'serving uncached', ttlMs: 60_000 });
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }
}
