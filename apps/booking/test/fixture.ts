import { loadConfig } from '@mo/config';
import { Clock } from '@mo/context';
import { shutdown } from '@mo/platform';
import { AmqpProbe, AppProcess, call, createClinic, localSlot as localSlotIn, phoneSequence, startOtpSmsProcess, startSandbox, startTestApp, TestApp, TestClinic, TestInfra } from '@infra/testing';
import type { SandboxMessage, TwilioSandbox } from '@infra/twilio-sandbox';
export { smsTo, startSandbox } from '@infra/testing';
import { BookingConfig } from '../src/booking.config';
import { BookingModule } from '../src/booking.module';

export async function startBooking(infra: TestInfra, options: { clock?: Clock; env?: Record<string, string>; protectAdminSurfaces?: boolean } = {}): Promise<TestApp> {
  const config = loadConfig(BookingConfig, infra.env('booking', { SWEEP_INTERVAL_MS: '200', ...options.env }));
  return startTestApp(BookingModule.forRoot(config), {
    name: 'booking',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.protectAdminSurfaces !== undefined ? { protectAdminSurfaces: options.protectAdminSurfaces } : {}),
  });
}

export async function stopApp(app: TestApp | undefined): Promise<void> {
  if (app) await shutdown(app.app);
}

/** A start time `days` ahead at a local wall-clock time in the clinic's zone, as an ISO instant. */
export const localSlot = (clinic: TestClinic, days: number, time: string, from: Date = new Date()): string => localSlotIn(clinic.timezone, days, time, from);

export const holdBody = (clinic: TestClinic, startsAt: string, overrides: Record<string, unknown> = {}) => ({
  callId: `call-${Math.random().toString(36).slice(2, 10)}`,
  appointmentTypeId: clinic.cleaning,
  resourceId: clinic.lee,
  startsAt,
  caller: { phone: uniquePhone(), firstName: 'Sam' },
  ...overrides,
});

export const codeIn = (message: SandboxMessage): string => /^(\d{6}) /.exec(message.body)![1]!;

export async function holdStatus(booking: TestApp, clinic: TestClinic, holdId: string) {
  return (await call(`${booking.url}/v1/holds/${holdId}`, { apiKey: clinic.apiKey })).body as { status: string; releaseReason?: string; bookingId?: string };
}

/** A valid, fictional US number no other test in this file uses (per-phone SMS limits are real). */
export const uniquePhone = phoneSequence();

/** Booking in process, otp-sms as its own process against the SMS sandbox, one clinic, and a probe on `probeKeys`. */
export interface BookingSystem {
  infra: TestInfra;
  sandbox: TwilioSandbox;
  otpSms: AppProcess;
  booking: TestApp;
  clinic: TestClinic;
  probe: AmqpProbe;
}

/** On a failure it stops what had started before rethrowing, so a broken start leaks no process. */
export async function startBookingSystem(probeKeys: string[]): Promise<BookingSystem> {
  const started: Partial<BookingSystem> = {};
  try {
    started.infra = await TestInfra.create();
    const { sandbox, url } = await startSandbox();
    started.sandbox = sandbox;
    const [otpSms, booking, clinic] = await Promise.allSettled([startOtpSmsProcess(started.infra, url), startBooking(started.infra), createClinic(started.infra)]);
    if (otpSms.status === 'fulfilled') started.otpSms = otpSms.value;
    if (booking.status === 'fulfilled') started.booking = booking.value;
    for (const result of [otpSms, booking, clinic]) if (result.status === 'rejected') throw result.reason;
    started.clinic = (clinic as PromiseFulfilledResult<TestClinic>).value;
    started.probe = await AmqpProbe.start(started.infra, probeKeys);
    return started as BookingSystem;
  } catch (error) {
    await stopBookingSystem(started);
    throw error;
  }
}

/** Stops whatever of a system started, in reverse order. */
export async function stopBookingSystem(system: Partial<BookingSystem> | undefined): Promise<void> {
  await system?.probe?.close();
  await stopApp(system?.booking);
  await system?.otpSms?.stop();
  await system?.sandbox?.stop();
  await system?.infra?.dispose();
}
