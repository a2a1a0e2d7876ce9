import 'reflect-metadata';
import { loadConfig, OperatorError, runMain, withSecretsFile } from '@mo/config';
import { OWNER_ROLE, roleUrl } from '@infra/db';
import { DEMO_SENDER, seedDemo, TenantAdmin } from '@infra/tenant';
import { DemoConfig } from './demo.config';
import { EventTap } from './event-tap';
import { bookWithCode, formatTimeline, movesAppointment, quietThenYes, smsFails } from './scenarios';

/** `npm run demo`: four scripted calls against the running system (`npm start`), each as a timeline. */
void runMain(async () => {
  const config = loadConfig(DemoConfig, withSecretsFile());
  const ready = await fetch(`${config.BOOKING_URL}/health/ready`).then((r) => r.ok, () => false);
  if (!ready) throw new OperatorError(`nothing answers at ${config.BOOKING_URL}; start the system first with \`npm start\``);
  const admin = new TenantAdmin(roleUrl(config.ADMIN_DATABASE_URL, OWNER_ROLE, config.MO_DB_PASSWORD, config.DATABASE_NAME), {
    tenantSecretsKey: config.TENANT_SECRETS_KEY,
    credentialsKey: config.CREDENTIALS_KEY,
  });
  const demo = await seedDemo(admin, config.SANDBOX_SECRET).finally(() => admin.close());
  const target = {
    bookingUrl: config.BOOKING_URL,
    followupUrl: config.FOLLOWUP_URL,
    sandboxUrl: config.SANDBOX_URL,
    apiKey: demo.apiKey,
    appointmentTypeId: demo.appointmentTypes.find((t) => t.name === 'Cleaning')!.id,
    clinicNumber: DEMO_SENDER,
  };
  const tap = await EventTap.open(config.AMQP_URL, config.AMQP_PREFIX);
  const phone = () => `+1312555${String(1000 + Math.floor(Math.random() * 9000))}`;
  try {
    let n = 0;
    for (const run of [() => bookWithCode(target, tap, phone()), () => smsFails(target, tap), () => quietThenYes(target, tap, phone()), () => movesAppointment(target, tap, phone())]) {
      process.stdout.write(`\nCall ${++n}: ${formatTimeline(await run())}\n`);
    }
    process.stdout.write(`\nEvery SMS: ${config.SANDBOX_URL}/sandbox/messages   Metrics: ${config.BOOKING_URL}/metrics (and each app's)\n`);
  } finally {
    await tap.close();
  }
});
