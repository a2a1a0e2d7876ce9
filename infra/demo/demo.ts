import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig, OperatorError, runMain, withSecretsFile } from '@mo/config';
import { isPlatform, PLATFORMS } from '@mo/voice';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { DEMO_SENDER, platformConnection, seedDemo, TenantAdmin } from '@infra/tenant';
import { DemoConfig } from './demo.config';
import { EventTap } from './event-tap';
import { bookWithCode, CallResult, formatTimeline, movesAppointment, quietThenYes, smsFails } from './scenarios';
import { platformBooking, platformHangUp } from './voice-scenarios';

/**
 * `npm run demo`: four scripted calls against the running system (`npm start`), each as a timeline.
 * `npm run demo -- --platform vapi|retell|elevenlabs`: two calls as that platform sends them.
 */
void runMain(async () => {
  const { values } = parseArgs({ options: { platform: { type: 'string' } } });
  if (values.platform !== undefined && !isPlatform(values.platform)) throw new OperatorError(`--platform takes ${PLATFORMS.join(', ')}`);
  const config = loadConfig(DemoConfig, withSecretsFile());
  const ready = await fetch(`${config.BOOKING_URL}/health/ready`).then((r) => r.ok, () => false);
  if (!ready) throw new OperatorError(`nothing answers at ${config.BOOKING_URL}; start the system first with \`npm start\``);
  const admin = new TenantAdmin(roleUrl(config.ADMIN_DATABASE_URL, OWNER_ROLE, config.MO_DB_PASSWORD, config.DATABASE_NAME), {
    tenantSecretsKey: config.TENANT_SECRETS_KEY,
    credentialsKey: config.CREDENTIALS_KEY,
  });
  const platform = values.platform;
  // The demo plays the platform, so it chooses the platform's signing key too (a fresh one each run).
  const signingKey = randomBytes(24).toString('base64url');
  const demo = await seedDemo(admin, config.SANDBOX_SECRET)
    .then(async (seeded) => ({ seeded, connected: platform ? await admin.connectPlatform(seeded.orgId, platform, { signingKey }) : undefined }))
    .finally(() => admin.close());
  const target = {
    bookingUrl: config.BOOKING_URL,
    followupUrl: config.FOLLOWUP_URL,
    sandboxUrl: config.SANDBOX_URL,
    apiKey: demo.seeded.apiKey,
    appointmentTypeId: demo.seeded.appointmentTypes.find((t) => t.name === 'Cleaning')!.id,
    clinicNumber: DEMO_SENDER,
  };
  const tap = await EventTap.open(config.AMQP_URL, config.AMQP_PREFIX);
  const phone = () => `+1312555${String(1000 + Math.floor(Math.random() * 9000))}`;
  try {
    let n = 0;
    const runs: Array<() => Promise<CallResult>> = [() => bookWithCode(target, tap, phone()), () => smsFails(target, tap), () => quietThenYes(target, tap, phone()), () => movesAppointment(target, tap, phone())];
    if (platform && demo.connected) {
      const printed = platformConnection({ platform, orgId: demo.seeded.orgId, ...demo.connected, secret: demo.connected.secret, bookingUrl: config.BOOKING_URL, redactionUrl: config.REDACTION_URL });
      const voice = { sandboxUrl: config.SANDBOX_URL, connection: { platform, toolsUrl: printed.toolsUrl, eventsUrl: printed.eventsUrl, signingKey, ...(printed.secret ? { secret: printed.secret } : {}) } };
      runs.splice(0, runs.length, () => platformBooking(voice, tap, phone()), () => platformHangUp(voice, tap, phone()));
    }
    for (const run of runs) {
      process.stdout.write(`\nCall ${++n}: ${formatTimeline(await run())}\n`);
    }
    process.stdout.write(`\nEvery SMS: ${config.SANDBOX_URL}/sandbox/messages   Metrics: ${config.BOOKING_URL}/metrics (and each app's)\n`);
  } finally {
    await tap.close();
  }
});
