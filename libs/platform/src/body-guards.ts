import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonNestingDepth, loneSurrogateAt, loneSurrogateMessage, MAX_JSON_DEPTH } from '@mo/contracts';

/**
 * Refuses, on every route and before any guard, pipe or handler, a body that would break what comes
 * after the parser: nesting that overflows recursive validation, and text PostgreSQL cannot store.
 * The answers are the documented 400 shape.
 */
export function installBodyGuards(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest & { rawBody?: Buffer | string }, reply) => {
    if (request.body === undefined || request.body === null || typeof request.body !== 'object') return;
    if (request.rawBody !== undefined && jsonNestingDepth(request.rawBody) > MAX_JSON_DEPTH) {
      return reply.code(400).send({ error: 'body_too_deep', message: `the body nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays` });
    }
    const field = loneSurrogateAt(request.body);
    if (field !== undefined) return reply.code(400).send({ error: 'validation_failed', message: loneSurrogateMessage(field), field });
    return undefined;
  });
}
