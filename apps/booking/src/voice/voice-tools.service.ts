import { Injectable } from '@nestjs/common';
import { CallerContextRpc, isTextablePhone } from '@mo/contracts';
import { TenantDb } from '@mo/database';
import { RpcClient } from '@mo/messaging';
import { Answer, CallRef, comingDays, inPart, matchName, PartOfDay, resolveInstant, searchWindow, spokenDay, ToolArgs, ToolName } from '@mo/voice';
import { AvailabilityService } from '../availability/availability.service';
import { ClinicConfig } from '../clinic/clinic-config';
import { ScheduleService } from '../clinic/schedule.service';
import { ConfirmHoldService } from '../holds/confirm-hold.service';
import { PlaceHoldService } from '../holds/place-hold.service';
import { HoldService } from '../holds/hold.service';
import { HoldTransitions } from '../holds/hold-transitions';
import { HoldRepository, StoredHold } from '../holds/hold.repository';
import type { PlacedState } from '../holds/hold-saga';
import { VoiceAppointmentTools } from './voice-appointment-tools.service';
import * as say from './voice-speech.mapper';

/** The caller is waiting: followup answers in milliseconds or the agent says it cannot look it up. */
export const CALLER_CONTEXT_TIMEOUT_MS = 1_000;
const OFFERED = 3;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Told, in the tick that issues a hold's placement, the answer the tool gives if that hold is placed
 * and is its call's only pending one, so the answer can be written in the same round trip.
 */
export type AnswerAhead = (answer: Answer, holdId: string) => void;

type Handler = (args: ToolArgs, call: CallRef, now: Date, ahead?: AnswerAhead) => Promise<Answer>;

/**
 * The tools whose handler sends only database statements (through TenantDb) until its first
 * statement's result, so it may run behind its once-per-call claim before the claim has answered
 * (TenantDb.provisional). caller_context asks followup first, so it waits; so does any tool not
 * listed here.
 */
const RUNS_AHEAD: ReadonlySet<ToolName> = new Set<ToolName>([
  'check_availability',
  'hold_slot',
  'confirm_booking',
  'resend_code',
  'cancel_hold',
  'find_appointments',
  'cancel_appointment',
  'reschedule_appointment',
]);
type AppointmentType = ClinicConfig['appointmentTypes'][string];

/**
 * One handler per tool, each over booking's own use cases (availability, placement, confirm,
 * resend, cancel) and the voice speech mapper; none of them repeats a rule a use case holds.
 */
@Injectable()
export class VoiceTools {
  private readonly handlers: Readonly<Record<ToolName, Handler>> = {
    check_availability: (args, _call, now) => this.checkAvailability(args, now),
    hold_slot: (args, call, _now, ahead) => this.holdSlot(args, call, ahead),
    confirm_booking: (args, call) => this.confirm(args, call),
    resend_code: (_args, call) => this.resend(call),
    cancel_hold: (_args, call) => this.cancel(call),
    caller_context: (_args, call) => this.callerContext(call),
    find_appointments: (_args, call) => this.appointments.find(call),
    cancel_appointment: (args, call) => this.appointments.cancel(args, call),
    reschedule_appointment: (args, call) => this.appointments.reschedule(args, call),
  };

  constructor(
    private readonly schedules: ScheduleService,
    private readonly availability: AvailabilityService,
    private readonly placing: PlaceHoldService,
    private readonly confirming: ConfirmHoldService,
    private readonly holdService: HoldService,
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
    private readonly rpc: RpcClient,
    private readonly db: TenantDb,
    private readonly appointments: VoiceAppointmentTools,
  ) {}

  /** `ahead` is told the answer before the work is answered, by the tools that `answersAhead`. */
  run(tool: ToolName, args: ToolArgs, call: CallRef, now: Date, ahead?: AnswerAhead): Promise<Answer> {
    return this.handlers[tool](args, call, now, ahead);
  }

  /**
   * Whether the tool may tell its answer ahead (see AnswerAhead): hold_slot, whose usual answer is a
   * function of the hold it places. Such a tool runs without `keepOpen`, so it must issue no `final`
   * statement of its own before it has told its answer (its placement is not final when told ahead).
   */
  answersAhead(tool: ToolName): boolean {
    return tool === 'hold_slot';
  }

  /** Whether the tool may run on the wire behind its claim, undone if the claim finds a repeat. */
  runsAhead(tool: ToolName): boolean {
    return RUNS_AHEAD.has(tool);
  }

