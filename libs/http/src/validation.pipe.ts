import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { describeValidationError, nulCharacterAt, passesEveryRule, PHONE_NOT_TEXTABLE, type PlanOptions } from '@mo/contracts';
import { ApiError } from './api-error';

/**
 * Bodies, queries and params are validated against their DTO; the 400 names the first bad field.
 * Strings with a NUL character are refused first, whatever the DTO says: PostgreSQL cannot store them.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nul = nulCharacterAt(value);
    if (nul !== undefined) {
      const field = metadata.type === 'param' && metadata.data && nul === '(root)' ? metadata.data : nul;
      throw new ApiError(400, 'validation_failed', `${field} must not contain NUL characters`, { field });
    }
    // A message's payload reaches its handler already built as its contract class by the consumer's
    // own validation (parseDelivery); the global pipe would validate it a second time. Request
    // bodies, queries and params are parsed JSON and strings, never instances, so they all go on.
    if (isContractInstance(value, metadata)) return value;
    return super.transform(value, metadata);
  }

  // A valid request is answered by the compiled plan; anything else gets class-validator's own errors.
  protected override validate(object: object, validatorOptions?: PlanOptions): Promise<ValidationError[]> | ValidationError[] {
    if (passesEveryRule(object, validatorOptions ?? {})) return [];
    return super.validate(object, validatorOptions);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const first = errors[0];
      if (!first) return new ApiError(400, 'validation_failed', 'request is invalid');
      const { field, message, rule } = describeValidationError(first);
      // Well-formed but refused on its merits: the client must ask for something else, not fix a typo.
      if (rule === PHONE_NOT_TEXTABLE) return new ApiError(422, PHONE_NOT_TEXTABLE, message, { field });
      return new ApiError(400, 'validation_failed', message, { field });
    },
  });
}

const BUILT_IN: ReadonlySet<unknown> = new Set([Object, Array, String, Number, Boolean, Buffer, Date]);

function isContractInstance(value: unknown, metadata: ArgumentMetadata): boolean {
  const { metatype } = metadata;
  return typeof metatype === 'function' && !BUILT_IN.has(metatype) && value instanceof metatype;
}
