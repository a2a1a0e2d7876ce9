export {
  Contract,
  type ContractClass,
  type ContractInfo,
  contractInfo,
  findContract,
  type MessageKind,
  type PayloadOf,
  registeredContracts,
  routingKeyOf,
  Sensitive,
  sensitiveFields,
} from './contract';
export { Envelope } from './envelope';
export { assertValid, describeValidationError, validateAs, type Validated } from './validate';
export * from './validation';
