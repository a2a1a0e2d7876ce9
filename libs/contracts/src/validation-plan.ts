import { getMetadataStorage, ValidationTypes } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Metadata = ReturnType<Storage['getTargetValidationMetadatas']>[number];
type Grouped = ReturnType<Storage['groupByPropertyName']>;
type Validate = (value: unknown, args: unknown) => unknown;

/** The options that decide whether a value passes; the others only shape the errors, which the plan never builds. */
export interface PlanOptions {
  whitelist?: boolean;
  forbidNonWhitelisted?: boolean;
  forbidUnknownValues?: boolean;
  skipMissingProperties?: boolean;
  skipUndefinedProperties?: boolean;
  skipNullProperties?: boolean;
  groups?: string[];
  always?: boolean;
  strictGroups?: boolean;
}

interface Check {
  metadata: Metadata;
  validate: Validate;
}

interface PropertyPlan {
  name: string;
  conditions: Array<(object: object, value: unknown) => boolean>;
  /** `@IsDefined` first, then the other rules: class-validator's order, in case a rule reads the object. */
  checks: Check[];
  nested: Metadata[];
}

interface Plan {
  grouped: Grouped;
  properties: PropertyPlan[];
}

/**
 * Whether class-validator would find no error in `object` with these options: the common case of a
 * valid body or message answered without building a ValidationError per property, filtering each
 * property's rules on every call, or finding each rule's validator in the container. It runs the
 * very validators class-validator runs, compiled once per class from the same metadata. `false`
 * means "not known to pass", never "fails": the caller then runs class-validator, whose errors
 * (messages, codes, first field) are unchanged. Unknown fields are stripped as class-validator
 * strips them (whitelist without forbidNonWhitelisted), so the caller sees the same object either way.
 * Classes with async or promise rules, and options that select rules (groups, always, skip*), have no plan.
 */
export function passesEveryRule(object: object, options: PlanOptions, storage: Storage = getMetadataStorage()): boolean {
  if (options.groups !== undefined || options.always || options.strictGroups) return false;
  if (options.skipMissingProperties || options.skipUndefinedProperties || options.skipNullProperties) return false;
  return objectPasses(object, undefined, options, storage);
}

// Keyed by the rule list itself: rememberValidationRules hands out a new list once a rule is added, so a plan never outlives its rules.
const plans = new WeakMap<Metadata[], Plan | null>();

function objectPasses(object: object, schema: string | undefined, options: PlanOptions, storage: Storage): boolean {
  const target = (object as { constructor: Function }).constructor;
  const metadatas = storage.getTargetValidationMetadatas(target, schema as string, false, false);
  if (options.forbidUnknownValues !== false && metadatas.length === 0) return false;
  let plan = plans.get(metadatas);
  if (plan === undefined) plans.set(metadatas, (plan = compile(storage.groupByPropertyName(metadatas), storage)));
  if (plan === null) return false;
  const record = object as Record<string, unknown>;
  if (options.whitelist) {
    for (const key of Object.keys(object)) {
      // class-validator's own test, inherited keys of `{}` (`constructor`) included, so both agree on what is allowed.
      if (!plan.grouped[key] || plan.grouped[key].length === 0) {
        if (options.forbidNonWhitelisted) return false;
        delete record[key];
      }
    }
  }
  const targetName = target ? target.name : undefined;
  for (const property of plan.properties) {
    const value = record[property.name];
    if (!property.conditions.every((condition) => condition(object, value))) continue;
    for (const { metadata, validate } of property.checks) {
      if (!checkPasses(object, targetName, value, metadata, validate)) return false;
    }
    if (property.nested.length > 0 && !nestedPasses(value, property.nested, options, storage)) return false;
  }
  return true;
}

function checkPasses(object: object, targetName: string | undefined, value: unknown, metadata: Metadata, validate: Validate): boolean {
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  const args = { targetName, property: metadata.propertyName, object, value, constraints: metadata.constraints };
  if (metadata.each && (value instanceof Set || value instanceof Map)) return false;
  if (!metadata.each || !Array.isArray(value)) return isTrue(validate(value, args));
  return value.every((item) => isTrue(validate(item, args)));
}

/** A sync rule that answers with a promise is settled only by class-validator. */
const isTrue = (result: unknown): boolean =>
  Boolean(result) && !(result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function');

function nestedPasses(value: unknown, nested: Metadata[], options: PlanOptions, storage: Storage): boolean {
  if (value === undefined) return true;
  if (value instanceof Set || value instanceof Map) return false;
  for (const metadata of nested) {
    if (Array.isArray(value)) {
      if (!value.every((item) => nestedPasses(item, nested, options, storage))) return false;
    } else if (value instanceof Object) {
      const schema = typeof metadata.target === 'string' ? metadata.target : metadata.target.name;
      if (!objectPasses(value, schema, options, storage)) return false;
    } else return false;
  }
  return true;
}

const KNOWN: ReadonlySet<string> = new Set([ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.NESTED_VALIDATION, ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.WHITELIST, ValidationTypes.IS_DEFINED]);

function compile(grouped: Grouped, storage: Storage): Plan | null {
  const properties: PropertyPlan[] = [];
  for (const [name, metadatas] of Object.entries(grouped)) {
    if (metadatas.some((metadata) => !KNOWN.has(metadata.type))) return null;
    const defined = metadatas.filter((metadata) => metadata.type === ValidationTypes.IS_DEFINED);
    const custom = metadatas.filter((metadata) => metadata.type === ValidationTypes.CUSTOM_VALIDATION);
    const checks: Check[] = [];
    for (const metadata of [...defined, ...custom]) {
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return null;
        // Resolved once: the default container hands out one instance per class, found by a scan on each call.
        const instance = constraint.instance as { validate: Validate };
        checks.push({ metadata, validate: instance.validate.bind(instance) });
      }
    }
    properties.push({
      name,
      conditions: metadatas.filter((metadata) => metadata.type === ValidationTypes.CONDITIONAL_VALIDATION).map((metadata) => metadata.constraints[0] as PropertyPlan['conditions'][number]),
      checks,
      nested: metadatas.filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION),
    });
  }
  return { grouped, properties };
}
