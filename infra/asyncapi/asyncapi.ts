import 'reflect-metadata';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { contractInfo, ContractClass, registeredContracts, routingKeyOf, sensitiveFields, SUBSCRIPTIONS } from '@mo/contracts';

type Schema = Record<string, unknown>;

const ENVELOPE_FIELDS: Schema = {
  messageId: { type: 'string', format: 'uuid', description: 'Unique per message; consumers deduplicate on it (or on x-replayed-from for a dead-letter replay)' },
  type: { type: 'string', description: 'The contract name' },
  version: { type: 'integer', minimum: 1, description: 'The contract version; a breaking change is a new version with its own routing key' },
  orgId: { type: 'string', format: 'uuid', description: 'The tenant' },
  correlationId: { type: 'string', maxLength: 128, description: 'Carried from the HTTP request that started the flow' },
  causationId: { type: 'string', maxLength: 128, description: 'The message that caused this one' },
  occurredAt: { type: 'string', format: 'date-time' },
};

/** Stable key order, so the committed document only changes when a contract does. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value as object)
      .sort()
      .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
  );
}

function subscribersOf(contract: ContractClass): string[] {
  return Object.entries(SUBSCRIPTIONS)
    .filter(([, contracts]) => contracts.includes(contract))
    .map(([app]) => app)
    .sort();
}

/**
 * The AsyncAPI 2.6 document of every message in libs/contracts: one channel per routing key, the
 * envelope, and each payload's JSON Schema derived from its class-validator rules.
 */
export function buildAsyncApi(prefix = 'mo.'): Schema {
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      isE164Phone: { type: 'string', pattern: '^\\+[1-9]\\d{6,14}$', description: 'E.164 phone number' },
      // Every instant in a contract is a full timestamp with an offset, never a bare date.
      isIso8601: { type: 'string', format: 'date-time' },
    },
  }) as Record<string, Schema>;
  const contracts = registeredContracts().sort((a, b) => routingKeyOf(a).localeCompare(routingKeyOf(b)));
  const channels: Schema = {};
  const messages: Schema = {};
  for (const contract of contracts) {
    const info = contractInfo(contract);
    const name = `${info.type}V${info.version}`;
    const isRequest = info.kind === 'request' || info.kind === 'reply';
    messages[name] = {
      name: info.type,
      title: `${info.type} v${info.version}`,
      summary: info.summary,
      contentType: 'application/json',
      'x-kind': info.kind,
      'x-owner': info.owner,
      'x-subscribers': subscribersOf(contract),
      ...(sensitiveFields(contract).length ? { 'x-sensitive-fields': [...sensitiveFields(contract)].sort() } : {}),
      payload: {
        type: 'object',
        required: ['messageId', 'type', 'version', 'orgId', 'correlationId', 'occurredAt', 'payload'],
        properties: { ...ENVELOPE_FIELDS, type: { const: info.type }, version: { const: info.version }, payload: { $ref: `#/components/schemas/${contract.name}` } },
      },
    };
    if (info.kind === 'reply') continue;
    channels[routingKeyOf(contract)] = {
      description: isRequest ? `Request/reply: topic exchange ${prefix}rpc, answered on the caller's reply queue` : `Topic exchange ${prefix}events`,
      bindings: {
        amqp: { is: 'routingKey', exchange: { name: `${prefix}${isRequest ? 'rpc' : 'events'}`, type: 'topic', durable: true, autoDelete: false, vhost: '/' } },
      },
      subscribe: {
        operationId: `on${info.type}V${info.version}`,
        summary: info.summary,
        bindings: { amqp: { deliveryMode: 2, ack: true } },
        message: { $ref: `#/components/messages/${name}` },
      },
    };
  }
  const referenced = Object.fromEntries([...reachable(messages, schemas)].map((key) => [key, schemas[key]]));
  return sorted({
    asyncapi: '2.6.0',
    info: {
      title: 'Master Orchestrator messages',
      version: '1.0.0',
      description:
        'Every event, command and request on the bus. Each message is a JSON envelope around a versioned payload. Delivery is at least once: deduplicate on messageId. ' +
        'Fields listed in x-sensitive-fields carry caller data and must not be logged. Generated from libs/contracts by `npm run asyncapi`; a test fails when it drifts.',
    },
    defaultContentType: 'application/json',
    channels,
    components: { messages, schemas: referenced },
  }) as Schema;
}

/** The schemas the messages reference, directly or through nested classes (a transcript's turns, offered slots). */
function reachable(from: unknown, schemas: Record<string, Schema>, found = new Set<string>()): Set<string> {
  for (const match of JSON.stringify(from).matchAll(/#\/components\/schemas\/(\w+)/g)) {
    const key = match[1]!;
    if (found.has(key) || !schemas[key]) continue;
    found.add(key);
    reachable(schemas[key], schemas, found);
  }
  return found;
}
