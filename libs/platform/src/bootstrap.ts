import { DynamicModule, INestApplication, Logger, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { FastifyError, FastifyReply } from 'fastify';
import { listenError } from '@mo/config';
import { CALL_ID_MAX_LENGTH } from '@mo/contracts';
import { createValidationPipe, toResponse } from '@mo/http';
import { ADMIN_TOKENS } from '@mo/dead-letters';
import { createLogger, NestPinoLogger } from '@mo/logging';
import { AmqpTransport, ConsumerHost } from '@mo/messaging';
import { installHttpMetrics, Registry } from '@mo/metrics';
import { installAccessLog } from './access-log';
import { installAdminSurfaces } from './admin-surfaces';
import { installBodyGuards } from './body-guards';
import { ShutdownState } from './shutdown-state';

export interface AppOptions {
  name: string;
  title: string;
  /** /docs and /metrics only behind an operator token; by default when NODE_ENV=production. */
  protectAdminSurfaces?: boolean;
  /** Defaults to scrubbed JSON logs (libs/logging) at `logLevel`. */
  logger?: LoggerService | false;
  logLevel?: string;
}

/**
 * Builds an app: Fastify HTTP with our error shape and validation, OpenAPI at /docs, and the AMQP
 * transport for its @OnMessage/@OnRequest handlers. Tests call this and listen on port 0.
 */
export async function createApp(module: DynamicModule, options: AppOptions): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module, fastifyAdapter(), {
    rawBody: true,
    logger: options.logger ?? new NestPinoLogger(createLogger(options.name, options.logLevel ?? 'info')),
    abortOnError: false,
  });
  return configureApp(app, options);
}

/**
 * Path parameters as long as the longest id we accept even when every character is percent-encoded
 * UTF-8 (12 characters each), so the DTO refuses an over-long one by name; past that the router's 414.
 */
const MAX_PARAM_LENGTH = CALL_ID_MAX_LENGTH * 12;

export function fastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: 1_048_576,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // The router answers a malformed URL or an over-long parameter before any hook or filter runs.
    frameworkErrors: (error: FastifyError, _request: unknown, reply: FastifyReply) => {
      const { status, body } = toResponse(error);
      void reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
    },
  });
}

/** Everything after construction, shared by production and tests (which build through @nestjs/testing). */
export async function configureApp(app: NestFastifyApplication, options: AppOptions): Promise<NestFastifyApplication> {
  installHttpMetrics(app.getHttpAdapter().getInstance(), app.get(Registry));
  installAccessLog(app.getHttpAdapter().getInstance());
  installBodyGuards(app.getHttpAdapter().getInstance());
  installAdminSurfaces(app.getHttpAdapter().getInstance(), adminTokens(app), options.protectAdminSurfaces ?? process.env.NODE_ENV === 'production');
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(options.title).addBearerAuth().build());
  SwaggerModule.setup('docs', app, document);
  // Inherit the app config so the global ErrorFilter (APP_FILTER) also wraps message handlers.
  app.connectMicroservice({ strategy: new AmqpTransport(app.get(ConsumerHost)) }, { inheritAppConfig: true });
  await app.init();
  await app.startAllMicroservices();
  return app;
}

/** The operators' tokens, from the dead-letter admin module every app has; none in a bare test module. */
function adminTokens(app: NestFastifyApplication): ReadonlyMap<string, Buffer> {
  try {
    return app.get<ReadonlyMap<string, Buffer>>(ADMIN_TOKENS, { strict: false });
  } catch {
    return new Map();
  }
}

/**
 * Stops in the order that loses nothing: refuse new work, finish HTTP requests in flight, stop
 * consuming and finish handlers, flush the outbox relay, then close the broker and the pool.
 */
export async function shutdown(app: INestApplication): Promise<void> {
  app.get(ShutdownState).stopping = true;
  await closeHttp(app);
  new Logger('Shutdown').log('HTTP server closed');
  await app.close();
}

/** Requests take milliseconds; one still running after this is cut off rather than holding shutdown. */
const HTTP_GRACE_MS = 10_000;

/**
 * Closing the server closes idle keep-alive connections once; a connection whose request was in
 * flight then, or that a client reused a moment later, stays open and the close never returns. So
 * idle connections are closed until the server is, and every connection after the grace period.
 */
async function closeHttp(app: INestApplication): Promise<void> {
  const server = app.getHttpServer() as Server;
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cutOff = setTimeout(() => server.closeAllConnections(), HTTP_GRACE_MS);
  try {
    await app.getHttpAdapter().close();
  } finally {
    clearInterval(sweep);
    clearTimeout(cutOff);
  }
}

/** Runs an app as a process: listens, and shuts down gracefully on SIGTERM or SIGINT. */
export async function runApp(module: DynamicModule, options: AppOptions & { port: number; host: string; shutdownTimeoutMs: number }): Promise<void> {
  const app = await createApp(module, options);
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close().catch(() => undefined);
    throw listenError(error, 'PORT', options.port);
  }
  const logger = new Logger(options.name);
  logger.log(`listening on http://${options.host}:${options.port} (docs at /docs)`);
  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.log(`${signal} received, shutting down`);
      const deadline = setTimeout(() => {
        logger.error(`graceful shutdown did not finish within ${options.shutdownTimeoutMs} ms; exiting with work unfinished (unacked messages are redelivered)`);
        process.exit(1);
      }, options.shutdownTimeoutMs);
      await shutdown(app);
      clearTimeout(deadline);
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
