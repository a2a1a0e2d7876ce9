export { ApiError, STATUS_CODES } from './api-error';
export { CORRELATION_HEADER, CorrelationInterceptor, correlationIdFrom } from './correlation.interceptor';
export { toResponse } from './to-response';
export { lenientBody } from './lenient-body';
export { canonicalJson, type Outcome, send } from './outcome';
export { createValidationPipe } from './validation.pipe';
