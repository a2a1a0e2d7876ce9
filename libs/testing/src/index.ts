export { AmqpProbe, drainQueue, publishRaw, type ProbedMessage } from './amqp-probe';
export { closeBrokerConnections } from './broker-control';
export { eventually, type PollOptions } from './eventually';
export { answers, resolveServices, type Services } from './services';
export { createTenant, type TestTenant } from './tenants';
export { TEST_PASSWORD, TEST_RETRY_DELAYS_MS, TestInfra } from './test-infra';
