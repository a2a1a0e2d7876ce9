import type { FastifyReply } from 'fastify';

/** An HTTP outcome a service decides (status and JSON body), for answers that are not all 2xx. */
export interface Outcome<B = unknown> {
  status: number;
  body: B;
  /** Response headers that go with this outcome (e.g. `retry-after`). */
  headers?: Record<string, string>;
  /** A stored response sent again for a retry. */
  replayed?: boolean;
}

/** Sends an outcome from a controller that uses `@Res({ passthrough: true })`. */
export function send(reply: FastifyReply, outcome: Outcome): unknown {
  void reply.status(outcome.status);
  for (const [name, value] of Object.entries(outcome.headers ?? {})) void reply.header(name, value);
  if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
  return outcome.body;
}

/** JSON with object keys sorted, so equal requests hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
