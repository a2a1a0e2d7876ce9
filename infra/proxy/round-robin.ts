import proxy from '@fastify/http-proxy';
import Fastify, { FastifyInstance } from 'fastify';

export interface ProxyRoute {
  /** What clients call: the app's usual port. */
  port: number;
  /** The app's instances, in turn. */
  upstreams: readonly string[];
}

/**
 * One listener per app on its usual port, handing each request to the next of its instances. The
 * forwarding itself is @fastify/http-proxy's (bodies streamed, headers and status passed through);
 * this only chooses the upstream. Nothing here is state the apps rely on: any instance answers any
 * request, since the database holds the invariants.
 */
export async function startRoundRobin(route: ProxyRoute, host = '127.0.0.1'): Promise<FastifyInstance> {
  let next = 0;
  const server = Fastify({ logger: false });
  await server.register(proxy, {
    // No fixed upstream: with one, reply-from would pin a single connection pool to it.
    upstream: '',
    replyOptions: { getUpstream: () => route.upstreams[next++ % route.upstreams.length]! },
  });
  await server.listen({ port: route.port, host });
  return server;
}
