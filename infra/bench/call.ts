import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig, runMain } from '@mo/config';
import { APP_ROLES, DatabaseSettings, dropDatabase, OWNER_ROLE, roleUrl, setupDatabase } from '@infra/db';
import { DEMO_SENDER } from '@infra/tenant';
import { DEV_SANDBOX_SECRET, newSandboxAccount, TwilioSandbox } from '@infra/twilio-sandbox';
import { AppProcess, freePort } from '@mo/testing';
import { deleteBenchQueues } from './broker';
import { allDayResources, benchAdmin } from './clinic';
import { CallFloor, FloorRound } from './call-floor';
import { CallTarget, CallTrace, emptySamples, playCall, SmsWatch, Step, StepSamples, STEPS } from './call-flow';
import { CpuMeter } from './cpu-meter';
import { HopTap } from './hop-tap';
import { ms, percentile, table } from './stats';

/**
 * `npm run bench:call`: whole live calls against booking, otp-sms and followup with the SMS sandbox,
 * first one caller at a time, then 50 at once paced like callers, each step next to the floor of
 * its database work measured in the same run (one floor round just before each call, or alongside
 * the same pacing for the 50). BENCH_CPU_PROF=1 writes the apps' CPU profiles to bench-results/.
 */
const SEQUENTIAL_CALLS = Number(process.env.BENCH_CALLS ?? 40);
const CALLERS = Number(process.env.BENCH_CALLERS ?? 50);
const CALLS_PER_CALLER = Number(process.env.BENCH_CALLS_PER_CALLER ?? 4);
/** The 50 callers ring this many clinics (a clinic has a few lines, not fifty). */
const CLINICS = Number(process.env.BENCH_CLINICS ?? 10);
// BENCH_TAG keeps two worktrees' runs on one machine from dropping each other's database and queues.
const TAG = (process.env.BENCH_TAG ?? '').replace(/[^a-z0-9]/g, '');
const DATABASE = `orchestrator_bench_call${TAG ? `_${TAG}` : ''}`;
const PREFIX = `benchcall${TAG ? `${TAG}` : ''}.`;
const RESOURCES = 10;
const QUARTER = 15 * 60_000;
const RESULTS = join(__dirname, '../../../bench-results');

