import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { CorrelationContext } from '@mo/context';
import { CORRELATION_HEADER } from '@mo/http';

const QUIET = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * One line per request: method, route pattern (the URL itself can hold a phone number), status and
 * time, under the request's correlation id. Probes and scrapes are left out. The time is a field of
 * its own, a number the scrubber passes as it is, so the message is one of few texts a route
 * repeats, and the scrubber reads it once (see scrub in @mo/logging).
 */
export function installAccessLog(fastify: FastifyInstance): void {
  const logger = new Logger('Http');
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (QUIET.has(route)) return;
    const correlationId = String(reply.getHeader(CORRELATION_HEADER) ?? request.id);
    CorrelationContext.run({ correlationId }, () => logger.log({ msg: `${request.method} ${route} ${reply.statusCode}`, ms: Math.round(reply.elapsedTime * 10) / 10 }));
  });
}
