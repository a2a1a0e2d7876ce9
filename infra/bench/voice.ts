import 'reflect-metadata';
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DateTime } from 'luxon';
import { loadConfig, runMain } from '@mo/config';
import { sha256 } from '@mo/crypto';
import { DIALECTS, PLATFORMS, type Platform, type SimulatedConnection, toolRequest } from '@mo/voice';
import { APP_ROLES, DatabaseSettings, dropDatabase, OWNER_ROLE, roleUrl, setupDatabase } from '@infra/db';
import { platformConnection } from '@infra/tenant';
import { AppProcess } from '@mo/testing';
import { deleteBenchQueues } from './broker';
import { benchAdmin, type BenchClinic, provisionBenchClinic, type Slot, slotSource } from './clinic';
import { ms, percentile, RunStats, summarize, table } from './stats';

/**
 * `npm run bench:voice`: a hold through each platform's tool call next to the REST call it wraps
 * (POST /v1/holds), on one booking process, and the dialect alone (parse, verify, format) next to
 * the JSON parse and stringify every request pays anyway.
 */
const CONNECTIONS = 10;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const DATABASE = 'orchestrator_bench_voice';
const ITERATIONS = 20_000;
const ALONE_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const ALONE_WARM_UP = 20;
const PREFIX = 'bench.';
const TZ = 'America/Chicago';
/** A checkout built elsewhere (its own dist/): its booking runs beside this one, interleaved request by request. */
const BEFORE = process.env.BENCH_BEFORE;

type Clinic = BenchClinic;


const provision = (ownerUrl: string): Promise<Clinic> => provisionBenchClinic(ownerUrl, { name: 'Voice Bench Clinic', timezone: TZ, resources: 20 });


