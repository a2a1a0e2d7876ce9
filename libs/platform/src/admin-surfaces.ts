import type { FastifyInstance } from 'fastify';
import { operatorFor } from '@mo/dead-letters';

/** What an operator looks at and a caller has no business seeing: the API's map (/docs, /docs-json, its assets) and its metrics. */
const ADMIN_SURFACES = /^\/(docs|metrics)([-/?.]|$)/;

/**
 * In production, /docs and /metrics answer only an operator's token (ADMIN_TOKENS), as the admin API
 * does: they list every route and how busy each tenant's traffic makes it. A Prometheus scrape sends
 * the token as its bearer credential. Without tokens they are not served at all. In development
 * they stay open, so a fresh clone can read its own docs.
 */
export function installAdminSurfaces(fastify: FastifyInstance, tokens: ReadonlyMap<string, Buffer>, protect: boolean): void {
  if (!protect) return;
  fastify.addHook('onRequest', async (request, reply) => {
    if (!ADMIN_SURFACES.test(request.url)) return undefined;
    if (tokens.size === 0) return reply.code(404).send({ error: 'not_found', message: 'Not served in production without ADMIN_TOKENS.' });
    if (!operatorFor(request.headers.authorization, tokens)) {
      return reply.code(401).send({ error: 'unauthorized', message: 'Send an operator token as "Authorization: Bearer <token>".' });
    }
    return undefined;
  });
}
