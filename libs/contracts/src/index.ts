export { APPS, type AppName } from './apps';
export * from './booking/change-events';
export * from './booking/events';
export * from './booking/erasure';
export * from './followup/messages';
export { HoldFacts, IsReleaseReason, RELEASE_REASONS, type ReleaseReason } from './booking/hold-facts';
export {
  Contract,
  type ContractClass,
  type ContractInfo,
  contractInfo,
  findContract,
  forgottenOnceDelivered,
  type MessageKind,
  type PayloadOf,
  registeredContracts,
  personalFields,
  Personal,
  routingKeyOf,
  Sensitive,
  sensitiveFields,
} from './contract';
export { Envelope } from './envelope';
export * from './otp-sms/events';
export * from './otp-sms/requests';
export * from './redaction/events';
export * from './voice/events';
export { rpc, type Rpc, type RpcReply } from './rpc';
export { RPC_CALLERS } from './rpc-callers';
export { SUBSCRIPTIONS } from './subscriptions';
export { passesEveryRule, type PlanOptions } from './validation-plan';
export { assertValid, describeValidationError, nulCharacterAt, validateAs, type Validated } from './validate';
export { jsonNestingDepth, loneSurrogateAt, loneSurrogateMessage, MAX_JSON_DEPTH } from './hostile-json';
export * from './validation';
