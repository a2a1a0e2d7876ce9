import { execFileSync } from 'node:child_process';
import { type AppName, contractInfo, registeredContracts, routingKeyOf, RPC_CALLERS } from '@mo/contracts';
import { APP_ROLES } from './roles';

/** RabbitMQ regular expressions match the whole name only when anchored. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

export interface BrokerPermissions {
  configure: string;
  write: string;
  read: string;
  /** On the events exchange: the routing keys the app may publish (contracts it owns) and read. */
  topicWrite: string;
  topicRead: string;
  /** On the rpc exchange: the request keys the app may publish (those it calls) and bind (those it serves), plus replies. */
  rpcWrite: string;
  rpcRead: string;
}

/** The exclusive, server-named queue each RPC client receives its replies on. */
const REPLY_QUEUE = 'amq\\.gen-[A-Za-z0-9_-]+';

/** A regular expression that matches no name at all. */
const NOTHING = '^(?!)$';

/** A whole name matching one of these patterns; none matches nothing. */
const anyOf = (patterns: readonly string[]): string => (patterns.length ? `^(${patterns.join('|')})$` : NOTHING);

/** The request keys `app` serves: the requests it owns. */
const servedKeys = (app: AppName): string[] =>
  registeredContracts()
    .filter((cls) => contractInfo(cls).kind === 'request' && contractInfo(cls).owner === app)
    .map(routingKeyOf);

/**
 * What one app may do on the broker, for topology under `prefixPattern` (a regex, e.g. `mo\.`).
 * Configure only its own queues, its own requeue exchange and its reply queue: never a shared
 * exchange or another app's queue, which configure rights would let it delete or purge (the setup
 * step declares those with the broker's admin user). Write only to the two shared exchanges and its
 * own, never to the default exchange, which routes to any queue by name. On the events exchange,
 * topic permissions let it publish only routing keys of contracts it owns (`<app>.<Type>.v<n>`).
 */
export function brokerPermissions(app: AppName, prefixPattern: string): BrokerPermissions {
  const own = `${prefixPattern}${escape(app)}\\.(events|requests|rpc|dlq|retry\\.[0-9]+ms|requeue)`;
  const exchanges = `${prefixPattern}(events|rpc)`;
  return {
    configure: `^(${own}|${REPLY_QUEUE})$`,
    write: `^(${exchanges}|${own}|${REPLY_QUEUE})$`,
    read: `^(${exchanges}|${own}|${REPLY_QUEUE})$`,
    topicWrite: `^${escape(app)}\\.`,
    topicRead: '.*',
    ...rpcPermissions(app),
  };
}

/**
 * The rpc exchange is a topic exchange only so that these apply (RabbitMQ checks topic permissions
 * on topic exchanges alone): write against a request's routing key, read against a binding key on
 * queue.bind. An app binds only the requests it serves, and its reply queue by its server-made name
 * (random, so no one binds another app's replies by guessing it); it publishes only the requests it
 * calls (RPC_CALLERS), and replies if it serves any. A wildcard binding key (`#`) matches neither.
 */
function rpcPermissions(app: AppName): Pick<BrokerPermissions, 'rpcWrite' | 'rpcRead'> {
  const served = servedKeys(app).map(escape);
  const called = RPC_CALLERS[app].map((definition) => escape(routingKeyOf(definition.request)));
  return { rpcWrite: anyOf([...called, ...(served.length ? [REPLY_QUEUE] : [])]), rpcRead: anyOf([...served, REPLY_QUEUE]) };
}

/** The operators' user, for the admin API and `npm run dlq`: every app's dead letters, and replays into its events queue. */
export const OPERATOR_USER = 'mo_operator';

export function operatorPermissions(prefixPattern: string): BrokerPermissions {
  const deadLetters = `${prefixPattern}[a-z-]+\\.dlq`;
  return { configure: `^(${deadLetters})$`, write: `^(${prefixPattern}[a-z-]+\\.requeue)$`, read: `^(${deadLetters})$`, topicWrite: '^$', topicRead: '^$', rpcWrite: NOTHING, rpcRead: NOTHING };
}

export interface BrokerUsersOptions {
  /** The literal AMQP_PREFIX of the deployment, e.g. `mo.`: topic permissions name its events exchange. */
  prefix: string;
  /** The permissions' prefix pattern; defaults to the literal prefix. Tests pass one that matches every per-file prefix. */
  prefixPattern?: string;
  passwords: Partial<Record<AppName | 'operator', string>>;
  /** User names; default the apps' database role names and OPERATOR_USER. */
  users?: Partial<Record<AppName | 'operator', string>>;
  vhost?: string;
  /** The rabbitmqctl command, split on spaces (e.g. `docker compose exec -T rabbitmq rabbitmqctl`). */
  rabbitmqctl?: string;
}

/**
 * Creates or corrects one broker user per app, with its password and permissions; idempotent. It
 * only ever adds or updates these users: `guest` and everyone else are left as they are.
 */
export function ensureBrokerUsers(options: BrokerUsersOptions): string[] {
  const [command, ...base] = (options.rabbitmqctl ?? process.env.RABBITMQCTL ?? 'rabbitmqctl').split(' ');
  const vhost = options.vhost ?? '/';
  const ctl = (...args: string[]) => execFileSync(command!, [...base, '-q', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const existing = new Set(ctl('list_users').split('\n').map((line) => line.split('\t')[0]));
  const done: string[] = [];
  for (const [app, password] of Object.entries(options.passwords) as Array<[AppName | 'operator', string]>) {
    const user = options.users?.[app] ?? (app === 'operator' ? OPERATOR_USER : APP_ROLES[app]);
    // `--` ends the options: a generated password may begin with '-'.
    ctl(existing.has(user) ? 'change_password' : 'add_user', '--', user, password);
    const pattern = options.prefixPattern ?? escape(options.prefix);
    const p = app === 'operator' ? operatorPermissions(pattern) : brokerPermissions(app, pattern);
    ctl('set_permissions', '-p', vhost, '--', user, p.configure, p.write, p.read);
    ctl('set_topic_permissions', '-p', vhost, '--', user, `${options.prefix}events`, p.topicWrite, p.topicRead);
    ctl('set_topic_permissions', '-p', vhost, '--', user, `${options.prefix}rpc`, p.rpcWrite, p.rpcRead);
    done.push(user);
  }
  return done;
}

/** The AMQP URL of `user` on the server of `base`. */
export function brokerUrl(base: string, user: string, password: string): string {
  const url = new URL(base);
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}