void runMain(async () => {
  const settings = loadConfig(DatabaseSettings, { ...process.env, DATABASE_NAME: DATABASE });
  await dropDatabase(settings.ADMIN_DATABASE_URL, DATABASE);
  await setupDatabase(settings);
  const ownerUrl = roleUrl(settings.ADMIN_DATABASE_URL, OWNER_ROLE, settings.MO_DB_PASSWORD, DATABASE);
  const clinic = await provision(ownerUrl);
  const env = { DATABASE_URL: roleUrl(settings.ADMIN_DATABASE_URL, APP_ROLES.booking, settings.MO_DB_PASSWORD, DATABASE), AMQP_PREFIX: PREFIX, SWEEP_INTERVAL_MS: '60000' };
  // BENCH_CPU_PROF=1: this build's CPU profile, in bench-results/profiles/.
  // BENCH_TRACE=1: every round trip and HTTP exchange of this build, stamped, in bench-results/voice-hops.trace.
  const trace = process.env.BENCH_TRACE === '1' ? ['--require', join(__dirname, 'hop-trace.cjs')] : [];
  if (trace.length > 0) Object.assign(env, { HOP_TRACE_FILE: join(process.cwd(), 'bench-results', 'voice-hops.trace'), HOP_TRACE_APP: 'booking' });
  const booking = await AppProcess.start('booking', env, [...(process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', '--cpu-prof-dir=bench-results/profiles'] : []), ...trace]);
  const before = BEFORE ? await AppProcess.start('booking', env, [], BEFORE) : undefined;
  const connections = await connectAll(ownerUrl, clinic.orgId, booking.url);
  const slots = slotSource(clinic.resources, TZ);
  try {
    console.log(`The dialect alone: ${ITERATIONS} tool calls per platform, in this process\n`);
    console.log(table(PLATFORMS.map((p) => dialectCost(connections[p]))));
    console.log(`\nA hold over HTTP: ${CONNECTIONS} connections, ${DURATION_S} s per run, one booking process\n`);
    await run('warm-up', booking.url, () => restRequest(booking.url, clinic, slots.next()), 2);
    for (const p of PLATFORMS) await run('warm-up', booking.url, () => voiceRequest(connections[p], clinic, slots.next()), 1);
    const targets = [{ label: before ? 'after: ' : '', url: booking.url }, ...(before ? [{ label: 'before: ', url: before.url }] : [])];
    if (before) await run('warm-up', before.url, () => restRequest(before.url, clinic, slots.next()), 1);
    await analyze(ownerUrl);
    console.log(`\nOne request at a time, ${ALONE_ROUNDS} rounds, each round a REST hold (with and without an Idempotency-Key) and a REST availability query and each platform's hold_slot and check_availability${before ? ', on each build' : ''}, in a shuffled order\n`);
    console.log(table(await alone(targets, clinic, connections, slots)));
    console.log(`\n${CONNECTIONS} connections at once\n`);
    const rest = await run('REST POST /v1/holds', booking.url, () => restRequest(booking.url, clinic, slots.next()), DURATION_S);
    const voice: RunStats[] = [];
    for (const p of PLATFORMS) voice.push(await run(`${p} hold_slot`, booking.url, () => voiceRequest(connections[p], clinic, slots.next()), DURATION_S));
    console.log(table([rest, ...voice].map((r) => ({ run: r.name, requests: r.requests, 'req/s': Math.round(r.throughput), 'p50 ms': ms(r.p50), 'p95 ms': ms(r.p95), 'p99 ms': ms(r.p99), outcomes: Object.entries(r.statuses).map(([k, v]) => `${k}:${v}`).join(' ') }))));
    console.log('');
    for (const r of voice) console.log(`${r.name}: p50 ${(r.p50 / rest.p50).toFixed(2)}× and p99 ${(r.p99 / rest.p99).toFixed(2)}× the REST call's, ${((r.throughput / rest.throughput) * 100).toFixed(0)}% of its throughput`);
  } finally {
    await booking.stop();
    await before?.stop();
    await deleteBenchQueues(PREFIX);
  }
});

/**
 * The statistics autovacuum would have gathered by now: this machine's PostgreSQL runs with
 * autovacuum off, so a fresh database is never analyzed, and the planner, guessing, reads a call's
 * pending holds (the first hold_slot statement REST has not) through the exclusion index, filtering
 * every hold of the tenant: 1.5 ms at 3,500 holds and growing with each, where the call's own
 * partial index answers in 0.04 ms. Analyzing also drops the plans each connection cached.
 */
async function analyze(ownerUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: ownerUrl, max: 1 });
  try {
    await pool.query('ANALYZE');
  } finally {
    await pool.end();
  }
}

async function connectAll(ownerUrl: string, orgId: string, bookingUrl: string): Promise<Record<Platform, SimulatedConnection>> {
  const admin = benchAdmin(ownerUrl);
  try {
    const entries = [];
    for (const platform of PLATFORMS) {
      const signingKey = platform === 'vapi' ? undefined : `bench-${platform}`;
      const { connectionId, secret } = await admin.connectPlatform(orgId, platform, signingKey ? { signingKey } : {});
      const printed = platformConnection({ platform, orgId, connectionId, secret, bookingUrl, redactionUrl: bookingUrl });
      entries.push([platform, { platform, toolsUrl: printed.toolsUrl, eventsUrl: printed.eventsUrl, ...(secret ? { secret } : {}), ...(signingKey ? { signingKey } : {}) }] as const);
    }
    return Object.fromEntries(entries) as Record<Platform, SimulatedConnection>;
  } finally {
    await admin.close();
  }
}

/**
 * The target's own measure: what a tool call adds to the REST call it wraps, with nothing queued.
 * One request at a time, interleaved request by request (a round is one of each, in an order
 * shuffled each round), so the machine's changing load, and what the request before leaves running,
 * fall on every side alike; the difference of the p50s
 * is the figure the target (within 1 ms) reads.
 */
async function alone(targets: ReadonlyArray<{ label: string; url: string }>, clinic: Clinic, connections: Record<Platform, SimulatedConnection>, slots: { next(): Slot }): Promise<Array<Record<string, string>>> {
  const kinds: Array<{ name: string; url: string; rest: number; next: () => Request; untargeted?: true }> = [];
  const day = DateTime.now().setZone(TZ).plus({ days: 3 }).startOf('day');
  for (const { label, url } of targets) {
    let rest = kinds.length;
    kinds.push({ name: `${label}REST POST /v1/holds`, url, rest, next: () => restRequest(url, clinic, slots.next()) });
    // REST's own retry guarantee, for comparison: a retried hold_slot answers as the first, and so does this.
    kinds.push({ name: `${label}REST POST /v1/holds, Idempotency-Key`, url, rest, next: () => restRequest(url, clinic, slots.next(), randomUUID()), untargeted: true });
    for (const p of PLATFORMS) kinds.push({ name: `${label}${p} hold_slot`, url, rest, next: () => voiceRequest(connections[p], clinic, slots.next()) });
    rest = kinds.length;
    kinds.push({ name: `${label}REST GET /v1/availability`, url, rest, next: () => availabilityRequest(clinic, day) });
    for (const p of PLATFORMS) kinds.push({ name: `${label}${p} check_availability`, url, rest, next: () => voiceAvailabilityRequest(connections[p], clinic, day) });
  }
  const latencies = kinds.map(() => [] as number[]);
  for (let round = 0; round < ALONE_ROUNDS + ALONE_WARM_UP; round++) {
    for (const i of shuffled(kinds.length)) {
      const { path, headers, body } = kinds[i]!.next();
      const t0 = performance.now();
      const response = await fetch(`${kinds[i]!.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, ...(body === undefined ? {} : { body }) });
      await response.arrayBuffer();
      if (response.status >= 300) throw new Error(`${kinds[i]!.name}: ${response.status}`);
      if (round >= ALONE_WARM_UP) latencies[i]!.push(performance.now() - t0);
    }
  }
  const sorted = latencies.map((l) => [...l].sort((a, b) => a - b));
  return kinds.map((kind, i) => {
    const own = sorted[i]!;
    const delta = percentile(own, 50) - percentile(sorted[kind.rest]!, 50);
    const isRest = i === kind.rest;
    return {
      run: kind.name,
      'p50 ms': ms(percentile(own, 50)),
      'p95 ms': ms(percentile(own, 95)),
      'p99 ms': ms(percentile(own, 99)),
      'p50 − REST p50': isRest ? '' : `${delta >= 0 ? '+' : ''}${ms(delta)} ms`,
      target: isRest || kind.untargeted ? '' : `≤ 1 ms ${delta <= 1 ? 'MET' : 'NOT MET'}`,
    };
  });
}

/**
 * 0..n−1 in a fresh random order. A rotation kept each kind behind the same one: the REST hold always
 * followed a request that places nothing, and each hold_slot a hold, whose event the outbox relay
 * publishes (three statements and a broker publish) while the next request runs.
 */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

interface Request {
  path: string;
  headers: Record<string, string>;
  /** None for a GET. */
  body?: string;
}

/** The same day's slots both ways: the REST query of the whole clinic-local day, and the tool's "that day". */
function availabilityRequest(clinic: Clinic, day: DateTime): Request {
  const query = new URLSearchParams({ appointmentTypeId: clinic.cleaning, from: day.toUTC().toISO()!, to: day.plus({ days: 1 }).toUTC().toISO()! });
  return { path: `/v1/availability?${query}`, headers: { authorization: `Bearer ${clinic.apiKey}` } };
}

function voiceAvailabilityRequest(connection: SimulatedConnection, clinic: Clinic, day: DateTime): Request {
  const request = toolRequest(connection, { callId: `bench-${randomUUID()}`, callerPhone: '+13125550147' }, { name: 'check_availability', args: { appointmentType: clinic.cleaning, date: day.toISODate()! } }, new Date());
  return { path: new URL(request.url).pathname, headers: request.headers, body: request.body };
}

const holdArgs = (clinic: Clinic, slot: Slot) => ({ startsAt: slot.startsAt, appointmentType: clinic.cleaning, practitioner: slot.resourceId, firstName: 'Bench' });

function voiceRequest(connection: SimulatedConnection, clinic: Clinic, slot: Slot) {
  const request = toolRequest(connection, { callId: `bench-${randomUUID()}`, callerPhone: '+13125550147' }, { name: 'hold_slot', args: holdArgs(clinic, slot) }, new Date());
  return { path: new URL(request.url).pathname, headers: request.headers, body: request.body };
}

function restRequest(_url: string, clinic: Clinic, slot: Slot, idempotencyKey?: string): { path: string; headers: Record<string, string>; body: string } {
  const body = JSON.stringify({ callId: `bench-${randomUUID()}`, appointmentTypeId: clinic.cleaning, resourceId: slot.resourceId, startsAt: slot.startsAt, caller: { phone: '+13125550147', firstName: 'Bench' } });
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${clinic.apiKey}` };
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  return { path: '/v1/holds', headers, body };
}

async function run(name: string, url: string, next: () => { path: string; headers: Record<string, string>; body: string }, seconds: number): Promise<RunStats> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: seconds, method: 'POST', requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return summarize(name, latencies, result.duration, statuses);
}

/** What the dialect adds to a tool call: parse, verify the credential, format the answer; the floor is JSON in and out. */
function dialectCost(connection: SimulatedConnection): Record<string, string> {
  const dialect = DIALECTS[connection.platform];
  const request = toolRequest(connection, { callId: 'bench-call', callerPhone: '+13125550147' }, { id: 'tc-1', name: 'hold_slot', args: { startsAt: '2026-12-03 09:15', appointmentType: 'cleaning' } }, new Date());
  const rawBody = Buffer.from(request.body);
  const secrets = { ...(connection.secret ? { secretSha256: sha256(connection.secret) } : {}), ...(connection.signingKey ? { signingKey: connection.signingKey } : {}) };
  const answer = { ok: true, say: "I've held 9:15 on Thursday and texted a six-digit code to the number ending 0147. Could you read it to me?", fields: { holdId: randomUUID(), status: 'HELD' } };
  const time = (work: () => void) => {
    for (let i = 0; i < 1_000; i++) work();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < ITERATIONS; i++) work();
    return Number(process.hrtime.bigint() - t0) / ITERATIONS / 1_000;
  };
  const floor = time(() => JSON.stringify({ results: [JSON.parse(request.body)] }));
  const full = time(() => {
    const now = new Date();
    if (dialect.verify('tools', { headers: request.headers, rawBody, now }, secrets) !== 'valid') throw new Error('the benchmark request does not verify');
    const parsed = dialect.parseTools(JSON.parse(request.body));
    if (parsed.type !== 'tools') throw new Error('the benchmark request does not parse');
    JSON.stringify(dialect.formatAnswers(parsed.request.calls.map((call) => ({ call, answer }))));
  });
  return { platform: connection.platform, 'dialect µs/call': full.toFixed(1), 'floor µs (JSON in and out)': floor.toFixed(1), 'dialect ms': (full / 1000).toFixed(4) };
}
