import { Inject, Injectable } from '@nestjs/common';
import { InboundSmsReceived, RebookSlotRpc, SmsRequested } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { Outbox, RpcClient } from '@mo/messaging';
import { renderTemplate } from '@mo/templates';
import { Followup, FollowupRepository } from '../followups/followup.repository';
import { spokenType } from '../followups/followup.service';
import { nextSendingMoment, shortLabel } from '../followups/quiet-hours';
import { SettingsRepository } from '../settings/settings.repository';
import { ConsentRepository } from './consent.repository';
import { intentOf } from './keywords';

export const REBOOK_TIMEOUT_MS = Symbol('REBOOK_TIMEOUT_MS');
/** A follow-up can be answered for a week. */
const ANSWERABLE_MS = 7 * 24 * 3600_000;
/** Texts we send back per follow-up, so two auto-responders can never keep each other busy. */
export const MAX_REPLIES = 3;
/** Rendered like the follow-up itself, so an appointment type that names a condition never leaves by SMS. */
const BOOKED = "You're booked: {appointmentType} with {practitioner} on {localTime} at {clinicName}. See you then!";

/**
 * What a caller texts back: STOP/START change consent (Twilio itself answers those words); YES
 * books the slot the follow-up offered, as the caller's own phone answering proves ownership, so
 * there is no second code; anything late, repeated or unmatched gets a polite, harmless answer.
 */
@Injectable()
export class ReplyService {
  constructor(
    private readonly followups: FollowupRepository,
    private readonly consent: ConsentRepository,
    private readonly settings: SettingsRepository,
    private readonly rpc: RpcClient,
    private readonly outbox: Outbox,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(REBOOK_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  async handle(sms: InboundSmsReceived): Promise<void> {
    const now = this.clock.now();
    const intent = intentOf(sms.body);
    if (intent === 'opt_out' || intent === 'opt_in') return this.changeConsent(sms, intent, now);
    // An opted-out phone gets no text from us at all, not even a polite one.
    if (await this.consent.isOptedOut(sms.from)) return;
    const followup = await this.followups.latestForPhone(sms.from, new Date(now.getTime() - ANSWERABLE_MS));
    const clinicPhone = (await this.settings.load()).clinicPhone ?? 'the number you called';
    if (intent === 'yes') return this.book(sms.from, followup, clinicPhone, now);
    if (followup) await this.reply(sms.from, `Thanks for your message. Reply YES to book the time we offered, or call us on ${clinicPhone}.`, followup, now);
  }

  private async changeConsent(sms: InboundSmsReceived, action: 'opt_out' | 'opt_in', now: Date): Promise<void> {
    const keyword = sms.body.trim().toUpperCase().slice(0, 32);
    if (!(await this.consent.record(sms.messageSid, sms.from, action, keyword, now))) return;
    if (action === 'opt_out') {
      await this.followups.suppressPending(sms.from, now);
      return;
    }
    const settings = await this.settings.load();
    await this.followups.restoreSuppressed(sms.from, nextSendingMoment(now, settings.timezone, settings.quietStart, settings.quietEnd), now);
  }

  private async book(phone: string, followup: Followup | undefined, clinicPhone: string, now: Date): Promise<void> {
    if (!followup) return this.reply(phone, `Thanks for your message. We couldn't find a booking to confirm; please call us on ${clinicPhone}.`, undefined, now);
    const when = shortLabel(followup.startsAt, followup.timezone);
    if (followup.status === 'booked') return this.reply(phone, `You're already booked for ${when} at ${followup.clinicName}. See you then!`, followup, now);
    if (followup.startsAt.getTime() <= now.getTime()) {
      return this.reply(phone, `That time has passed, sorry. Please call us on ${clinicPhone} and we'll find another.`, followup, now);
    }
    const result = await this.rpc.request(
      RebookSlotRpc,
      this.db.orgId,
      {
        followupId: followup.followupId,
        appointmentTypeId: followup.appointmentTypeId,
        resourceId: followup.resourceId,
        startsAt: followup.startsAt.toISOString(),
        callerPhone: followup.phone,
        ...(followup.firstName ? { callerFirstName: followup.firstName } : {}),
      },
      this.timeoutMs,
    );
    if (result.result === 'booked') {
      await this.followups.update(followup.followupId, { status: 'booked', ...(result.bookingId ? { bookingId: result.bookingId } : {}) }, now);
      const values = { appointmentType: spokenType(followup.appointmentTypeName), practitioner: followup.resourceName, localTime: when, clinicName: followup.clinicName };
      return this.reply(phone, renderTemplate(BOOKED, values), followup, now, 'confirmation');
    }
    const offers = result.alternatives.slice(0, 2).map((a) => `${a.label} with ${a.resourceName}`);
    const text =
      offers.length > 0
        ? `Sorry, that time has just been taken. We can offer ${offers.join(' or ')}. Call us on ${clinicPhone} to book one.`
        : `Sorry, that time is no longer available. Please call us on ${clinicPhone} and we'll find another.`;
    return this.reply(phone, text, followup, now);
  }

  private async reply(to: string, body: string, followup: Followup | undefined, now: Date, purpose: 'followup' | 'confirmation' = 'followup'): Promise<void> {
    // A booking confirmation always goes out; chatter is capped.
    if (followup && purpose !== 'confirmation' && (await this.followups.countReply(followup.followupId, now)) > MAX_REPLIES) return;
    const requestId = this.ids.next();
    const about = followup ? { followupId: followup.followupId } : {};
    await this.outbox.add(SmsRequested, { requestId, purpose, to, body, ...about }, { aggregateId: followup?.followupId ?? to });
  }
}
