import { Socket } from 'node:net';

export interface Services {
  /** Superuser URL, used to create roles and per-file databases. */
  adminUrl: string;
  amqpUrl: string;
  source: 'environment' | 'testcontainers' | 'local';
  stop?: () => Promise<void>;
}

const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_AMQP_URL = 'amqp://guest:guest@127.0.0.1:5672';

/**
 * Finds PostgreSQL and RabbitMQ for the tests: explicit URLs first, then containers when a Docker
 * engine answers, then the local defaults. Fails with one message that says what is missing.
 */
export async function resolveServices(env: NodeJS.ProcessEnv = process.env): Promise<Services> {
  if (env.TEST_ADMIN_DATABASE_URL || env.TEST_AMQP_URL) {
    return { adminUrl: env.TEST_ADMIN_DATABASE_URL ?? LOCAL_ADMIN_URL, amqpUrl: env.TEST_AMQP_URL ?? LOCAL_AMQP_URL, source: 'environment' };
  }
  const containers = await startContainersIfDockerAnswers();
  if (containers) return containers;
  const missing = [
    (await answers(LOCAL_ADMIN_URL)) ? undefined : `PostgreSQL at ${hostOf(LOCAL_ADMIN_URL)}`,
    (await answers(LOCAL_AMQP_URL)) ? undefined : `RabbitMQ at ${hostOf(LOCAL_AMQP_URL)}`,
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(
      `Integration tests need PostgreSQL and RabbitMQ, but ${missing.join(' and ')} did not answer, no Docker engine runs, ` +
        `and TEST_ADMIN_DATABASE_URL/TEST_AMQP_URL are not set. Run 'npm test' (it starts local services), or set those variables.`,
    );
  }
  return { adminUrl: LOCAL_ADMIN_URL, amqpUrl: LOCAL_AMQP_URL, source: 'local' };
}

async function startContainersIfDockerAnswers(): Promise<Services | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { RabbitMQContainer } = await import('@testcontainers/rabbitmq');
  const [pg, mq] = await Promise.all([
    new PostgreSqlContainer('postgres:15').withUsername('postgres').withPassword('postgres').start(),
    new RabbitMQContainer('rabbitmq:3.10-alpine').start(),
  ]);
  const adminUrl = `postgres://postgres:postgres@${pg.getHost()}:${pg.getPort()}/postgres`;
  return { adminUrl, amqpUrl: mq.getAmqpUrl(), source: 'testcontainers', stop: async () => void (await Promise.all([pg.stop(), mq.stop()])) };
}

function hostOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port}`;
}

/** True when something accepts TCP connections at the URL's host and port. */
export function answers(url: string, timeoutMs = 1_000): Promise<boolean> {
  const parsed = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(parsed.port), parsed.hostname, () => done(true));
  });
}
