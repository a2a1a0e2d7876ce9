import { endOfCallRequest, type Platform, type SimulatedConnection, type SimulatedRequest, type SimulatedTurn, spokenAnswer, toolRequest } from '@mo/voice';
import { EventTap, TappedEvent } from './event-tap';
import type { CallResult, TimelineEntry } from './scenarios';

/** Where the running system is, and the platform connection the calls come through. */
export interface VoiceTarget {
  sandboxUrl: string;
  connection: SimulatedConnection;
}

/** One caller on a voice platform: the platform's requests as it sends them, and what the caller receives. */
class PlatformCall {
  readonly callId = `${Math.random().toString(36).slice(2, 10)}-call`;
  readonly timeline: TimelineEntry[] = [];
  readonly turns: SimulatedTurn[] = [];
  private readonly started = Date.now();

  constructor(
    readonly target: VoiceTarget,
    readonly tap: EventTap,
    readonly phone: string,
  ) {}

  get platform(): Platform {
    return this.target.connection.platform;
  }

  note(kind: TimelineEntry['kind'], text: string): void {
    this.timeline.push({ at: Date.now() - this.started, kind, text });
  }

  private async post(request: SimulatedRequest): Promise<{ status: number; body: unknown }> {
    const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** A tool call as the platform makes it; what the agent says is kept as the call's transcript. */
  async tool(name: string, args: Record<string, unknown> = {}, id?: string): Promise<{ ok: boolean; say: string; fields: Record<string, unknown> }> {
    const { status, body } = await this.post(toolRequest(this.target.connection, { callId: this.callId, callerPhone: this.phone }, { name, args, ...(id ? { id } : {}) }, new Date()));
    if (status !== 200) throw new Error(`${name} was answered ${status}: ${JSON.stringify(body)}`);
    const answer = spokenAnswer(this.platform, body);
    this.note('http', `${this.platform} ${name}${Object.keys(args).length ? ` ${JSON.stringify(args)}` : ''} -> 200 "${answer.say}"`);
    this.turns.push({ speaker: 'agent', text: answer.say, at: new Date() });
    return answer;
  }

  says(text: string): void {
    this.turns.push({ speaker: 'caller', text, at: new Date() });
  }

  async ended(retellEvent: 'call_ended' | 'call_analyzed' = 'call_ended'): Promise<Record<string, unknown>> {
    const { status, body } = await this.post(endOfCallRequest(this.target.connection, { callId: this.callId, callerPhone: this.phone }, this.turns, new Date(), retellEvent));
    if (status !== 200) throw new Error(`the end-of-call message was answered ${status}: ${JSON.stringify(body)}`);
    const answer = body as Record<string, unknown>;
    this.note('http', `${this.platform} end of call${this.platform === 'retell' ? ` (${retellEvent})` : ''} -> 200 ${answer.duplicate ? 'duplicate, nothing done' : `transcript ${String(answer.transcript)}`}`);
    return answer;
  }

  async code(): Promise<string> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const response = await fetch(`${this.target.sandboxUrl}/sandbox/messages?to=${encodeURIComponent(this.phone)}&limit=50`);
      const { messages } = (await response.json()) as { messages: Array<{ direction: string; body: string }> };
      const latest = messages.find((m) => m.direction === 'outbound');
      if (latest) {
        this.note('sms', `SMS to the caller: "${latest.body}"`);
        return /(\d{6})/.exec(latest.body)![1]!;
      }
      if (Date.now() > deadline) throw new Error('the caller got no code within 15 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  event(type: string, match: (payload: Record<string, unknown>) => boolean): Promise<TappedEvent> {
    return this.tap.waitFor((e) => e.type === type && match(e.payload));
  }

  result(title: string, holdId: string): CallResult {
    const events = this.tap.events
      .filter((e) => e.at >= this.started && (e.payload.callId === this.callId || e.payload.callerPhone === this.phone))
      .map((e) => ({ at: e.at - this.started, kind: 'event' as const, text: `${e.routingKey}${e.payload.reason ? ` (${String(e.payload.reason)})` : ''}` }));
    return { title, phone: this.phone, holdId, correlationId: this.callId, timeline: [...this.timeline, ...events].sort((a, b) => a.at - b.at) };
  }
}

/** A day of the coming week, so repeated runs rarely want the same slot. */
const someDay = () => new Date(Date.now() + (1 + Math.floor(Math.random() * 6)) * 86_400_000).toISOString().slice(0, 10);

async function holdOffered(call: PlatformCall): Promise<string> {
  call.says("Hi, it's Maria Gonzalez. I'd like a cleaning, my number is 312 555 0147.");
  const date = someDay();
  const offered = await call.tool('check_availability', { appointmentType: 'a clean', date });
  const time = /at (\d+):(\d\d)/.exec(offered.say);
  if (!time) throw new Error(`no time was offered: ${offered.say}`);
  call.says(`${time[1]}:${time[2]} is good.`);
  // The first time offered is on the day asked for; the agent passes it back clinic-local.
  const args = { startsAt: `${date} ${time[1]!.padStart(2, '0')}:${time[2]}`, appointmentType: 'cleaning', firstName: 'Maria' };
  const held = await call.tool('hold_slot', args, 'hold-1');
  if (!held.ok) throw new Error(`the hold was refused: ${held.say}`);
  // The model says it again when the caller talks over it: the same answer, nothing booked twice.
  await call.tool('hold_slot', args, 'hold-1-again');
  return String((await call.event('SlotHeld', (p) => p.callId === call.callId)).payload.holdId);
}

/** 1. A whole call through the platform: who is calling, free times, a hold, the code, confirmed, the transcript. */
export async function platformBooking(target: VoiceTarget, tap: EventTap, phone: string): Promise<CallResult> {
  const call = new PlatformCall(target, tap, phone);
  await call.tool('caller_context');
  const holdId = await holdOffered(call);
  const code = await call.code();
  call.says(`It's ${code.split('').join(' ')}.`);
  await call.tool('confirm_booking', { code });
  await call.event('BookingConfirmed', (p) => p.holdId === holdId);
  await call.ended();
  await call.event('TranscriptRedacted', (p) => p.callId === call.callId);
  return call.result(`A caller books through ${target.connection.platform} and confirms with the code`, holdId);
}

/** 2. The caller hangs up before reading the code: the platform's end of call releases the hold; its repeat does nothing. */
export async function platformHangUp(target: VoiceTarget, tap: EventTap, phone: string): Promise<CallResult & { first: Record<string, unknown>; repeat: Record<string, unknown> }> {
  const call = new PlatformCall(target, tap, phone);
  const holdId = await holdOffered(call);
  call.says('Sorry, I have to go.');
  const first = await call.ended();
  await call.event('HoldReleased', (p) => p.holdId === holdId);
  await call.event('TranscriptRedacted', (p) => p.callId === call.callId);
  const repeat = await call.ended(target.connection.platform === 'retell' ? 'call_analyzed' : 'call_ended');
  return { ...call.result(`The caller hangs up on ${target.connection.platform}: the end of call releases the hold, its repeat changes nothing`, holdId), first, repeat };
}
