import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { CorrelationContext } from '@mo/context';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Accepts a caller's correlation id when it is sane, otherwise uses the request id; echoes it back. */
export function correlationIdFrom(header: unknown, fallback: string): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : fallback;
}

/**
 * Runs the handler inside the correlation context, so every outbox row, log line and RPC it causes
 * carries the id. The subscription happens inside `run`, which is what carries the context into the handler.
 */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER], String(request.id));
    void reply.header(CORRELATION_HEADER, correlationId);
    return new Observable((subscriber) =>
      CorrelationContext.run({ correlationId }, () => next.handle().subscribe(subscriber)),
    );
  }
}
