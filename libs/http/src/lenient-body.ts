import { ContractClass, validateAs } from '@mo/contracts';
import { ApiError } from './api-error';

/**
 * Validates a body from a third party (a webhook) whose unknown fields we must ignore rather than
 * reject; the global pipe forbids unknown fields, so such routes take the body untyped and call this.
 */
export function lenientBody<T extends object>(cls: ContractClass<T>, body: unknown): T {
  const result = validateAs(cls, body ?? {}, false);
  if (!result.ok) throw new ApiError(400, 'validation_failed', result.message, { field: result.field });
  return result.value;
}
