import { ValidationPipe } from '@nestjs/common';
import { describeValidationError } from '@mo/contracts';
import { ApiError } from './api-error';

/** Bodies, queries and params are validated against their DTO; the 400 names the first bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const first = errors[0];
      if (!first) return new ApiError(400, 'validation_failed', 'request is invalid');
      const { field, message } = describeValidationError(first);
      return new ApiError(400, 'validation_failed', message, { field });
    },
  });
}
