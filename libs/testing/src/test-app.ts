import { DynamicModule, InjectionToken } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Clock } from '@mo/context';
import { AmqpConnection } from '@mo/messaging';
import { configureApp, fastifyAdapter } from '@mo/platform';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
}

/** A port to the world outside the system (the SMS gateway, the RPC client) and its in-memory fake. */
export type PortFake = readonly [token: InjectionToken, fake: unknown];

/**
 * An app in this process, configured exactly as in production, listening on a free port. A test
 * may replace the clock and, for the service tier, the ports to the outside (`fakes`); nothing
 * else is replaced: the database and the broker stay real.
 */
export async function startTestApp(
  module: DynamicModule,
  options: { name: string; clock?: Clock; port?: number; fakes?: readonly PortFake[]; protectAdminSurfaces?: boolean },
): Promise<TestApp> {
  const builder = Test.createTestingModule({ imports: [module] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  for (const [token, fake] of options.fakes ?? []) builder.overrideProvider(token).useValue(fake);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(fastifyAdapter(), { rawBody: true, logger: false });
  await configureApp(app, { name: options.name, title: options.name, ...(options.protectAdminSurfaces !== undefined ? { protectAdminSurfaces: options.protectAdminSurfaces } : {}) });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  await app.get(AmqpConnection).waitUntilConnected(10_000);
  return { app, url: await app.getUrl().then((u) => u.replace('[::1]', '127.0.0.1')) };
}
