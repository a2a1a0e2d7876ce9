import { Injectable, Logger } from '@nestjs/common';
import { ConfirmationMissed, SmsRequested } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import type { StatementOptions } from '@mo/database';
import { Outbox } from '@mo/messaging';
import { renderTemplate } from '@mo/templates';
import { ConsentRepository } from '../replies/consent.repository';
import { FollowupSettings, SettingsRepository } from '../settings/settings.repository';
import { Followup, FollowupRepository } from './followup.repository';
import { nextSendingMoment, shortLabel } from './quiet-hours';

/** "Cleaning" reads better mid-sentence as "cleaning"; "Root Canal" is left as the clinic wrote it. */
export const spokenType = (name: string): string => (/^[A-Z][a-z]+$/.test(name) ? name.toLowerCase() : name);

/**
 * One follow-up SMS per missed confirmation: planned when ConfirmationMissed arrives, sent at once or
 * at the next moment inside the clinic's sending hours, never to a phone that opted out.
 */
@Injectable()
export class FollowupService {
  private readonly logger = new Logger(FollowupService.name);

  constructor(
    private readonly followups: FollowupRepository,
    private readonly settings: SettingsRepository,
    private readonly consent: ConsentRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async plan(missed: ConfirmationMissed): Promise<void> {
    const now = this.clock.now();
    const settings = await this.settings.load();
    const suppressed = await this.consent.isOptedOut(missed.callerPhone);
    const followup: Omit<Followup, 'bookingId' | 'createdAt'> = {
      followupId: this.ids.next(),
      holdId: missed.holdId,
      phone: missed.callerPhone,
      firstName: missed.callerFirstName ?? null,
      appointmentTypeId: missed.appointmentTypeId,
      appointmentTypeName: missed.appointmentTypeName,
      resourceId: missed.resourceId,
      resourceName: missed.resourceName,
      startsAt: new Date(missed.startsAt),
      startsLocal: missed.startsAtLocal,
      timezone: missed.timezone,
      clinicName: missed.clinicName,
      status: suppressed ? 'suppressed' : 'scheduled',
      dueAt: nextSendingMoment(now, settings.timezone, settings.quietStart, settings.quietEnd),
    };
    if (!(await this.followups.insert(followup, now))) return;
    this.logger.log(`follow-up ${followup.followupId} for hold ${followup.holdId}: ${followup.status}, due ${followup.dueAt.toISOString()}`);
    // Sending is then the handler's last write, so ConfirmationMissed's COMMIT may go with it.
    if (!suppressed && followup.dueAt.getTime() <= now.getTime()) await this.dispatch({ ...followup, bookingId: null, createdAt: now }, settings, { final: true });
  }

  /**
   * Sends a due follow-up, unless the phone opted out since, or the sending hours moved. `final`
   * when the caller writes nothing after it (TenantDb.endAtFinal): its last write may commit.
   */
  async dispatch(followup: Followup, settings?: FollowupSettings, options: StatementOptions = {}): Promise<void> {
    const now = this.clock.now();
    const current = settings ?? (await this.settings.load());
    if (await this.consent.isOptedOut(followup.phone)) return this.followups.update(followup.followupId, { status: 'suppressed' }, now, options);
    const allowed = nextSendingMoment(now, current.timezone, current.quietStart, current.quietEnd);
    if (allowed.getTime() > now.getTime()) return this.followups.update(followup.followupId, { status: 'scheduled', dueAt: allowed }, now, options);
    const body = renderTemplate(current.template, {
      ...(followup.firstName ? { firstName: followup.firstName } : {}),
      appointmentType: spokenType(followup.appointmentTypeName),
      practitioner: followup.resourceName,
      localTime: shortLabel(followup.startsAt, followup.timezone),
      clinicName: followup.clinicName,
      ...(current.clinicPhone ? { clinicPhone: current.clinicPhone } : {}),
    });
    const requestId = this.ids.next();
    await this.outbox.add(
      SmsRequested,
      { requestId, purpose: 'followup', to: followup.phone, body, followupId: followup.followupId, holdId: followup.holdId },
      { aggregateId: followup.followupId },
    );
    await this.followups.update(followup.followupId, { status: 'sending', smsRequestId: requestId }, now, options);
    this.logger.log(`follow-up ${followup.followupId}: SMS ${requestId} requested`);
  }

  async smsOutcome(followupId: string, requestId: string, outcome: 'sent' | 'failed', reason?: string): Promise<void> {
    await this.followups.settleSms(followupId, requestId, outcome, reason, this.clock.now());
  }
}
