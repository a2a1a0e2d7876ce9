import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Min, MinLength, ValidateIf, ValidateNested, validateSync } from 'class-validator';
import { SlotHeld } from './booking/events';
import { Envelope } from './envelope';
import { rememberValidationRules } from './validation-cache';
import { passesEveryRule, type PlanOptions } from './validation-plan';
import { IsCallerPhone, IsInstant, IsNested, IsNestedArray, IsOptionalFirstName } from './validation';

class Line {
  @IsString() @MinLength(2) text!: string;
  @IsOptional() @IsInt() @Min(0) at?: number;
}

class Section {
  @IsString() title!: string;
  @IsNestedArray(() => Line) lines!: Line[];
}

class Base {
  @IsDefined() @IsString() id!: string;
}

class Document extends Base {
  @IsNested(() => Section) head!: Section;
  @IsArray() @IsString({ each: true }) tags!: string[];
  @IsOptional() @IsIn(['draft', 'final']) status?: string;
  @IsBoolean() public!: boolean;
  @ValidateIf((doc: Document) => doc.public) @IsString() owner?: string;
  @IsOptionalFirstName() author?: string;
  @IsInstant() written!: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Line) notes?: Line[];
}

class Caller {
  @IsCallerPhone() phone!: string;
  @IsObject() extra!: object;
}

const valid = {
  id: 'd1',
  head: { title: 'T', lines: [{ text: 'ab' }, { text: 'cd', at: 3 }] },
  tags: ['x', 'y'],
  public: false,
  written: '2026-12-03T15:00:00Z',
};

/** Variants of a valid body: each field removed, nulled and given other types; nested and listed values broken; fields added. */
function variants(base: Record<string, unknown>): Array<Record<string, unknown>> {
  const odd: unknown[] = [null, undefined, '', 'z', 0, -1, 1.5, true, [], [1], ['a', null], {}, { text: 'a' }, [{ text: 'ab' }, null], [undefined], 'not-a-date'];
  const out: Array<Record<string, unknown>> = [base, { ...base, extra: 1 }, { ...base, constructor: 1 }, { ...base, toString: 'x' }];
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...without } = base;
    out.push(without);
    for (const value of odd) out.push({ ...base, [key]: value });
  }
  return out;
}

const OPTIONS: PlanOptions[] = [
  { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true },
  { whitelist: true, forbidNonWhitelisted: false, forbidUnknownValues: true },
  { whitelist: false, forbidUnknownValues: true },
];

const seen = { passed: 0, failed: 0 };

function agree(cls: new () => object, body: Record<string, unknown>, options: PlanOptions): void {
  const byPlan = plainToInstance(cls, structuredClone(body));
  const byValidator = plainToInstance(cls, structuredClone(body));
  const passes = passesEveryRule(byPlan, options);
  const errors = validateSync(byValidator, options);
  expect({ body, passes }).toEqual({ body, passes: errors.length === 0 });
  // Stripping unknown fields is part of validation: both leave the same object.
  if (passes) expect(byPlan).toEqual(byValidator);
  seen[passes ? 'passed' : 'failed']++;
}

describe('validation plan', () => {
  beforeAll(() => rememberValidationRules());
  // The comparisons prove little unless both answers occur often.
  afterAll(() => expect(Math.min(seen.passed, seen.failed)).toBeGreaterThan(50));

  it.each(OPTIONS)('agrees with class-validator on nested, listed, optional, conditional and inherited rules (%j)', (options) => {
    const bodies = [...variants(valid), ...variants({ ...valid, public: true, owner: 'o', author: 'Ana', status: 'final', notes: [{ text: 'ab' }] })];
    for (const body of bodies) agree(Document, body, options);
    for (const line of variants({ text: 'ab', at: 1 })) agree(Document, { ...valid, head: { title: 'T', lines: [line] } }, options);
  });

  it('agrees on a real contract and the envelope, valid and broken', () => {
    const held = {
      holdId: '7d5f8f0e-4b8e-4a53-9a43-0f1e2d3c4b5a',
      callId: 'call-1',
      resourceId: '6c4e7e9d-3a7d-4942-8932-9e0d1c2b3a49',
      resourceName: 'Room 1',
      appointmentTypeId: '5b3d6d8c-2960-4831-9821-8d9c0b1a2938',
      appointmentTypeName: 'Check-up',
      startsAt: '2026-12-08T15:00:00Z',
      endsAt: '2026-12-08T15:30:00Z',
      startsAtLocal: 'Tuesday 8 December, 3:00 pm',
      timezone: 'America/Chicago',
      clinicName: 'North Clinic',
      callerPhone: '+13125550147',
      callerFirstName: 'Zoë',
      expiresAt: '2026-12-08T14:05:00+01:00',
    };
    const envelope = { messageId: held.holdId, type: 'SlotHeld', version: 1, orgId: held.resourceId, correlationId: 'c', occurredAt: '2026-12-03T10:00:00Z', payload: held };
    for (const options of OPTIONS) {
      for (const body of variants(held)) agree(SlotHeld, body, options);
      for (const body of variants(envelope)) agree(Envelope, body, options);
    }
  });

  it('agrees on a custom rule that reads another, and on a plain object where a class is expected', () => {
    for (const options of OPTIONS) {
      for (const body of variants({ phone: '+13125550147', extra: {} })) agree(Caller, body, options);
      agree(Caller, { phone: '+19005550100', extra: {} }, options);
    }
    // No rules for a plain object: class-validator refuses it as an unknown value, and so does the plan.
    expect(passesEveryRule({ a: 1 }, OPTIONS[0]!)).toBe(false);
    expect(validateSync({ a: 1 }, OPTIONS[0]!)).toHaveLength(1);
  });

  it('leaves to class-validator the options that select rules', () => {
    const doc = plainToInstance(Document, structuredClone(valid));
    expect(passesEveryRule(doc, { whitelist: true, forbidUnknownValues: true })).toBe(true);
    expect(passesEveryRule(doc, { groups: ['a'] })).toBe(false);
    expect(passesEveryRule(doc, { skipMissingProperties: true })).toBe(false);
    expect(passesEveryRule(doc, { always: true })).toBe(false);
  });
});
