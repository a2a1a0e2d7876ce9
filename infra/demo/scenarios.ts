import { randomUUID } from 'node:crypto';
import { EventTap, TappedEvent } from './event-tap';

/** Where the running system is, and the clinic the calls are for. */
export interface DemoTarget {
  bookingUrl: string;
  followupUrl: string;
  sandboxUrl: string;
  apiKey: string;
  appointmentTypeId: string;
  /** The clinic's sender number: where the caller's replies go. */
  clinicNumber: string;
}

export interface TimelineEntry {
  at: number;
  kind: 'http' | 'sms' | 'event' | 'note';
  text: string;
}

export interface CallResult {
  title: string;
  phone: string;
  holdId: string;
  correlationId: string;
  timeline: TimelineEntry[];
}

interface SandboxMessage {
  direction: 'outbound' | 'inbound';
  to: string;
  from: string;
  body: string;
  createdAt: string;
}

/** One simulated caller: their HTTP calls as the voice agent makes them, and what they receive. */
class Call {
  /** A UUID: a correlation id that could look like a phone or an SSN is replaced by the server. */
  readonly correlationId = randomUUID();
  readonly timeline: TimelineEntry[] = [];
  private readonly started = Date.now();

  constructor(
    readonly target: DemoTarget,
    readonly tap: EventTap,
    readonly phone: string,
  ) {}

  note(kind: TimelineEntry['kind'], text: string): void {
    this.timeline.push({ at: Date.now() - this.started, kind, text });
  }

  async http(method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${this.target.apiKey}`, 'x-correlation-id': this.correlationId, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    this.note('http', `${method} ${new URL(url).pathname} -> ${response.status}${summary(parsed)}`);
    return { status: response.status, body: parsed };
  }

  /** The `nth` text this caller has received, waiting for it. */
  async sms(nth: number, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await fetch(`${this.target.sandboxUrl}/sandbox/messages?to=${encodeURIComponent(this.phone)}&limit=50`);
      const { messages } = (await response.json()) as { messages: SandboxMessage[] };
      const received = messages.filter((m) => m.direction === 'outbound').reverse();
      if (received[nth]) {
        this.note('sms', `SMS to the caller: "${received[nth].body}"`);
        return received[nth].body;
      }
      if (Date.now() > deadline) throw new Error(`the caller got no SMS #${nth + 1} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async reply(body: string): Promise<void> {
    const response = await fetch(`${this.target.sandboxUrl}/sandbox/inbound`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: this.phone, to: this.target.clinicNumber, body }),
    });
    this.note('sms', `the caller texts back "${body}" (-> ${response.status})`);
  }

  async event(type: string, match: (payload: Record<string, unknown>) => boolean): Promise<TappedEvent> {
    return this.tap.waitFor((e) => e.type === type && match(e.payload));
  }

  /**
   * Adds every message of this call to the timeline: those under its correlation id, and those
   * about its phone or hold that other flows caused (the follow-up, the reply that booked).
   */
  withEvents(holdId: string): TimelineEntry[] {
    const related = new Set<string>([this.correlationId]);
    const about = (e: TappedEvent) => [e.payload.callerPhone, e.payload.to, e.payload.from, e.payload.holdId].some((v) => v === this.phone || v === holdId);
    for (const e of this.tap.events) if (about(e)) related.add(e.correlationId);
    const events = this.tap.events
      .filter((e) => e.at >= this.started && related.has(e.correlationId))
      .map((e) => ({ at: e.at - this.started, kind: 'event' as const, text: `${e.routingKey}${eventDetail(e)}` }));
    return [...this.timeline, ...events].sort((a, b) => a.at - b.at);
  }
}

const summary = (body: Record<string, unknown>): string => {
  if (Array.isArray(body.slots)) return ` (${body.slots.length} free slots)`;
  if (typeof body.status === 'string') return ` ${body.status}${typeof body.label === 'string' ? ` ${body.label}` : ''}`;
  if (typeof body.error === 'string') return ` ${body.error}`;
  return '';
};

const eventDetail = (event: TappedEvent): string => {
  const { reason, bookingId } = event.payload;
  return reason ? ` (${String(reason)})` : bookingId ? ` (booking ${String(bookingId).slice(0, 8)})` : '';
};

/** A free slot of the coming week, picked at random so repeated or concurrent runs rarely collide. */
async function freeSlot(call: Call): Promise<{ startsAt: string; resourceId: string }> {
  const from = new Date(Date.now() + 3600_000);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  const query = new URLSearchParams({ appointmentTypeId: call.target.appointmentTypeId, from: from.toISOString(), to: to.toISOString(), limit: '200' });
  const { body } = await call.http('GET', `${call.target.bookingUrl}/v1/availability?${query}`);
  const slots = body.slots as Array<{ startsAt: string; resourceId: string }>;
  const slot = slots[Math.floor(Math.random() * Math.min(slots.length, 200))];
  if (!slot) throw new Error('the clinic has no free slot in the coming week');
  return slot;
}

