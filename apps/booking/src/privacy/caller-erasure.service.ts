import { Injectable, Logger } from '@nestjs/common';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { type Actor, DeadLetterAdminService } from '@mo/dead-letters';
import { CallerPhoneHmac, type ErasureStatus } from '@mo/privacy';
import { BookingConfig } from '../booking.config';
import { CallerErasureRepository } from './caller-erasure.repository';

export type ErasureRequestResult =
  | { kind: 'unknown_tenant' }
  /** `deadLetters` is null when the dead-letter queues could not be swept; a rerun sweeps them. */
  | { kind: 'requested'; erasureId: string; deadLetters: number | null };

/**
 * An operator's request to erase a caller: recorded with the command to every app in one
 * transaction, then the tenant's dead letters that name the phone are dropped (audited). The apps do
 * their parts as the command reaches them; `status` tells how far they are.
 */
@Injectable()
export class CallerErasureService {
  private readonly logger = new Logger(CallerErasureService.name);
  private readonly hmac: CallerPhoneHmac;

  constructor(
    private readonly db: TenantDb,
    private readonly erasures: CallerErasureRepository,
    private readonly deadLetters: DeadLetterAdminService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    config: BookingConfig,
  ) {
    this.hmac = new CallerPhoneHmac(config.TENANT_SECRETS_KEY);
  }

  async request(orgId: string, phone: string, actor: Actor & { via: 'cli' | 'api' }): Promise<ErasureRequestResult> {
    const erasureId = this.ids.next();
    const known = await this.db.run(orgId, async () => {
      if (!(await this.erasures.tenantExists())) return false;
      await this.erasures.request({ erasureId, phone, phoneHmac: this.hmac.of(orgId, phone), operator: actor.operator, via: actor.via, now: this.clock.now(), messageId: this.ids.next() });
      return true;
    });
    if (!known) return { kind: 'unknown_tenant' };
    try {
      const report = await this.deadLetters.with((ops) => ops.erase(orgId, phone, actor));
      await this.db.run(orgId, () => this.erasures.deadLettersErased(erasureId, report.ids.length));
      return { kind: 'requested', erasureId, deadLetters: report.ids.length };
    } catch (error) {
      this.logger.warn(`erasure ${erasureId}: dead letters not swept: ${error instanceof Error ? error.message : String(error)}`);
      return { kind: 'requested', erasureId, deadLetters: null };
    }
  }

  status(orgId: string, erasureId: string): Promise<ErasureStatus | undefined> {
    return this.db.run(orgId, () => this.erasures.status(erasureId));
  }
}
