import { HttpException } from '@nestjs/common';
import type { FastifyError } from 'fastify';
import { ApiError, FRAMEWORK_ERRORS, STATUS_CODES } from './api-error';

/** Maps anything thrown during an HTTP request to a status and `{error, message, ...}`; unknowns are 500. */
export function toResponse(exception: unknown): { status: number; body: Record<string, unknown> } {
  if (exception instanceof ApiError) return { status: exception.status, body: exception.body() };
  const framework = frameworkError(exception);
  if (framework) return framework;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, body: { error: STATUS_CODES[status] ?? (status < 500 ? 'bad_request' : 'internal_error'), message: messageOf(exception) } };
  }
  const fastify = exception as Partial<FastifyError>;
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const status = fastify.statusCode;
    return { status, body: { error: STATUS_CODES[status] ?? 'bad_request', message: fastify.message ?? 'bad request' } };
  }
  return { status: 500, body: { error: 'internal_error', message: 'Something went wrong on our side. It has been logged.' } };
}

/** A client error Fastify raised itself (the router, a content-type parser), bare or as the cause Nest wrapped it in. */
function frameworkError(exception: unknown): { status: number; body: Record<string, unknown> } | undefined {
  const error = (exception instanceof HttpException ? exception.cause : exception) as Partial<FastifyError> | undefined;
  const known = error && (FRAMEWORK_ERRORS[error.code ?? ''] ?? FRAMEWORK_ERRORS[error.name ?? '']);
  const status = error?.statusCode;
  if (!known || typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return { status, body: { error: known.code, message: known.message ?? error.message ?? STATUS_CODES[status] } };
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? String(message[0]) : typeof message === 'string' ? message : exception.message;
}
