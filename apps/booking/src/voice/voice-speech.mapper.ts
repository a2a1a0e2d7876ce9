import type { ReleaseReason } from '@mo/contracts';
import { Answer, lastDigits, NameMatch, Named, PartOfDay, spokenDay, spokenList, spokenTime, spokenTimeOfDay } from '@mo/voice';
import type { SlotView } from '../availability/availability.dto';
import type { Opening } from '../availability/slots';
import type { ScheduleMissing } from '../clinic/clinic-config';
import type { CancelResult, ConfirmResult, HoldNotFound, PlacementResult, ResendCodeResult, Settled } from '../holds/hold-results';
import type { HoldFacts } from '../holds/hold-saga';

/**
 * The voice side of booking's use cases: each result as one sentence the agent can say, plus
 * structured fields for platforms that read them. Like the HTTP mapper, it maps and never queries.
 * Pure.
 */

const ok = (say: string, fields?: Record<string, unknown>): Answer => ({ ok: true, say, ...(fields ? { fields } : {}) });
const notYet = (say: string, fields: Record<string, unknown>): Answer => ({ ok: false, say, fields, transient: true });
const refuse = (say: string, fields?: Record<string, unknown>): Answer => ({ ok: false, say, ...(fields ? { fields } : {}) });

const ARG_QUESTIONS: Record<string, string> = {
  appointmentType: 'What kind of appointment would you like?',
  startsAt: 'Which time would you like? Please pick one of the times I offered.',
  code: 'Could you read me the six-digit code from the text message?',
  date: 'Which day would suit you? You can say today, tomorrow or a weekday.',
  partOfDay: 'Would the morning, the afternoon or the evening suit you better?',
  practitioner: 'Which practitioner would you like to see?',
  phone: 'What number should I text the code to?',
  firstName: 'Could you tell me your first name?',
};

export const askFor = (arg: string, problem: 'missing' | 'invalid'): Answer =>
  refuse(`${problem === 'invalid' ? "Sorry, I didn't catch that. " : ''}${ARG_QUESTIONS[arg] ?? 'Could you say that again?'}`, { error: `${problem}_${arg}` });

/** A number we will not text (premium-rate, toll-free and the like): the caller can give another. */
export const phoneNotTextable = (): Answer =>
  refuse("Sorry, that number can't receive texts, and I need to text you a code. Could you give me a mobile number?", { error: 'phone_not_textable' });

export const unknownTool = (name: string): Answer => refuse("Sorry, I can't do that here. I can find a time, hold it, and confirm it with a code.", { error: 'unknown_tool', tool: name });

export const somethingWrong = (): Answer => refuse("Sorry, something went wrong on my side. Could you give me a moment and ask again?", { error: 'internal' });

/** An appointment type or practitioner that matched no name or several. */
export function nameProblem<T extends Named>(what: 'appointment type' | 'practitioner', spoken: string, match: Exclude<NameMatch<T>, { type: 'match' }>, all: readonly T[]): Answer {
  if (match.type === 'ambiguous') {
    return refuse(`Did you mean ${spokenList(match.items.map((i) => i.name))}?`, { error: 'ambiguous_name', of: what, choices: match.items.map((i) => i.name) });
  }
  const offer = what === 'appointment type' ? `We offer ${spokenList(all.map((i) => i.name.toLowerCase()))}.` : `You can see ${spokenList(all.map((i) => i.name))}.`;
  return refuse(`Sorry, I couldn't find ${spoken}. ${offer} Which would you like?`, { error: 'unknown_name', of: what, choices: all.map((i) => i.name) });
}

export function scheduleMissing(missing: ScheduleMissing, names: { type: string; practitioner?: string }): Answer {
  switch (missing) {
    case 'appointment_type':
      return refuse('Sorry, we no longer offer that appointment. What else can I help with?', { error: missing });
    case 'resource':
      return refuse("Sorry, I couldn't find that practitioner. Shall I look with anyone who's free?", { error: missing });
    case 'resource_not_eligible':
      return refuse(`${names.practitioner ?? 'That practitioner'} doesn't do a ${names.type.toLowerCase()}. Shall I look with someone who does?`, { error: missing });
  }
}

/**
 * One formatter per zone: `toLocaleString` builds a new one on every call (about 0.1 ms, three times
 * an offer). Its output is `toLocaleString('sv-SE', { timeZone })` cut to the minute: "2026-12-03 09:15".
 */
