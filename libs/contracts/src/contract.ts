import 'reflect-metadata';

export type MessageKind = 'event' | 'command' | 'request' | 'reply';

export interface ContractInfo {
  /** PascalCase name carried in the envelope's `type`, e.g. `SlotHeld`. */
  readonly type: string;
  /** Bumped on any change a v(n) consumer could not read. Additive optional fields keep the version. */
  readonly version: number;
  readonly kind: MessageKind;
  /** The app that publishes it (events) or serves it (requests). */
  readonly owner: string;
  readonly summary: string;
  /** For requests: the reply's contract. */
  readonly reply?: ContractClass;
  /**
   * Its outbox row is deleted as soon as the broker has it, not kept a day like the others: it names
   * a caller being erased, and nothing else would ever clear it.
   */
  readonly forgetOnceDelivered?: true;
}

export type ContractClass<T extends object = object> = new () => T;

/** What a publisher passes: the contract's fields as plain data. */
export type PayloadOf<C extends ContractClass> = { [K in keyof InstanceType<C>]: InstanceType<C>[K] };

const CONTRACT_KEY = Symbol('mo:contract');
const SENSITIVE_KEY = Symbol('mo:sensitive');
const PERSONAL_KEY = Symbol('mo:personal');
const registry = new Map<string, ContractClass>();

const key = (type: string, version: number): string => `${type}@${version}`;

/** Declares a class as a message contract and registers it, so consumers can find it by type and version. */
export function Contract(info: ContractInfo): ClassDecorator {
  return (target) => {
    const cls = target as unknown as ContractClass;
    const existing = registry.get(key(info.type, info.version));
    if (existing && existing !== cls) throw new Error(`Contract ${info.type} v${info.version} is declared twice`);
    Reflect.defineMetadata(CONTRACT_KEY, info, cls);
    registry.set(key(info.type, info.version), cls);
  };
}

/** Marks a field that must never be logged, shown by operator tools or copied into events. */
export function Sensitive(): PropertyDecorator {
  return (target, property) => {
    const fields: string[] = Reflect.getMetadata(SENSITIVE_KEY, target.constructor) ?? [];
    Reflect.defineMetadata(SENSITIVE_KEY, [...fields, String(property)], target.constructor);
  };
}

/**
 * Marks a field that names or identifies a person (a first name). It travels in events, but operator
 * tools mask it: the redaction engine cannot tell a lone name from any other word.
 */
export function Personal(): PropertyDecorator {
  return (target, property) => {
    const fields: string[] = Reflect.getMetadata(PERSONAL_KEY, target.constructor) ?? [];
    Reflect.defineMetadata(PERSONAL_KEY, [...fields, String(property)], target.constructor);
  };
}

export function personalFields(cls: ContractClass): readonly string[] {
  return Reflect.getMetadata(PERSONAL_KEY, cls) ?? [];
}

export function contractInfo(cls: ContractClass): ContractInfo {
  const info: ContractInfo | undefined = Reflect.getMetadata(CONTRACT_KEY, cls);
  if (!info) throw new Error(`${cls.name} is not a message contract (missing @Contract)`);
  return info;
}

export function sensitiveFields(cls: ContractClass): readonly string[] {
  return Reflect.getMetadata(SENSITIVE_KEY, cls) ?? [];
}

/** `booking.SlotHeld.v1`: owner first, so a subscriber can bind `booking.#`. */
export function routingKeyOf(cls: ContractClass): string {
  const info = contractInfo(cls);
  return `${info.owner}.${info.type}.v${info.version}`;
}

export function findContract(type: string, version: number): ContractClass | undefined {
  return registry.get(key(type, version));
}

/** Whether a published message's outbox row goes at once (`ContractInfo.forgetOnceDelivered`). */
export function forgottenOnceDelivered(envelope: { type: string; version: number }): boolean {
  const cls = findContract(envelope.type, envelope.version);
  return cls !== undefined && contractInfo(cls).forgetOnceDelivered === true;
}

export function registeredContracts(): ContractClass[] {
  return [...registry.values()];
}
