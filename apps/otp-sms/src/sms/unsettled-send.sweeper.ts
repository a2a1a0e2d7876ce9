import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { PeriodicPass } from '@mo/background';
import { MessageRepository } from './message.repository';
import { SEND_OWNERS, type SendOwners } from './send-owners';
import { subjectIds } from './sms-request';
import { SmsSender } from './sms-sender';
import { SmsMetrics } from './sms.metrics';

export interface SweeperTiming {
  intervalMs: number;
  /** Longer than any provider call can take, so a send still waiting for its answer is never swept. */
  unsettledAfterMs: number;
}
export const UNSETTLED_SWEEP = Symbol('UNSETTLED_SWEEP');

/**
 * Settles sends left `sending` with no pending text to send them again (rows written before the
 * SMS outbox, migration 2100): the provider may or may not have taken them, and nobody will store
 * its answer. Each is reported failed (SmsFailed), so booking releases the hold and followup
 * knows, rather than a caller waiting for a code that may never come. Every instance runs one; SKIP
 * LOCKED lets them share the work.
 */
@Injectable()
export class UnsettledSendSweeper extends PeriodicPass {
  constructor(
    private readonly db: TenantDb,
    private readonly messages: MessageRepository,
    @Inject(SEND_OWNERS) private readonly owners: SendOwners,
    private readonly sms: SmsSender,
    private readonly metrics: SmsMetrics,
    private readonly clock: Clock,
    @Inject(UNSETTLED_SWEEP) private readonly timing: SweeperTiming,
  ) {
    super(timing.intervalMs, 'settling unanswered sends');
  }

  protected async pass(): Promise<number> {
    const now = this.clock.now();
    const olderThan = new Date(now.getTime() - this.timing.unsettledAfterMs);
    return this.sweepTenants(this.db, await this.messages.orgsWithUnsettled(olderThan), async () => {
      const stuck = await this.messages.claimUnsettled(olderThan, 50);
      for (const send of stuck) {
        await this.messages.advance(send.messageId, { status: 'failed', at: now });
        if (send.purpose) {
          await this.owners[send.purpose].sendFailed({ ...send, purpose: send.purpose });
          const subject = { messageId: send.messageId, purpose: send.purpose, ...subjectIds(send) };
          await this.sms.reportFailure(subject, 'api_error');
        }
        this.metrics.sweptUnsettled(send.purpose ?? 'unknown');
        this.logger.warn(`${send.purpose ?? 'unknown'} SMS ${send.messageId} never got the provider's answer stored; reported failed`);
      }
      return stuck.length;
    });
  }
}
