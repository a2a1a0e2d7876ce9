import { Injectable } from '@nestjs/common';
import { Answer, CallRef, resolveInstant, ToolArgs } from '@mo/voice';
import { ScheduleService } from '../clinic/schedule.service';
import { ChangeRepository } from '../changes/change.repository';
import { ConfirmChangeService } from '../changes/confirm-change.service';
import { RequestChangeService } from '../changes/request-change.service';
import type { BookedFacts } from '../changes/change-saga';
import * as say from './voice-change-speech.mapper';
import { askFor } from './voice-speech.mapper';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The voice tools over a caller's existing appointments: find, cancel, reschedule, and confirming
 * the call's pending change. The caller is who the caller id says, so a bookingId the model passes
 * only counts if it is among that phone's own upcoming appointments.
 */
@Injectable()
export class VoiceAppointmentTools {
  constructor(
    private readonly requests: RequestChangeService,
    private readonly confirming: ConfirmChangeService,
    private readonly changes: ChangeRepository,
    private readonly schedules: ScheduleService,
  ) {}

  async find(call: CallRef): Promise<Answer> {
    if (!call.callerPhone || !E164.test(call.callerPhone)) return say.appointmentsAnswer({ type: 'Found', appointments: [] });
    return say.appointmentsAnswer(await this.requests.find(call.callerPhone));
  }

  async cancel(args: ToolArgs, call: CallRef): Promise<Answer> {
    const booking = await this.chosen(args, call);
    if (!booking) return say.noAppointment();
    return say.requestAnswer(await this.requests.cancel({ bookingId: booking.bookingId, callId: call.callId }), booking);
  }

  async reschedule(args: ToolArgs, call: CallRef): Promise<Answer> {
    const startsAt = resolveInstant(args.startsAt!, (await this.schedules.config()).timezone);
    if (!startsAt) return askFor('startsAt', 'invalid');
    const booking = await this.chosen(args, call);
    if (!booking) return say.noAppointment();
    return say.requestAnswer(await this.requests.reschedule({ bookingId: booking.bookingId, callId: call.callId, startsAt }), booking, startsAt);
  }

  /** The answer to confirm_booking when the call has a change waiting for its code; undefined otherwise. */
  async confirmPending(call: CallRef, code: string): Promise<Answer | undefined> {
    const open = (await this.changes.openForCall(call.callId)).sort((a, b) => b.change.expiresAt.getTime() - a.change.expiresAt.getTime())[0];
    if (!open) return undefined;
    return say.confirmChangeAnswer(await this.confirming.confirm(open.change.changeId, code));
  }

  /** The caller's booking that `which` names: a bookingId of theirs, or the soonest for "next". */
  private async chosen(args: ToolArgs, call: CallRef): Promise<BookedFacts | undefined> {
    if (!call.callerPhone || !E164.test(call.callerPhone)) return undefined;
    const { appointments } = await this.requests.find(call.callerPhone);
    const which = args.which ?? 'next';
    return which.toLowerCase() === 'next' ? appointments[0] : appointments.find((a) => a.bookingId === which);
  }
}
