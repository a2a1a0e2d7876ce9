import { Agent, request } from 'node:http';
import type { SandboxMessage } from '@infra/twilio-sandbox';

/** The steps of a live call a benchmark times, in the order a caller meets them. */
export const STEPS = ['availability', 'hold', 'hold → SMS accepted', 'resend', 'confirm', 'call ended → follow-up SMS'] as const;
export type Step = (typeof STEPS)[number];
export type StepSamples = Record<Step, number[]>;

/** One call's moments (performance.now()), for the hop breakdown. */
export interface CallTrace {
  holdId: string;
  booked: boolean;
  marks: Record<string, number>;
}

export const emptySamples = (): StepSamples => Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as StepSamples;

/**
 * Texts as the provider accepts them, per phone, with the moment of acceptance. A text wakes only
 * the caller it is for: at fifty callers, waking every waiter on every text (and polling) cost the
 * load generator CPU the apps under test were short of.
 */
export class SmsWatch {
  private readonly received = new Map<string, Array<{ at: number; body: string }>>();
  private readonly waiters = new Map<string, () => void>();

  readonly accepted = (message: SandboxMessage): void => {
    const list = this.received.get(message.to) ?? [];
    list.push({ at: performance.now(), body: message.body });
    this.received.set(message.to, list);
    this.waiters.get(message.to)?.();
  };

  /** The `nth` text to `phone` (0 = the first), waiting for it up to `timeoutMs`. One waiter a phone. */
  async nth(phone: string, nth: number, timeoutMs = 15_000): Promise<{ at: number; body: string }> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const text = this.received.get(phone)?.[nth];
      if (text) return text;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no SMS #${nth + 1} to the caller within ${timeoutMs} ms`);
      if (this.waiters.has(phone)) throw new Error(`two waits for texts to one phone`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(phone);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.set(phone, wake);
      });
    }
  }
}

export interface CallTarget {
  bookingUrl: string;
  apiKey: string;
  appointmentTypeId: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP exchange over a kept-alive connection, timed from the request to the whole answer. */
export function http(method: 'GET' | 'POST', url: string, apiKey: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown>; ms: number }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: { authorization: `Bearer ${apiKey}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const ms = performance.now() - t0;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, ms });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const codeIn = (body: string): string => {
  const code = /^(\d{6}) /.exec(body)?.[1];
  if (!code) throw new Error('the SMS carries no code');
  return code;
};

function expect(step: string, status: number, wanted: number, json: unknown): void {
  if (status !== wanted) throw new Error(`${step}: ${status} (wanted ${wanted}) ${JSON.stringify(json)}`);
}

/**
 * One whole call. A booked call: availability, hold, its SMS, a resend and its SMS, confirm with the
 * new code, call ended. An abandoned call: availability, hold, its SMS, call ended, the follow-up SMS.
 * `pause` is the caller speaking between steps.
 */
export async function playCall(
  target: CallTarget,
  sms: SmsWatch,
  slot: { resourceId: string; startsAt: string },
  phone: string,
  callId: string,
  booked: boolean,
  samples: StepSamples,
  pause: () => Promise<void>,
  traces?: CallTrace[],
): Promise<void> {
  const marks: Record<string, number> = {};
  const base = target.bookingUrl;
  const day = new Date(slot.startsAt);
  day.setUTCHours(0, 0, 0, 0);
  const query = new URLSearchParams({ appointmentTypeId: target.appointmentTypeId, resourceId: slot.resourceId, from: day.toISOString(), to: new Date(day.getTime() + 86_400_000).toISOString(), limit: '50' });
  const availability = await http('GET', `${base}/v1/availability?${query}`, target.apiKey);
  expect('availability', availability.status, 200, availability.json);
  samples.availability.push(availability.ms);
  await pause();
  const hold = await http('POST', `${base}/v1/holds`, target.apiKey, { callId, appointmentTypeId: target.appointmentTypeId, ...slot, caller: { phone, firstName: 'Bench' } });
  expect('hold', hold.status, 201, hold.json);
  const answered = performance.now();
  Object.assign(marks, { holdSent: answered - hold.ms, holdAnswered: answered });
  samples.hold.push(hold.ms);
  const first = await sms.nth(phone, 0);
  samples['hold → SMS accepted'].push(first.at - answered);
  marks.smsAccepted = first.at;
  await pause();
  const holdId = String(hold.json.holdId);
  if (booked) {
    const resend = await http('POST', `${base}/v1/holds/${holdId}/resend-otp`, target.apiKey);
    expect('resend', resend.status, 202, resend.json);
    samples.resend.push(resend.ms);
    const second = await sms.nth(phone, 1);
    marks.resendSms = second.at;
    await pause();
    const confirm = await http('POST', `${base}/v1/holds/${holdId}/confirm`, target.apiKey, { code: codeIn(second.body) });
    marks.confirmAnswered = performance.now();
    expect('confirm', confirm.status, 200, confirm.json);
    samples.confirm.push(confirm.ms);
    marks.confirmSent = marks.confirmAnswered - confirm.ms;
  }
  const ended = await http('POST', `${base}/v1/calls/${callId}/ended`, target.apiKey);
  expect('call ended', ended.status, 200, ended.json);
  const endedAt = performance.now() - ended.ms;
  marks.endedSent = endedAt;
  if (!booked) {
    marks.followupAccepted = (await sms.nth(phone, 1)).at;
    samples['call ended → follow-up SMS'].push(marks.followupAccepted - endedAt);
  }
  traces?.push({ holdId, booked, marks });
}
