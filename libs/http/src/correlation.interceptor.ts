import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { CorrelationContext } from '@mo/context';

export const CORRELATION_HEADER = 'x-correlation-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^(?=.*[A-Za-z])[A-Za-z0-9._:-]{8,64}$/;
/** Seven or more digits, perhaps with separators: the shape of a phone, an SSN or a card number. */
const DIGIT_RUN = /\d(?:[-._:]?\d){6,}/;

/**
 * Accepts a caller's correlation id when it is a UUID or a short token that cannot be personal data
 * (it goes into every log line and row the request causes); otherwise uses the request id. Echoed back.
 */
export function correlationIdFrom(header: unknown, fallback: string): string {
  if (typeof header !== 'string') return fallback;
  return UUID.test(header) || (TOKEN.test(header) && !DIGIT_RUN.test(header)) ? header : fallback;
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
