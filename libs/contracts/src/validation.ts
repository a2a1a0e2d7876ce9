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
import { isValidPhoneNumber } from 'libphonenumber-js/max';
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

export function IsE164Phone(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isE164Phone',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value) && isValidPhoneNumber(value),
          defaultMessage: () => '$property must be a valid phone number in E.164 form, e.g. +13125550147',
        },
      },
      options,
    ),
    ApiProperty({ example: '+13125550147', description: 'E.164 phone number' }),
  );
}

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
