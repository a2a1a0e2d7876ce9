import 'reflect-metadata';
import { DEFAULT_RETRY_DELAYS_MS, loadConfig, OperatorError, runMain } from '@mo/config';
import { APPS, type AppName, SUBSCRIPTIONS } from '@mo/contracts';
import { Topology } from '@mo/messaging';
import { connect } from 'amqplib';
import { APP_ROLES } from './roles';
import { ensureBrokerUsers } from './broker-users';
import { migrate } from './migrate';
import { ensureDatabase, ensureRoles, OWNER_ROLE, roleUrl } from './roles';
import { DatabaseSettings } from './settings';

/** `npm run migrate`: roles, database and migrations, each step idempotent. */
export async function setupDatabase(settings: DatabaseSettings, log: (line: string) => void = () => undefined): Promise<void> {
  await ensureRoles(settings.ADMIN_DATABASE_URL, settings.MO_DB_PASSWORD);
  if (await ensureDatabase(settings.ADMIN_DATABASE_URL, settings.DATABASE_NAME)) log(`created database ${settings.DATABASE_NAME}`);
  const ran = await migrate(roleUrl(settings.ADMIN_DATABASE_URL, OWNER_ROLE, settings.MO_DB_PASSWORD, settings.DATABASE_NAME));
  log(ran.length ? `applied migrations: ${ran.join(', ')}` : 'database schema is up to date');
}

/** `BROKER_PASSWORD_BOOKING`, `BROKER_PASSWORD_OTP_SMS`, …, `BROKER_PASSWORD_OPERATOR`: the users whose broker user this installation has a password for. */
export function brokerPasswords(env: NodeJS.ProcessEnv): Partial<Record<AppName | 'operator', string>> {
  const entries = ([...Object.keys(APP_ROLES), 'operator'] as Array<AppName | 'operator'>).map((app) => [app, env[`BROKER_PASSWORD_${app.replace(/-/g, '_').toUpperCase()}`]] as const);
  return Object.fromEntries(entries.filter(([, password]) => password));
}

/**
 * The broker's topology, declared with its admin user (AMQP_URL): the shared exchanges, and every
 * app's queues and requeue exchange. An app's own user may not configure the shared exchanges (it
 * could delete them), nor create a queue that dead-letters through the default exchange (RabbitMQ
 * checks write on it then); it re-declares its own and only checks the rest. Subscribers' queues
 * are bound too, so on a fresh broker no event waits for a subscriber that has not started.
 */
export async function declareBrokerTopology(amqpUrl: string, prefix: string, retryDelaysMs: readonly number[]): Promise<void> {
  const model = await connect(amqpUrl.split(',')[0]!.trim());
  try {
    for (const app of APPS) await new Topology(prefix, app, retryDelaysMs).declareAppQueues(model, [], []);
    await new Topology(prefix, 'setup', [], SUBSCRIPTIONS).declareSubscribers(model);
  } finally {
    await model.close();
  }
}

if (require.main === module) {
  void runMain(async () => {
    const log = (line: string) => console.log(`[migrate] ${line}`);
    await setupDatabase(loadConfig(DatabaseSettings), log);
    // The same command makes each app's broker user, when this installation has passwords for them.
    const passwords = brokerPasswords(process.env);
    if (Object.keys(passwords).length === 0) return;
    try {
      log(`broker users: ${ensureBrokerUsers({ prefix: process.env.AMQP_PREFIX || 'mo.', passwords }).join(', ')}`);
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
      throw new OperatorError(`could not set up the broker users with rabbitmqctl (set RABBITMQCTL, e.g. "docker compose exec -T rabbitmq rabbitmqctl"): ${detail.split('\n')[0]}`);
    }
    const retryDelaysMs = process.env.RETRY_DELAYS_MS ? process.env.RETRY_DELAYS_MS.split(',').map(Number) : DEFAULT_RETRY_DELAYS_MS;
    await declareBrokerTopology(process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672', process.env.AMQP_PREFIX || 'mo.', retryDelaysMs);
    log('broker topology declared');
  });
}
