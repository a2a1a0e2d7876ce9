import { Injectable } from '@nestjs/common';
import { SmsPurpose } from '@mo/contracts';
import { Clock } from '@mo/context';
import { MessageRepository } from './message.repository';

/** The window of the per-phone limit. */
const PHONE_WINDOW_MS = 10 * 60_000;

/** The daily cap was reached by a send that committed after this one's check; the message is retried and then refused. */
export class DailyCapReached extends Error {
  constructor() {
    super("the clinic's daily SMS cap was reached while this send was decided");
    this.name = 'DailyCapReached';
  }
}

/**
 * The limits on sending, exact under concurrency. The per-phone limit counts under the phone's
 * lock, held until the send's transaction ends. The clinic's daily cap is a counter row
 * (`otp_sms.daily_sends`), checked without a lock when a send is decided and spent by the
 * transaction's last statement, so the row lock that serialises a clinic's sends is held for that
 * statement and the commit only.
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

  /** Under `perPhone` sends of `purpose` to `phone` in ten minutes (locked), and today's sends under the daily cap. */
  async allow(phone: string, purpose: SmsPurpose, perPhone: number, dailyCap: number): Promise<boolean> {
    const now = this.clock.now();
    // Written together: PostgreSQL starts the count (and takes its snapshot) only once the lock is held.
    const [, counts] = await Promise.all([this.messages.lockPhone(phone), this.messages.countsFor(phone, purpose, new Date(now.getTime() - PHONE_WINDOW_MS), startOfDay(now))]);
    return counts.toPhone < perPhone && counts.ofTenant < dailyCap;
  }

  /** Today's sends (UTC) of the tenant under its cap, as last committed. */
  async withinDailyCap(cap: number): Promise<boolean> {
    return (await this.messages.sentToday(startOfDay(this.clock.now()))) < cap;
  }

  /**
   * Counts one send against today's cap, locking the day's row until the transaction ends: the
   * last statement of a transaction that decides a text. False, counting nothing, if sends that
   * committed since the check took the last one.
   */
  spendDailySend(cap: number): Promise<boolean> {
    return this.messages.spendDailySend(startOfDay(this.clock.now()), cap);
  }
}

const startOfDay = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
