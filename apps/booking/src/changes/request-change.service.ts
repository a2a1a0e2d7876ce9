import { Injectable } from '@nestjs/common';
import { Clock, IdGenerator } from '@mo/context';
import { AvailabilityService } from '../availability/availability.service';
import { ScheduleService } from '../clinic/schedule.service';
import { checkBookable, newHold } from '../holds/hold-rules';
import { CancelCommand, FindResult, RequestResult, RescheduleCommand, Unchangeable } from './change-results';
import { confirmsText, withinNotice } from './change-rules';
import { ChangeFacts } from './change-saga';
import { ChangeTransitions } from './change-transitions';
import { AppointmentRepository, StoredBooking } from './appointment.repository';
import { ChangeRepository } from './change.repository';

/** Finding a caller's bookings, and starting a cancel or a move of one: the flows every adapter uses. */
@Injectable()
export class RequestChangeService {
  constructor(
    private readonly appointments: AppointmentRepository,
    private readonly changes: ChangeRepository,
    private readonly transitions: ChangeTransitions,
    private readonly schedules: ScheduleService,
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async find(phone: string): Promise<FindResult> {
    return { type: 'Found', appointments: await this.appointments.upcomingForPhone(phone, this.clock.now()) };
  }

  async cancel(command: CancelCommand): Promise<RequestResult> {
    const checked = await this.changeable(command.bookingId);
    if ('type' in checked) return checked;
    const found = await this.schedules.schedule({ appointmentTypeId: checked.booking.hold.appointmentTypeId });
    if (!found.found) return { type: 'NotFound', missing: found.missing };
    // A change lives as long as a hold would: the caller reads its code while on the line.
    const expiresAt = new Date(this.clock.now().getTime() + found.schedule.holdTtlSeconds * 1000);
    const state = await this.transitions.start({ type: 'RequestChange', change: this.facts(command, checked.booking, 'cancel', expiresAt) });
    if (!state) throw new Error('a cancel claims no slot, so it always starts');
    return { type: 'Requested', state };
  }

  async reschedule(command: RescheduleCommand): Promise<RequestResult> {
    const checked = await this.changeable(command.bookingId);
    if ('type' in checked) return checked;
    const { hold } = checked.booking;
    const resourceId = command.resourceId ?? hold.resourceId;
    const found = await this.schedules.schedule({ appointmentTypeId: hold.appointmentTypeId, resourceId });
    if (!found.found) return { type: 'NotFound', missing: found.missing };
    const now = this.clock.now();
    const verdict = checkBookable(found.schedule, resourceId, command.startsAt, now);
    if (verdict !== 'ok') return { type: 'NotBookable', reason: verdict, ...(verdict === 'beyond_horizon' ? { horizonDays: found.schedule.bookingHorizonDays } : {}) };
    const caller = { phone: hold.callerPhone, ...(hold.callerFirstName ? { firstName: hold.callerFirstName } : {}) };
    const newSlot = newHold(found.schedule, { callId: command.callId, appointmentTypeId: hold.appointmentTypeId, resourceId, startsAt: command.startsAt, caller }, this.ids.next(), now);
    const state = await this.transitions.start({ type: 'RequestChange', change: this.facts(command, checked.booking, 'reschedule', newSlot.expiresAt, newSlot) });
    if (state) return { type: 'Requested', state };
    return { type: 'SlotTaken', alternatives: await this.availability.alternatives(hold.appointmentTypeId, command.startsAt, resourceId, 3) };
  }

  /** The booking, locked so that two requests for it cannot both start a change; or why it cannot change. */
  private async changeable(bookingId: string): Promise<{ booking: StoredBooking } | Unchangeable> {
    const booking = await this.appointments.booking(bookingId, true);
    if (!booking) return { type: 'BookingNotFound' };
    const { minNoticeHours } = await this.schedules.config();
    if (!withinNotice(booking.hold.startsAt, minNoticeHours, this.clock.now())) return { type: 'TooLate', minNoticeHours };
    const open = await this.changes.openForBooking(booking.hold.holdId);
    if (open) return { type: 'ChangePending', changeId: open };
    return { booking };
  }

  private facts(command: CancelCommand, booking: StoredBooking, kind: ChangeFacts['kind'], expiresAt: Date, newSlot?: ChangeFacts['newSlot']): ChangeFacts {
    return {
      changeId: this.ids.next(),
      callId: command.callId,
      kind,
      booking: { hold: booking.hold, bookingId: booking.bookingId },
      ...(newSlot ? { newSlot } : {}),
      confirms: confirmsText(kind, booking.hold, newSlot),
      expiresAt,
    };
  }
}