const localFormats = new Map<string, Intl.DateTimeFormat>();
const localTime = (at: Date, zone: string) => {
  let format = localFormats.get(zone);
  if (!format) localFormats.set(zone, (format = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return format.format(at);
};

const slotFields = (slots: readonly SlotView[], zone: string) =>
  slots.map((s) => ({ startsAt: s.startsAt, localTime: localTime(new Date(s.startsAt), zone), practitioner: s.resourceName, practitionerId: s.resourceId, label: s.label }));

/** "Thursday the 3rd at 9:15 in the morning with Dr Lee, or 10:30 with Dr Ray": the day, part of day and practitioner said again only when they change. */
export function spokenSlots(slots: readonly SlotView[], zone: string, withPractitioner = true, after?: Date): string {
  let lastDay = after ? spokenDay(after, zone) : '';
  let lastPart = after ? spokenTimeOfDay(after, zone).slice(spokenTimeOfDay(after, zone).indexOf(' in the ')) : '';
  let lastWho = '';
  const parts = slots.map((slot) => {
    const at = new Date(slot.startsAt);
    const day = spokenDay(at, zone);
    const timeOfDay = spokenTimeOfDay(at, zone);
    const part = timeOfDay.slice(timeOfDay.indexOf(' in the '));
    const who = withPractitioner && slot.resourceName !== lastWho ? ` with ${slot.resourceName}` : '';
    lastWho = slot.resourceName;
    const said = day !== lastDay ? `${day} at ${timeOfDay}${who}` : part !== lastPart ? `${timeOfDay}${who}` : `${spokenTime(at, zone)}${who}`;
    [lastDay, lastPart] = [day, part];
    return said;
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}, or ${parts[parts.length - 1]}`;
}

const whenSaid = (day: string | undefined, part: PartOfDay | undefined) => [part ? `in the ${part}` : '', day ? `on ${day}` : ''].filter(Boolean).join(' ');

export function availabilityAnswer(slots: readonly SlotView[], zone: string, asked: { day?: string; part?: PartOfDay }, appointmentType: string): Answer {
  if (slots.length === 0) {
    const when = whenSaid(asked.day, asked.part);
    return refuse(`Sorry, I have nothing free for a ${appointmentType.toLowerCase()}${when ? ` ${when}` : ' this week'}. Would another day suit you?`, { slots: [], timezone: zone });
  }
  return ok(`I can do ${spokenSlots(slots, zone)}. Which would you like?`, { slots: slotFields(slots, zone), timezone: zone, appointmentType });
}

export const closedAnswer = (next: Opening | undefined, zone: string): Answer =>
  refuse(next ? `Sorry, we're closed then. The next opening is ${spokenDay(next.at, zone)} at ${spokenTimeOfDay(next.at, zone)}. Would that suit you?` : "Sorry, we're closed then. Would another day suit you?", {
    error: 'closed',
    ...(next ? { nextOpening: next.at.toISOString() } : {}),
  });

export const beyondHorizonAnswer = (days = 0): Answer =>
  refuse(`Sorry, we only book up to ${days} days ahead. Would an earlier date suit you?`, { error: 'beyond_booking_horizon', horizonDays: days });

export const pastAnswer = (): Answer => refuse('That time has already passed. Which day would suit you?', { error: 'in_past' });

export const unknownDateAnswer = (): Answer => askFor('date', 'invalid');

export function placementAnswer(result: PlacementResult, zone: string, phone: string, requested: Date): Answer {
  switch (result.type) {
    case 'Placed': {
      const { hold } = result.state;
      if (result.state.status === 'CONFIRMED') return bookedAnswer(hold, result.state.bookingId);
      return ok(
        `I've held ${spokenTime(hold.startsAt, zone)} on ${spokenDay(hold.startsAt, zone).split(' ')[0]} and texted a six-digit code to the number ending ${lastDigits(phone)}. Could you read it to me?`,
        { holdId: hold.holdId, status: result.state.status, startsAt: hold.startsAt.toISOString(), practitioner: hold.resourceName, expiresAt: hold.expiresAt.toISOString() },
      );
    }
    case 'SlotTaken':
      return refuse(
        result.alternatives.length > 0
          ? `That time has just been taken. I can do ${spokenSlots(result.alternatives, zone, false, requested).replace(/, or /, ' or ')} instead.`
          : 'That time has just been taken, and I have nothing else free soon. Would another week suit you?',
        { error: 'slot_taken', slots: slotFields(result.alternatives, zone) },
      );
    case 'NotBookable':
      if (result.reason === 'in_past') return pastAnswer();
      if (result.reason === 'beyond_horizon') return beyondHorizonAnswer(result.horizonDays);
      if (result.reason === 'outside_hours') return closedAnswer(result.nextOpening, zone);
      return closedAnswer(undefined, zone);
    case 'NotFound':
      return scheduleMissing(result.missing, { type: 'appointment' });
  }
}

const bookedAnswer = (hold: HoldFacts, bookingId: string): Answer =>
  ok(`You're booked for a ${hold.appointmentTypeName.toLowerCase()} on ${spokenDay(hold.startsAt, hold.timezone)} at ${spokenTimeOfDay(hold.startsAt, hold.timezone)} with ${hold.resourceName}. See you then!`, {
    bookingId,
    status: 'CONFIRMED',
    startsAt: hold.startsAt.toISOString(),
  });

const releasedAnswer = (reason: ReleaseReason): Answer =>
  refuse(
    reason === 'expired' ? 'The hold on that time ran out before it was confirmed. Shall I look for a time again?' : reason === 'sms_failed' ? "I couldn't text that number, so the time was released. Is there another number I can use?" : 'That time is no longer held for you. Shall I look for a time again?',
    { error: 'hold_released', reason },
  );

const noHold = (): Answer => refuse("I haven't held a time for you yet. Which time would you like?", { error: 'no_hold' });

/** What confirm and resend answer alike for a hold that was settled before, or is missing. */
function settledOrMissing(result: Settled | HoldNotFound, hold: HoldFacts): Answer {
  switch (result.type) {
    case 'Confirmed':
      return bookedAnswer(hold, result.bookingId);
    case 'Released':
      return releasedAnswer(result.reason);
    case 'HoldNotFound':
      return noHold();
  }
}

/** A code that settled nothing, for a hold or a change alike. */
export function codeNotChecked(result: { type: 'OtpUnavailable' } | { type: 'NoCodeSent' } | { type: 'CodeWrong'; attemptsLeft: number }): Answer {
  switch (result.type) {
    case 'OtpUnavailable':
      return notYet("I couldn't check the code just now. Could you read it to me again in a moment?", { error: 'otp_unavailable' });
    case 'NoCodeSent':
      return notYet('The code is still on its way. Could you read it to me when it arrives?', { error: 'otp_not_sent' });
    case 'CodeWrong':
      return refuse(`That code doesn't match. Could you read it again? You have ${result.attemptsLeft} more ${result.attemptsLeft === 1 ? 'try' : 'tries'}.`, { error: 'otp_invalid', attemptsLeft: result.attemptsLeft });
  }
}

export function confirmAnswer(result: ConfirmResult, hold: HoldFacts): Answer {
  switch (result.type) {
    case 'Confirmed':
    case 'Released':
    case 'HoldNotFound':
      return settledOrMissing(result, hold);
    case 'OtpUnavailable':
    case 'NoCodeSent':
    case 'CodeWrong':
      return codeNotChecked(result);
    case 'CodeExpired':
      return refuse('That code has expired. Shall I text you a new one?', { error: 'otp_expired' });
    case 'CodeUsed':
      return refuse('That code was already used. Shall I text you a new one?', { error: 'otp_used' });
  }
}

export const badCodeAnswer = (): Answer => refuse('The code has six digits. Could you read it to me again?', { error: 'invalid_code' });

export function resendAnswer(result: ResendCodeResult, hold: HoldFacts): Answer {
  switch (result.type) {
    case 'Sent':
      return ok(`I've texted a new code to the number ending ${lastDigits(hold.callerPhone)}. Could you read it to me when it arrives?`, { status: 'sent' });
    case 'Cooldown':
      return refuse(`I sent a code moments ago. Please give it ${result.retryAfterSeconds} seconds to arrive.`, { error: 'resend_cooldown', retryAfterSeconds: result.retryAfterSeconds });
    case 'RateLimited':
      return refuse("I can't send more codes to that phone just now. Is there another number I can use?", { error: 'sms_rate_limited' });
    case 'SmsFailed':
      return releasedAnswer('sms_failed');
    case 'NoCodeSent':
      return refuse('The first code is still on its way. Could you give it a moment?', { error: 'otp_not_sent' });
    case 'Confirmed':
    case 'Released':
    case 'HoldNotFound':
      return settledOrMissing(result, hold);
    case 'OtpUnavailable':
      return notYet("I couldn't send a code just now. Could you ask me again in a moment?", { error: 'otp_unavailable' });
  }
}

export function cancelAnswer(result: CancelResult | { type: 'NoHold' }): Answer {
  switch (result.type) {
    case 'Cancelled':
      return ok("I've released that time. Is there anything else I can help with?", { status: 'RELEASED' });
    case 'AlreadyConfirmed':
      return refuse("That appointment is already booked, so I can't release it here.", { error: 'already_confirmed' });
    case 'HoldNotFound':
    case 'NoHold':
      return refuse("There's no held time to release.", { error: 'no_hold' });
  }
}

export const alreadyBooked = (hold: HoldFacts, bookingId: string): Answer => bookedAnswer(hold, bookingId);
export { noHold };

export interface CallerFacts {
  firstName?: string;
  appointmentTypeName?: string;
  practitionerName?: string;
  slotLabel?: string;
  outcome?: string;
}

const OUTCOMES: Record<string, string> = {
  held: 'was held but not confirmed yet',
  released: "wasn't confirmed",
  missed: "wasn't confirmed",
  confirmed: 'is booked',
};

export function callerContextAnswer(facts: CallerFacts | 'unknown' | 'unavailable'): Answer {
  if (facts === 'unavailable') return refuse("I can't look up earlier calls just now.", { known: false, error: 'unavailable' });
  if (facts === 'unknown') return ok("This caller hasn't called us before.", { known: false });
  const who = facts.firstName ?? 'This caller';
  const what = facts.appointmentTypeName ? `a ${facts.appointmentTypeName.toLowerCase()}` : 'an appointment';
  const withWhom = facts.practitionerName ? ` with ${facts.practitionerName}` : '';
  const when = facts.slotLabel ? ` on ${facts.slotLabel}` : '';
  const outcome = OUTCOMES[facts.outcome ?? ''] ?? 'was discussed';
  return ok(`${who} called before about ${what}${withWhom}${when}, which ${outcome}.`, { known: true, ...facts });
}