void runMain(async () => {
  const settings = loadConfig(DatabaseSettings, { ...process.env, DATABASE_NAME: DATABASE });
  await dropDatabase(settings.ADMIN_DATABASE_URL, DATABASE);
  await setupDatabase(settings);
  const url = (role: string) => roleUrl(settings.ADMIN_DATABASE_URL, role, settings.MO_DB_PASSWORD, DATABASE);
  if (process.env.BENCH_TRACE === '1') {
    Object.assign(process.env, { HOP_TRACE_FILE: join(RESULTS, 'hops.trace'), HOP_TRACE_APP: 'bench' });
    mkdirSync(RESULTS, { recursive: true });
    require('./hop-trace.cjs');
  }
  const sms = new SmsWatch();
  const sandbox = new TwilioSandbox({ port: 0, host: '127.0.0.1', secret: DEV_SANDBOX_SECRET, callbackDelayMs: 20, onAccepted: sms.accepted });
  const sandboxUrl = await sandbox.start();
  const clinics: Clinic[] = [];
  for (let i = 0; i < CLINICS; i++) clinics.push(await provision(url(OWNER_ROLE), i));
  const profile = [
    ...(process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${join(RESULTS, 'profiles')}`] : []),
    ...(process.env.BENCH_TRACE === '1' ? ['--require', join(__dirname, 'hop-trace.cjs')] : []),
  ];
  mkdirSync(RESULTS, { recursive: true });
  // AMQP_PREFETCH and DB_POOL_SIZE pass through, for trying other sizes.
  const sizes = Object.fromEntries((['AMQP_PREFETCH', 'DB_POOL_SIZE'] as const).flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
  const common = { ...sizes, AMQP_PREFIX: PREFIX, HOP_TRACE_FILE: join(RESULTS, 'hops.trace') };
  const otpPort = await freePort();
  // One at a time, on a busy machine each start is quicker alone; a failed start stops the others.
  const apps: AppProcess[] = [];
  const specs: Array<[string, Record<string, string>]> = [
    ['booking', { ...common, HOP_TRACE_APP: 'booking', DATABASE_URL: url(APP_ROLES.booking) }],
    [
      'otp-sms',
      {
        ...common,
        HOP_TRACE_APP: 'otp-sms',
        DATABASE_URL: url(APP_ROLES['otp-sms']),
        PORT: String(otpPort),
        TWILIO_API_BASE_URL: sandboxUrl,
        PUBLIC_BASE_URL: `http://127.0.0.1:${otpPort}`,
        OTP_RESEND_COOLDOWN_SECONDS: '0',
      },
    ],
    ['followup', { ...common, HOP_TRACE_APP: 'followup', DATABASE_URL: url(APP_ROLES.followup) }],
  ];
  try {
    for (const [name, env] of specs) apps.push(await AppProcess.start(name, env, profile));
  } catch (error) {
    await Promise.all(apps.map((app) => app.stop()));
    await sandbox.stop();
    throw error;
  }
  const pools = [new Pool({ connectionString: url(APP_ROLES.booking), max: 10 }), new Pool({ connectionString: url(APP_ROLES['otp-sms']), max: 10 })] as const;
  const lines = clinics.map((clinic) => ({
    floor: new CallFloor(pools[0], pools[1], clinic.orgId, clinic.appointmentTypeId),
    target: { bookingUrl: apps[0].url, apiKey: clinic.apiKey, appointmentTypeId: clinic.appointmentTypeId } satisfies CallTarget,
    slots: slotSource(clinic.resources),
  }));
  const { floor, target, slots } = lines[0]!;
  const tap = await HopTap.open(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672', PREFIX);
  const traces: CallTrace[] = [];
  let phones = 0;
  const phone = () => `+1312555${String(phones++).padStart(4, '0')}`;
  try {
    // Warm-up: JIT, pools, caches; not measured.
    for (let i = 0; i < 6; i++) await playCall(target, sms, slots.app(), phone(), `warm-${i}`, i % 2 === 0, emptySamples(), none);
    for (let i = 0; i < 3; i++) await floor.round(slots.floor(), phone());

    const failures: string[] = [];
    const one = { app: emptySamples(), floor: [] as FloorRound[] };
    const meter = new CpuMeter(apps, DATABASE);
    // One caller's CPU, each call with its floor round; fewer processes compete than at fifty, so it varies less with others' load.
    const oneStart = meter.read();
    for (let i = 0; i < SEQUENTIAL_CALLS; i++) {
      one.floor.push(await floor.round(slots.floor(), phone()));
      await playCall(target, sms, slots.app(), phone(), `one-${i}`, i % 2 === 0, one.app, reading, traces).catch((error: Error) => failures.push(error.message));
      // The call's tail (status callbacks, events to the other apps) settles before the next floor round.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The tap has timed the one caller's events; it must not spend the benchmark's process and the
    // broker on the fifty callers' events, which the floor's callers do not have.
    const oneCpu = CpuMeter.perCall(oneStart, meter.read(), SEQUENTIAL_CALLS);
    const hops = breakdown(traces, tap);
    await tap.close();
    const many = { app: emptySamples(), floor: [] as FloorRound[] };
    const cpu = { floorStart: meter.read() } as Record<string, Record<string, number>>;
    let started = performance.now();
    let m = 0;
    await Promise.all(
      Array.from({ length: CALLERS }, async (_, c) => {
        const line = lines[c % lines.length]!;
        // Shaped like the app's calls below: booked and abandoned alternately, with their pauses.
        for (let i = 0; i < CALLS_PER_CALLER; i++) many.floor.push(await line.floor.round(line.slots.floor(), phone(), speaking, m++ % 2 === 0));
      }),
    );
    const floorSeconds = (performance.now() - started) / 1000;
    cpu.appStart = meter.read();
    started = performance.now();
    let n = 0;
    await Promise.all(
      Array.from({ length: CALLERS }, async (_, c) => {
        const line = lines[c % lines.length]!;
        for (let i = 0; i < CALLS_PER_CALLER; i++) {
          const k = n++;
          await playCall(line.target, sms, line.slots.app(), phone(), `many-${k}`, k % 2 === 0, many.app, speaking).catch((error: Error) => failures.push(error.message));
        }
      }),
    );
    const appSeconds = (performance.now() - started) / 1000;
    cpu.appEnd = meter.read();
    const calls = CALLERS * CALLS_PER_CALLER;
    const cpuPerCall = { one: oneCpu, floor: CpuMeter.perCall(cpu.floorStart!, cpu.appStart!, calls), app: CpuMeter.perCall(cpu.appStart!, cpu.appEnd!, calls) };
    const report = {
      at: new Date().toISOString(),
      calls: { sequential: SEQUENTIAL_CALLS, callers: CALLERS, callsPerCaller: CALLS_PER_CALLER, clinics: CLINICS },
      one: { app: one.app, floor: one.floor },
      many: { app: many.app, floor: many.floor, appSeconds, floorSeconds },
      failures,
      hops,
      cpuPerCall,
    };
    print('one caller at a time', one.app, one.floor);
    console.log(`\nhops of one caller's calls (events timed as they reach the broker)\n${table(hops)}`);
    print(`${CALLERS} callers at once over ${CLINICS} clinics, paced (app ${appSeconds.toFixed(1)} s, floor ${floorSeconds.toFixed(1)} s: throughput ${Math.round((100 * floorSeconds) / appSeconds)}% of the floor's)`, many.app, many.floor);
    console.log(`\nCPU per call in the ${CALLERS} callers' phase, ms (PostgreSQL: the benchmark database's backends)\n${table([{ side: 'floor', ...cpuPerCall.floor }, { side: 'app', ...cpuPerCall.app }])}`);
    console.log(`\nCPU per call at one caller, ms (with its floor round and the 250 ms pauses)\n${table([{ side: 'app + floor', ...cpuPerCall.one }])}`);
    if (failures.length > 0) console.log(`\n${failures.length} calls failed:\n${[...new Set(failures)].map((f) => `  ${f}`).join('\n')}`);
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `call-${report.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(report));
    console.log(`\nraw figures: ${file}`);
  } finally {
    if (process.env.BENCH_LOGS) for (const app of apps) writeFileSync(join(RESULTS, `${app.name}.log`), app.logs());
    await Promise.all(apps.map((app) => app.stop()));
    await Promise.all(pools.map((pool) => pool.end()));
    await sandbox.stop();
    await tap.close();
    await deleteBenchQueues(PREFIX);
  }
});

const none = async () => undefined;
/**
 * One caller alone still pauses between steps, shortened: a caller never reads a code back within
 * milliseconds of its SMS, and a step must not be timed while the previous step's tail (events
 * to the other apps, status callbacks) still holds the same rows.
 */
const reading = () => new Promise<void>((resolve) => setTimeout(resolve, 150));
/** A caller speaking between two tool calls: 200–600 ms. */
const speaking = () => new Promise<void>((resolve) => setTimeout(resolve, 200 + Math.random() * 400));

/** Which floor a step sits next to, and the issue's target as a multiple of one floor hold transaction. */
const FLOOR_OF: Record<Step, { floor: keyof FloorRound; target?: number }> = {
  availability: { floor: 'availability', target: 3 },
  hold: { floor: 'hold', target: 3 },
  'hold → SMS accepted': { floor: 'hold', target: 15 },
  resend: { floor: 'resend' },
  confirm: { floor: 'confirm', target: 5 },
  'call ended → follow-up SMS': { floor: 'hold' },
};

function print(title: string, app: StepSamples, floors: FloorRound[]): void {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const floorOf = Object.fromEntries(
    (['availability', 'hold', 'resend', 'confirm', 'ended'] as const).map((k) => [k, sorted(floors.flatMap((f) => (f[k] === undefined ? [] : [f[k]])))]),
  ) as Record<keyof FloorRound, number[]>;
  const holdFloor = percentile(floorOf.hold, 50);
  const rows = STEPS.map((step) => {
    const values = sorted(app[step]);
    const { floor, target } = FLOOR_OF[step];
    const own = floorOf[floor];
    const ratio = percentile(values, 50) / holdFloor;
    return {
      step,
      n: values.length,
      'p50 ms': ms(percentile(values, 50)),
      'p95 ms': ms(percentile(values, 95)),
      'p99 ms': ms(percentile(values, 99)),
      'its floor': floor === 'hold' && step !== 'hold' ? '(hold tx)' : floor,
      'floor p50 / p99': `${ms(percentile(own, 50))} / ${ms(percentile(own, 99))}`,
      'p50 ÷ floor hold tx': `${ratio.toFixed(1)}×`,
      'p99 ÷ its floor p99': `${(percentile(values, 99) / percentile(own, 99)).toFixed(1)}×`,
      target: target ? `≤ ${target}× ${ratio <= target ? 'MET' : 'NOT MET'}` : '',
    };
  });
  console.log(`\n${title}\n${table(rows)}`);
}

/** Where a sequential call's time goes between the moments the client and the broker see. */
function breakdown(traces: CallTrace[], tap: HopTap): Array<Record<string, string | number>> {
  const spans: Array<[string, (t: CallTrace) => number | undefined]> = [
    ['hold: request → answer', (t) => t.marks.holdAnswered! - t.marks.holdSent!],
    ['hold: request → SlotHeld on the broker', (t) => since(tap.at(t.holdId, 'SlotHeld'), t.marks.holdSent)],
    ['SlotHeld on the broker → SMS accepted', (t) => since(t.marks.smsAccepted, tap.at(t.holdId, 'SlotHeld'))],
    ['SMS accepted → OtpSent on the broker', (t) => since(tap.at(t.holdId, 'OtpSent'), t.marks.smsAccepted)],
    ['confirm: request → answer', (t) => since(t.marks.confirmAnswered, t.marks.confirmSent)],
    ['confirm: request → BookingConfirmed on the broker', (t) => since(tap.at(t.holdId, 'BookingConfirmed'), t.marks.confirmSent)],
    ['call ended → ConfirmationMissed on the broker', (t) => since(tap.at(t.holdId, 'ConfirmationMissed'), t.marks.endedSent)],
    ['ConfirmationMissed → SmsRequested on the broker', (t) => since(tap.at(t.holdId, 'SmsRequested'), tap.at(t.holdId, 'ConfirmationMissed'))],
    ['SmsRequested → follow-up SMS accepted', (t) => since(t.marks.followupAccepted, tap.at(t.holdId, 'SmsRequested'))],
  ];
  return spans.map(([span, of]) => {
    const values = traces.map(of).filter((v): v is number => v !== undefined && Number.isFinite(v)).sort((a, b) => a - b);
    return { span, n: values.length, 'p50 ms': ms(percentile(values, 50)), 'p95 ms': ms(percentile(values, 95)) };
  });
}

const since = (end: number | undefined, start: number | undefined): number | undefined => (end === undefined || start === undefined ? undefined : end - start);

interface Clinic {
  orgId: string;
  apiKey: string;
  appointmentTypeId: string;
  resources: string[];
}

async function provision(ownerUrl: string, n: number): Promise<Clinic> {
  const admin = benchAdmin(ownerUrl);
  try {
    const orgId = await admin.createTenant({ name: `Bench Clinic ${n + 1}`, timezone: 'UTC', holdTtlSeconds: 900 });
    const resources = await allDayResources(admin, orgId, RESOURCES);
    const appointmentTypeId = await admin.addAppointmentType(orgId, { name: 'Cleaning', durationMinutes: 15 });
    await admin.setTwilio(orgId, { ...newSandboxAccount(DEV_SANDBOX_SECRET), fromNumber: DEMO_SENDER }, 1_000_000);
    await admin.setFollowupSettings(orgId, { quietStart: '00:00', quietEnd: '24:00' });
    return { orgId, apiKey: await admin.createApiKey(orgId, 'bench'), appointmentTypeId, resources };
  } finally {
    await admin.close();
  }
}

/** Distinct quarter-hour slots, resource by resource: the app's from two days ahead, the floor's a month later. */
function slotSource(resources: string[]) {
  const base = Math.ceil((Date.now() + 2 * 86_400_000) / 86_400_000) * 86_400_000;
  const counters = { app: 0, floor: 0 };
  const next = (which: 'app' | 'floor', dayOffset: number) => {
    const i = counters[which]++;
    const quarter = Math.floor(i / resources.length);
    const startsAt = base + (dayOffset + Math.floor(quarter / 95)) * 86_400_000 + (quarter % 95) * QUARTER;
    return { resourceId: resources[i % resources.length]!, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + QUARTER).toISOString() };
  };
  return {
    app: () => {
      const { resourceId, startsAt } = next('app', 0);
      return { resourceId, startsAt };
    },
    floor: () => next('floor', 30),
  };
}
