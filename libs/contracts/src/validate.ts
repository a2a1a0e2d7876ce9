import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { ContractClass } from './contract';
import { loneSurrogateAt, loneSurrogateMessage } from './hostile-json';
import { rememberValidationRules } from './validation-cache';
import { passesEveryRule } from './validation-plan';

// Every validation in the process goes through class-validator's one storage, Nest's pipe included.
rememberValidationRules();

export type Validated<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/**
 * Validates plain data against a contract or DTO class. `strict` rejects unknown fields (publishers
 * must not send typos); consumers are lenient so an additive change never breaks an older reader.
 */
export function validateAs<T extends object>(cls: ContractClass<T>, data: unknown, strict: boolean): Validated<T> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, field: '(root)', message: 'must be a JSON object' };
  }
  const nul = nulCharacterAt(data);
  if (nul !== undefined) return { ok: false, field: nul, message: `${nul} must not contain NUL characters` };
  const surrogate = loneSurrogateAt(data);
  if (surrogate !== undefined) return { ok: false, field: surrogate, message: loneSurrogateMessage(surrogate) };
  const value = plainToInstance(cls, data);
  const options = strict ? STRICT : LENIENT;
  if (passesEveryRule(value, options)) return { ok: true, value };
  const errors = validateSync(value, options);
  if (errors.length === 0) return { ok: true, value };
  return { ok: false, ...describeValidationError(errors[0]!) };
}

const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;
const LENIENT = { whitelist: true, forbidNonWhitelisted: false, forbidUnknownValues: true } as const;

/** Throws a TypeError naming the field; for publish paths where invalid data is a programming error. */
export function assertValid<T extends object>(cls: ContractClass<T>, data: unknown): T {
  const result = validateAs(cls, data, true);
  if (!result.ok) throw new TypeError(`${cls.name}: ${result.message}`);
  return result.value;
}

/** The first failing leaf of a validation error: its dotted path and a message that names it. */
/** The first failing field, its message, and the name of the rule that failed (when one did). */
export function describeValidationError(error: ValidationError): { field: string; message: string; rule?: string } {
  return firstLeaf(error, '');
}

function firstLeaf(error: ValidationError, prefix: string): { field: string; message: string; rule?: string } {
  const path = prefix ? `${prefix}.${error.property}` : error.property;
  // A value of the wrong shape (an object where a list belongs) is reported as such, not by what its insides lack.
  const ownRules = Object.keys(error.constraints ?? {}).length > 0;
  if (!ownRules && error.children && error.children.length > 0) return firstLeaf(error.children[0]!, path);
  // Whatever rule fails first, the fix for an absent field is to send it.
  if (error.value === undefined && error.constraints && !('whitelistValidation' in error.constraints)) return { field: path, message: `${path} is required` };
  const [rule, message = `${error.property} is invalid`] = Object.entries(error.constraints ?? {})[0] ?? [];
  // class-validator messages begin with the bare property name; show the full dotted path instead.
  const text = message.startsWith(error.property) ? path + message.slice(error.property.length) : `${path}: ${message}`;
  return { field: path, message: text, ...(rule ? { rule } : {}) };
}

/**
 * The dotted path of the first string (value or key) holding a NUL character, which no PostgreSQL
 * text column can store; undefined when there is none. Checked before any DTO or contract, so such
 * input is refused as invalid instead of failing later as a database error.
 */
export function nulCharacterAt(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(root)' : undefined;
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = nulCharacterAt(item, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
