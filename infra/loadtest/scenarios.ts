import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { LoadClinic } from './clinic';
import { ScenarioResult, summarise } from './stats';

export interface LoadTarget {
  bookingUrl: string;
  redactionUrl: string;
  sandboxUrl: string;
}

export interface Sample {
  ms: number;
  ok: boolean;
  outcome: string;
}

export type Progress = (scenario: string, done: number, total: number) => void;

const QUARTER_HOUR = 15 * 60_000;
const QUARTERS_A_DAY = 95;

/** Runs `total` operations with `concurrency` callers at once; each caller takes the next operation when it finishes one. */
export async function pool(total: number, concurrency: number, op: (i: number) => Promise<Omit<Sample, 'ms'>>, progress: (done: number) => void): Promise<{ samples: Sample[]; wallMs: number }> {
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  const caller = async () => {
    for (let i = next++; i < total; i = next++) {
      const t0 = performance.now();
      const result = await op(i).catch((error: Error) => ({ ok: false, outcome: (error as { code?: string }).code ?? error.name }));
      samples.push({ ...result, ms: performance.now() - t0 });
      progress(samples.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, caller));
  return { samples, wallMs: performance.now() - started };
}

/** What the load test leaves behind, for the checks: calls to end and holds it expected. */
export interface Ledger {
  callIds: string[];
  contendedHolds: number;
}

/** Valid, fictional numbers spread over area codes, so per-phone SMS limits never bind. */
function phoneFor(run: string, i: number): string {
  const areas = ['312', '773', '646', '415', '206', '617', '303', '512'];
  const n = (parseInt(run.slice(0, 6), 16) + i) % (areas.length * 10_000);
  return `+1${areas[n % areas.length]}555${String(Math.floor(n / areas.length)).padStart(4, '0')}`;
}

export class LoadScenarios {
  readonly ledger: Ledger = { callIds: [], contendedHolds: 0 };
  private readonly run = randomUUID().replace(/-/g, '');
  /** Day-aligned starts far enough ahead to be bookable; each scenario has its own days. */
  private readonly base = Math.ceil((Date.now() + 2 * 86_400_000) / 86_400_000) * 86_400_000;

  constructor(
    private readonly target: LoadTarget,
    private readonly clinic: LoadClinic,
  ) {}

  private async call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${this.clinic.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  /** The i-th distinct slot of a scenario's day range: resources first, then quarter hours (the clinic closes at 23:59). */
  private slot(dayOffset: number, i: number): { resourceId: string; startsAt: string } {
    const resources = this.clinic.resources.length;
    const quarter = Math.floor(i / resources);
    const day = dayOffset + Math.floor(quarter / QUARTERS_A_DAY);
    return { resourceId: this.clinic.resources[i % resources]!, startsAt: new Date(this.base + day * 86_400_000 + (quarter % QUARTERS_A_DAY) * QUARTER_HOUR).toISOString() };
  }

  private async hold(slot: { resourceId: string; startsAt: string }, i: number, tag: string) {
    const callId = `load-${this.run.slice(0, 8)}-${tag}-${i}`;
    this.ledger.callIds.push(callId);
    const caller = { phone: phoneFor(this.run, i + (tag === 'flow' ? 50_000 : tag === 'hold' ? 0 : 70_000)) };
    return { callId, caller, response: await this.call('POST', `${this.target.bookingUrl}/v1/holds`, { callId, appointmentTypeId: this.clinic.appointmentTypeId, ...slot, caller }) };
  }

  availability = async (i: number) => {
    const from = new Date(this.base + (i % 7) * 86_400_000);
    const query = new URLSearchParams({ appointmentTypeId: this.clinic.appointmentTypeId, from: from.toISOString(), to: new Date(from.getTime() + 86_400_000).toISOString(), limit: '50' });
    const { status } = await this.call('GET', `${this.target.bookingUrl}/v1/availability?${query}`);
    return { ok: status === 200, outcome: String(status) };
  };

  distinctHolds = async (i: number) => {
    const { response } = await this.hold(this.slot(10, i), i, 'hold');
    return { ok: response.status === 201, outcome: String(response.status) };
  };

  /** Everyone wants one of three slots: 201 for the first of each, 409 with alternatives for the rest. Both are right. */
  contendedHolds = async (i: number) => {
    const { response } = await this.hold(this.slot(20, i % 3), i, 'contend');
    if (response.status === 201) this.ledger.contendedHolds++;
    return { ok: response.status === 201 || response.status === 409, outcome: String(response.status) };
  };

  fullFlow = async (i: number) => {
    const { caller, response } = await this.hold(this.slot(30, i), i, 'flow');
    if (response.status !== 201) return { ok: false, outcome: `hold ${response.status}` };
    const code = await this.codeFor(caller.phone);
    if (!code) return { ok: false, outcome: 'no code within 10 s' };
    const confirmed = await this.call('POST', `${this.target.bookingUrl}/v1/holds/${String(response.body.holdId)}/confirm`, { code });
    return { ok: confirmed.status === 200, outcome: `confirm ${confirmed.status}` };
  };

  redaction = async (i: number) => {
    const text = `Hi, this is Jordan Miles, date of birth March 4 1985, call me on 312 555 ${String(1000 + (i % 9000))}. I take metformin. Can I book a cleaning on Tuesday at 3 pm?`;
    const { status } = await this.call('POST', `${this.target.redactionUrl}/v1/redact`, { text });
    return { ok: status === 200, outcome: String(status) };
  };

  /** The code texted to `phone`, within 10 s: each request waits in the sandbox for the text rather than polling it. */
  private async codeFor(phone: string): Promise<string | undefined> {
    const deadline = Date.now() + 10_000;
    for (let waitMs = 10_000; waitMs > 0; waitMs = deadline - Date.now()) {
      const response = await fetch(`${this.target.sandboxUrl}/sandbox/messages?to=${encodeURIComponent(phone)}&limit=5&waitMs=${waitMs}`);
      const { messages } = (await response.json()) as { messages: Array<{ body: string }> };
      const code = messages.map((m) => /^(\d{6}) /.exec(m.body)?.[1]).find(Boolean);
      if (code) return code;
      if (messages.length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return undefined;
  }

  /** Ends every call the test made, as the platform would: pending holds are released. */
  async endCalls(concurrency: number): Promise<void> {
    await pool(this.ledger.callIds.length, concurrency, async (i) => {
      const { status } = await this.call('POST', `${this.target.bookingUrl}/v1/calls/${this.ledger.callIds[i]}/ended`);
      return { ok: status === 200, outcome: String(status) };
    }, () => undefined);
  }
}

/**
 * Runs the scenarios one after another. A scenario's holds are texted after it ends too, and those
 * texts must not be the next scenario's wait: after each, `textsDrained` waits until every hold it
 * made has had its code texted, and its time is reported with the scenario.
 */
export async function runScenarios(scenarios: LoadScenarios, perScenario: number, concurrency: number, progress: Progress, textsDrained: () => Promise<number>): Promise<ScenarioResult[]> {
  const plan: Array<[string, boolean, (i: number) => Promise<Omit<Sample, 'ms'>>]> = [
    ['availability', true, scenarios.availability],
    ['holds, distinct slots', true, scenarios.distinctHolds],
    ['holds, 3 contended slots', false, scenarios.contendedHolds],
    ['hold, code, confirm', true, scenarios.fullFlow],
    ['redaction', true, scenarios.redaction],
  ];
  const results: ScenarioResult[] = [];
  for (const [name, uncontended, op] of plan) {
    const { samples, wallMs } = await pool(perScenario, concurrency, op, (done) => progress(name, done, perScenario));
    results.push({ ...summarise(name, uncontended, samples, wallMs), textsDrainedMs: await textsDrained() });
  }
  return results;
}
