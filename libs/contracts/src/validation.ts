import 'reflect-metadata';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { type NumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Personal } from './contract';

/** Composite decorators used by both HTTP DTOs and message contracts, so the two never disagree. */

export const IsId = (description?: string) =>
  applyDecorators(IsUUID('all'), ApiProperty({ format: 'uuid', description }));

export const IsOptionalId = (description?: string) =>
  applyDecorators(IsOptional(), IsUUID('all'), ApiPropertyOptional({ format: 'uuid', description }));

/** An instant with an explicit offset, e.g. `2026-12-03T15:00:00Z`. Local times without an offset are ambiguous. */
export const IsInstant = (description?: string) =>
  applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: '$property must carry a UTC offset (Z or ±hh:mm)' }),
    ApiProperty({ format: 'date-time', description }),
  );

export const IsOptionalInstant = (description?: string) =>
  applyDecorators(IsOptional(), IsISO8601({ strict: true }), ApiPropertyOptional({ format: 'date-time', description }));

/**
 * What libphonenumber's full metadata says of one E.164 string: whether it is assigned, and its type.
 * One parse answers both, and a caller's phone is asked both in turn (valid, then textable), so the
 * last answer is kept: one number, replaced by the next, never a table of callers' numbers.
 */
let lastFacts: { value: string; valid: boolean; type: NumberType | undefined } | undefined;
function phoneFacts(value: string): { valid: boolean; type: NumberType | undefined } {
  if (lastFacts?.value !== value) {
    const parsed = parsePhoneNumberFromString(value);
    const valid = parsed?.isValid() ?? false;
    lastFacts = { value, valid, type: valid ? parsed!.getType() : undefined };
  }
  return lastFacts;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/** A phone number in E.164 form that libphonenumber's full metadata knows as assigned. */
export const isE164Phone = (value: unknown): value is string => typeof value === 'string' && E164.test(value) && phoneFacts(value).valid;

export function IsE164Phone(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isE164Phone',
        validator: {
          validate: isE164Phone,
          defaultMessage: () => '$property must be a valid phone number in E.164 form, e.g. +13125550147',
        },
      },
      options,
    ),
    ApiProperty({ example: '+13125550147', description: 'E.164 phone number' }),
  );
}

/**
 * The number types we text a code or a follow-up to. Everything else (premium-rate, shared-cost,
 * toll-free, UAN, personal, pager, voicemail, VoIP) costs the clinic per message or reaches no one:
 * accepting them is how SMS pumping fraud bills a clinic's Twilio account.
 */
const TEXTABLE_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);

/**
 * Twilio's magic test numbers (+1 500 555 xxxx, "personal" numbers to libphonenumber): what test
 * credentials and our sandbox answer with failures, and what a live account never delivers to, so
 * no one can be billed through them. Taking them keeps the SMS-failure paths testable end to end.
 */
const TWILIO_TEST_NUMBERS = /^\+1500555\d{4}$/;

export const isTextablePhone = (value: string): boolean => {
  if (TWILIO_TEST_NUMBERS.test(value)) return true;
  const type = E164.test(value) ? phoneFacts(value).type : parsePhoneNumberFromString(value)?.getType();
  return type !== undefined && TEXTABLE_TYPES.has(type);
};

/** The rule name, and the machine code of the 422 an HTTP caller gets when only this rule fails. */
export const PHONE_NOT_TEXTABLE = 'phone_not_textable';

/** A caller's phone: a valid E.164 number that can receive our texts. */
export const IsCallerPhone = (description = "The caller's phone, which receives the code by SMS") =>
  applyDecorators(
    IsE164Phone(),
    ValidateBy({
      name: PHONE_NOT_TEXTABLE,
      validator: {
        validate: (value: unknown) => !isE164Phone(value) || isTextablePhone(value),
        defaultMessage: () => '$property cannot receive texts (premium-rate, toll-free, shared-cost and similar numbers are refused); give a mobile or landline number',
      },
    }),
    ApiProperty({ example: '+13125550147', description }),
  );

/** The longest call id any voice platform sends; DTOs, path parameters, adapters and contracts all hold to it. */
export const CALL_ID_MAX_LENGTH = 128;

export const IsCallId = (description = "The telephony platform's id of the live call") => IsText(CALL_ID_MAX_LENGTH, description);

export const IsText = (maxLength: number, description?: string) =>
  applyDecorators(IsString(), IsNotEmpty(), MaxLength(maxLength), ApiProperty({ maxLength, description }));

export const IsOptionalText = (maxLength: number, description?: string) =>
  applyDecorators(IsOptional(), IsString(), MaxLength(maxLength), ApiPropertyOptional({ maxLength, description }));

/**
 * A caller's first name: letters of any script (with their combining marks), spaces, hyphens,
 * apostrophes and dots, at most 40 characters, starting with a letter. It is copied into SMS and the
 * voice agent's context, so anything else (a sentence, a link, an instruction) is refused.
 */
export const FIRST_NAME = /^\p{L}[\p{L}\p{M} '’.-]{0,39}$/u;

export const IsOptionalFirstName = (description?: string) =>
  applyDecorators(
    Personal(),
    IsOptional(),
    IsString(),
    Matches(FIRST_NAME, { message: "$property must be a first name: letters, spaces, hyphens, apostrophes and dots, at most 40 characters" }),
    ApiPropertyOptional({ maxLength: 40, pattern: FIRST_NAME.source, description }),
  );

export const IsCount = (description?: string) =>
  applyDecorators(IsInt(), Min(0), ApiProperty({ type: 'integer', minimum: 0, description }));

/** A list of nested objects, each validated as its own class; an element that is not an object is refused. */
export const IsNestedArray = (type: () => new () => object) => applyDecorators(IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));

/** A nested object validated as its own class; an array in its place is refused, not validated element-wise. */
export const IsNested = (type: () => new () => object, description?: string) =>
  applyDecorators(IsDefined(), IsObject(), ValidateNested(), Type(type), ApiProperty({ type, description }));
