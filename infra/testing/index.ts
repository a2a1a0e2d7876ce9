// The test kit bound to this repository's infrastructure (roles, tenants, the Twilio sandbox), on top
// of @mo/testing's helpers that need none of it; an integration spec imports everything from here.
export * from '@mo/testing';
export { AmqpProbe, deleteQueue, drainQueue, publishEvent, publishRaw, type ProbedMessage } from './amqp-probe';
export { createTenant, type TestTenant } from './tenants';
export { TEST_PASSWORD, TEST_RETRY_DELAYS_MS, TestInfra } from './test-infra';
export { createClinic, everyDay, tenantAdmin, TEST_KEYS, type ClinicOptions, type TestClinic } from './clinic';
export { localSlot, phoneSequence, smsTo, startOtpSmsProcess, startSandbox, textsTo } from './peers';