  private async checkAvailability(args: ToolArgs, now: Date): Promise<Answer> {
    const config = await this.schedules.config();
    const chosen = this.choose(config, args);
    if ('say' in chosen) return chosen;
    const zone = config.timezone;
    const part = args.partOfDay as PartOfDay | undefined;
    const window = searchWindow({ ...(args.date ? { date: args.date } : {}), ...(part ? { partOfDay: part } : {}) }, now, zone);
    if (window.type === 'unknown_date') return say.unknownDateAnswer();
    if (window.type === 'past') return say.pastAnswer();
    // "In the evening", no day: each evening of the week in turn, so busy mornings cannot crowd it out.
    const windows = args.date || !window.part ? [window] : comingDays(now, zone).map((date) => searchWindow({ date, partOfDay: window.part! }, now, zone));
    for (const w of windows) {
      if (w.type !== 'window') continue;
      const result = await this.availability.find({ appointmentTypeId: chosen.type.id, from: w.from, to: w.to, ...(chosen.resourceId ? { resourceId: chosen.resourceId } : {}) });
      switch (result.type) {
        case 'Available': {
          // Distinct times, so three offers are three choices.
          const seen = new Set<string>();
          const slots = result.slots.filter((s) => (!w.part || inPart(new Date(s.startsAt), w.part, zone)) && !seen.has(s.startsAt) && seen.add(s.startsAt)).slice(0, OFFERED);
          if (slots.length === 0 && w !== windows[windows.length - 1]) continue;
          return say.availabilityAnswer(slots, zone, { ...(args.date ? { day: spokenDay(w.from, zone) } : {}), ...(w.part ? { part: w.part } : {}) }, chosen.type.name);
        }
        case 'Closed':
          if (windows.length > 1) continue;
          return say.closedAnswer(result.nextOpening, zone);
        case 'WindowPast':
        case 'BadWindow':
          return say.pastAnswer();
        case 'BeyondHorizon':
          return say.beyondHorizonAnswer(result.horizonDays);
        case 'NotFound':
          return say.scheduleMissing(result.missing, { type: chosen.type.name, ...(chosen.resourceName ? { practitioner: chosen.resourceName } : {}) });
      }
    }
    return say.availabilityAnswer([], zone, { ...(window.part ? { part: window.part } : {}) }, chosen.type.name);
  }

  private async holdSlot(args: ToolArgs, call: CallRef, ahead?: AnswerAhead): Promise<Answer> {
    const config = await this.schedules.config();
    const chosen = this.choose(config, args);
    if ('say' in chosen) return chosen;
    const startsAt = resolveInstant(args.startsAt!, config.timezone);
    if (!startsAt) return say.askFor('startsAt', 'invalid');
    const phone = args.phone ?? call.callerPhone;
    if (!phone) return say.askFor('phone', 'missing');
    if (!E164.test(phone)) return say.askFor('phone', 'invalid');
    if (!isTextablePhone(phone)) return say.phoneNotTextable();
    const resourceId = chosen.resourceId ?? (await this.freeResourceAt(chosen.type, startsAt));
    const command = { callId: call.callId, appointmentTypeId: chosen.type.id, resourceId, startsAt, caller: { phone, ...(args.firstName ? { firstName: args.firstName } : {}) } };
    // The call's earlier pending holds, locked, are read on the wire ahead of the claim and in the
    // same round trip (the pool pipelines): the claim's outcome decides which of them to release, and
    // the new hold is not among them either way.
    const earlier = this.holds.pendingForCall(call.callId);
    earlier.catch(() => undefined);
    const placed = (state: PlacedState) => say.placementAnswer({ type: 'Placed', state }, config.timezone, phone, startsAt);
    let result = await this.placing.place(command, ahead && ((state) => ahead(placed(state), state.hold.holdId)));
    const pending = await earlier;
    const released = new Set<string>();
    if (result.type === 'SlotTaken' && (await this.release(pending, released, (h) => h.hold.resourceId === resourceId && h.hold.startsAt < endOf(chosen.type, startsAt) && startsAt < h.hold.endsAt))) {
      // The caller's own earlier hold was in the way: moving it is what they asked for.
      result = await this.placing.place(command);
    }
    if (result.type === 'Placed') {
      await this.release(pending, released, (h) => h.hold.holdId !== result.state.hold.holdId && !released.has(h.hold.holdId));
      return placed(result.state);
    }
    return say.placementAnswer(result, config.timezone, phone, startsAt);
  }

  private async confirm(args: ToolArgs, call: CallRef): Promise<Answer> {
    const code = args.code!.replace(/\D/g, '');
    if (!/^\d{6}$/.test(code)) return say.badCodeAnswer();
    // The code is for the call's pending change or its pending hold: both are read (the hold locked)
    // in one round trip, the hold's read unused when there is a change.
    const held = this.pendingHold(call.callId);
    held.catch(() => undefined);
    const change = await this.appointments.confirmPending(call, code);
    if (change) return change;
    const hold = await held;
    if (!hold) return this.noPendingHold(call.callId);
    return say.confirmAnswer(await this.confirming.confirmLocked(hold, code), hold.hold);
  }

