import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, throwError } from 'rxjs';
import { toResponse } from '@mo/http';

/**
 * One filter for both transports. HTTP errors leave as `{error, message, ...}`. Message handlers get
 * their original error back: Nest's default RPC filter would replace it with a generic one, and the
 * consumer host needs the real one to choose between retry, dead letter and an RPC error code.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() === 'rpc') return throwError(() => exception);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { status, body } = toResponse(exception);
    if (status >= 500) {
      const detail = exception instanceof Error ? `${exception.name}: ${exception.message}` : 'non-error thrown';
      this.logger.error(`${request.method} ${request.routeOptions?.url ?? 'unknown route'} failed: ${detail}`);
    }
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