async function hold(call: Call): Promise<string> {
  const slot = await freeSlot(call);
  const callId = `${call.correlationId}-call`;
  const { status, body } = await call.http('POST', `${call.target.bookingUrl}/v1/holds`, {
    callId,
    appointmentTypeId: call.target.appointmentTypeId,
    resourceId: slot.resourceId,
    startsAt: slot.startsAt,
    caller: { phone: call.phone, firstName: 'Sam' },
  });
  if (status !== 201) throw new Error(`the hold was refused: ${status} ${JSON.stringify(body)}`);
  return String(body.holdId);
}

const result = (title: string, call: Call, holdId: string): CallResult => ({ title, phone: call.phone, holdId, correlationId: call.correlationId, timeline: call.withEvents(holdId) });

/** 1. Availability, a hold, the code from the SMS, confirm. */
export async function bookWithCode(target: DemoTarget, tap: EventTap, phone: string): Promise<CallResult> {
  const call = new Call(target, tap, phone);
  const holdId = await hold(call);
  await call.event('SlotHeld', (p) => p.holdId === holdId);
  const code = /(\d{6})/.exec(await call.sms(0))![1]!;
  await call.event('OtpSent', (p) => p.holdId === holdId);
  const confirmed = await call.http('POST', `${target.bookingUrl}/v1/holds/${holdId}/confirm`, { code });
  if (confirmed.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(confirmed.body)}`);
  await call.event('BookingConfirmed', (p) => p.holdId === holdId);
  return result('A caller books and confirms with the code', call, holdId);
}

/** 2. The SMS cannot be sent (Twilio refuses the number), so the saga releases the hold. */
export async function smsFails(target: DemoTarget, tap: EventTap, phone = '+15005550001'): Promise<CallResult> {
  const call = new Call(target, tap, phone);
  const holdId = await hold(call);
  await call.event('SmsFailed', (p) => p.holdId === holdId);
  await call.event('HoldReleased', (p) => p.holdId === holdId);
  await call.http('GET', `${target.bookingUrl}/v1/holds/${holdId}`);
  return result("The caller's SMS fails, so the hold rolls back", call, holdId);
}

/** 3. The caller goes quiet: the call ends unconfirmed, the follow-up SMS arrives, and YES books it. */
export async function quietThenYes(target: DemoTarget, tap: EventTap, phone: string): Promise<CallResult> {
  const call = new Call(target, tap, phone);
  const holdId = await hold(call);
  await call.sms(0);
  await call.http('POST', `${target.bookingUrl}/v1/calls/${call.correlationId}-call/ended`);
  await call.event('ConfirmationMissed', (p) => p.holdId === holdId);
  await call.sms(1, 30_000);
  await call.reply('YES');
  await call.event('BookingConfirmed', (p) => p.callerPhone === phone);
  await call.sms(2);
  await call.http('GET', `${target.followupUrl}/v1/callers/${encodeURIComponent(phone)}/context`);
  return result('The caller goes quiet, gets a follow-up SMS, and books by replying YES', call, holdId);
}

/** 4. A caller books, then calls back to move it: the new slot is held at once and swapped in on the code. */
export async function movesAppointment(target: DemoTarget, tap: EventTap, phone: string): Promise<CallResult> {
  const call = new Call(target, tap, phone);
  const holdId = await hold(call);
  const code = /(\d{6})/.exec(await call.sms(0))![1]!;
  await call.event('OtpSent', (p) => p.holdId === holdId);
  const booked = await call.http('POST', `${target.bookingUrl}/v1/holds/${holdId}/confirm`, { code });
  if (booked.status !== 200) throw new Error(`confirm failed: ${JSON.stringify(booked.body)}`);
  call.note('note', 'the caller rings again: "can I move my appointment?"');
  const found = await call.http('GET', `${target.bookingUrl}/v1/appointments?phone=${encodeURIComponent(phone)}`);
  const [appointment] = found.body.appointments as Array<{ bookingId: string }>;
  if (!appointment) throw new Error('the caller has no upcoming appointment');
  const slot = await freeSlot(call);
  const moving = await call.http('POST', `${target.bookingUrl}/v1/appointments/${appointment.bookingId}/reschedule`, {
    callId: `${call.correlationId}-call-2`,
    startsAt: slot.startsAt,
    resourceId: slot.resourceId,
  });
  if (moving.status !== 202) throw new Error(`the move was refused: ${moving.status} ${JSON.stringify(moving.body)}`);
  const changeId = String(moving.body.changeId);
  const changeCode = /(\d{6})/.exec(await call.sms(1))![1]!;
  await call.event('ChangeCodeSent', (p) => p.changeId === changeId);
  const moved = await call.http('POST', `${target.bookingUrl}/v1/appointment-changes/${changeId}/confirm`, { code: changeCode });
  if (moved.status !== 200) throw new Error(`the move's confirm failed: ${JSON.stringify(moved.body)}`);
  await call.event('BookingRescheduled', (p) => p.changeId === changeId);
  await call.sms(2);
  return result('The caller moves their appointment', call, holdId);
}

export function formatTimeline(call: CallResult): string {
  const lines = call.timeline.map((e) => `  +${String(e.at).padStart(5)} ms  ${e.kind.padEnd(5)}  ${e.text}`);
  return [`${call.title}  (caller ${call.phone}, correlation ${call.correlationId})`, ...lines].join('\n');
}