  private async resend(call: CallRef): Promise<Answer> {
    const hold = await this.pendingHold(call.callId);
    if (!hold) return this.noPendingHold(call.callId);
    return say.resendAnswer(await this.confirming.resendLocked(hold), hold.hold);
  }

  private async cancel(call: CallRef): Promise<Answer> {
    const hold = await this.pendingHold(call.callId);
    if (hold) return say.cancelAnswer(await this.holdService.cancel(hold.hold.holdId));
    return say.cancelAnswer((await this.holds.confirmedForCall(call.callId)) ? { type: 'AlreadyConfirmed' } : { type: 'NoHold' });
  }

  private async callerContext(call: CallRef): Promise<Answer> {
    if (!call.callerPhone || !E164.test(call.callerPhone)) return say.callerContextAnswer('unknown');
    try {
      const reply = await this.rpc.request(CallerContextRpc, this.db.orgId, { phone: call.callerPhone }, CALLER_CONTEXT_TIMEOUT_MS);
      if (reply.result === 'unknown') return say.callerContextAnswer('unknown');
      const { result: _known, ...facts } = reply;
      return say.callerContextAnswer(facts);
    } catch {
      return say.callerContextAnswer('unavailable');
    }
  }

  /** The appointment type and practitioner the caller named, matched loosely, or the question to ask. */
  private choose(config: ClinicConfig, args: ToolArgs): { type: AppointmentType; resourceId?: string; resourceName?: string } | Answer {
    const types = Object.values(config.appointmentTypes).sort((a, b) => a.name.localeCompare(b.name));
    const type = matchName(args.appointmentType!, types);
    if (type.type !== 'match') return say.nameProblem('appointment type', args.appointmentType!, type, types);
    if (!args.practitioner) return { type: type.item };
    const eligible = Object.values(config.resources)
      .filter((r) => type.item.resourceIds.length === 0 || type.item.resourceIds.includes(r.id))
      .sort((a, b) => a.name.localeCompare(b.name));
    const who = matchName(args.practitioner, eligible);
    if (who.type === 'match') return { type: type.item, resourceId: who.item.id, resourceName: who.item.name };
    const anyone = matchName(args.practitioner, Object.values(config.resources));
    if (anyone.type === 'match') return say.scheduleMissing('resource_not_eligible', { type: type.item.name, practitioner: anyone.item.name });
    return say.nameProblem('practitioner', args.practitioner, who, eligible);
  }

  /** Who is free at that time; otherwise the first who can do the type, so placement answers why not. */
  private async freeResourceAt(type: AppointmentType, startsAt: Date): Promise<string> {
    const found = await this.availability.find({ appointmentTypeId: type.id, from: startsAt, to: new Date(startsAt.getTime() + 60_000), limit: 1 });
    const free = found.type === 'Available' ? found.slots.find((s) => new Date(s.startsAt).getTime() === startsAt.getTime()) : undefined;
    if (free) return free.resourceId;
    const config = await this.schedules.config();
    const first = Object.values(config.resources)
      .filter((r) => type.resourceIds.length === 0 || type.resourceIds.includes(r.id))
      .sort((a, b) => a.name.localeCompare(b.name))[0];
    return first?.id ?? Object.keys(config.resources)[0]!;
  }

  /** Releases those of the call's locked pending holds that match, noting them in `released`; true if it released any. */
  private async release(pending: readonly StoredHold[], released: Set<string>, which: (hold: StoredHold) => boolean): Promise<boolean> {
    let any = false;
    for (const hold of pending.filter(which)) {
      if ((await this.transitions.apply(hold, { type: 'Cancel' })).state.status !== 'RELEASED') continue;
      released.add(hold.hold.holdId);
      any = true;
    }
    return any;
  }

  /** The call's newest pending hold: after hold_slot there is at most one. */
  private async pendingHold(callId: string): Promise<StoredHold | undefined> {
    return (await this.holds.pendingForCall(callId)).sort((a, b) => b.hold.expiresAt.getTime() - a.hold.expiresAt.getTime())[0];
  }

  private async noPendingHold(callId: string): Promise<Answer> {
    const booked = await this.holds.confirmedForCall(callId);
    return booked && booked.status === 'CONFIRMED' ? say.alreadyBooked(booked.hold, booked.bookingId) : say.noHold();
  }
}

const endOf = (type: AppointmentType, startsAt: Date) => new Date(startsAt.getTime() + type.durationMinutes * 60_000);
