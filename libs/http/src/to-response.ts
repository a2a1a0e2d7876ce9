import { HttpException } from '@nestjs/common';
import type { FastifyError } from 'fastify';
import { ApiError, STATUS_CODES } from './api-error';

/** Maps anything thrown during an HTTP request to a status and `{error, message, ...}`; unknowns are 500. */
export function toResponse(exception: unknown): { status: number; body: Record<string, unknown> } {
  if (exception instanceof ApiError) return { status: exception.status, body: exception.body() };
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

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? String(message[0]) : typeof message === 'string' ? message : exception.message;
}
