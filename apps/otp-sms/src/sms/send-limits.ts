import { Injectable } from '@nestjs/common';
import { SmsPurpose } from '@mo/contracts';
import { Clock } from '@mo/context';
import { MessageRepository } from './message.repository';

/** The window of the per-phone limit. */
const PHONE_WINDOW_MS = 10 * 60_000;

/**
 * The limits on sending, exact under concurrency because each count runs under a lock held until
 * the send's transaction ends. Lock order: a phone's lock, then the tenant's, never the other way
 * round, so two sends cannot deadlock. Every lock is taken through this class, which keeps that order.
 */
@Injectable()
export class SendLimits {
  constructor(
    private readonly messages: MessageRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Serialises sends to one phone of the tenant: concurrent sends (or retried resends) to a number
   * see each other's messages. Take it before anything else in the transaction.
   */
  async lockPhone(phone: string): Promise<void> {
    await this.messages.lockPhone(phone);
  }

  /** Under `perPhone` sends of `purpose` to `phone` in ten minutes, then under the daily cap: two round trips. */
  async allow(phone: string, purpose: SmsPurpose, perPhone: number, dailyCap: number): Promise<boolean> {
    await this.messages.lockPhoneAndTenant(phone);
    const now = this.clock.now();
    const counts = await this.messages.countsFor(phone, purpose, new Date(now.getTime() - PHONE_WINDOW_MS), startOfDay(now));
    return counts.toPhone < perPhone && counts.ofTenant < dailyCap;
  }

  /**
   * The tenant's sends today (UTC) against its cap. The tenant's lock is held until this transaction
   * commits, which for a first code or a requested text is before the provider is called, so it
   * costs milliseconds. (A resend holds it through the call.)
   */
  async withinDailyCap(cap: number): Promise<boolean> {
    await this.messages.lockTenantSends();
    return (await this.messages.countSince(startOfDay(this.clock.now()))) < cap;
  }
}

const startOfDay = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
