export { AmqpProbe, drainQueue, publishEvent, publishRaw, type ProbedMessage } from './amqp-probe';
export { closeBrokerConnections } from './broker-control';
export { eventually, type PollOptions, within } from './eventually';
export { answers, resolveServices, type Services } from './services';
export { createTenant, type TestTenant } from './tenants';
export { TEST_PASSWORD, TEST_RETRY_DELAYS_MS, TestInfra } from './test-infra';
export { AppProcess, freePort } from './app-process';
export { createClinic, everyDay, tenantAdmin, TEST_KEYS, type ClinicOptions, type TestClinic } from './clinic';
export { call, type JsonResponse } from './http';
export { startTestApp, type TestApp } from './test-app';
export {
  clinicPolicy, CORPUS_DIR, CORPUS_POLICY, type LabelledItem, type LabelledLine, type LabelledTurn, loadCorpus, loadCorpusDir, loadTrainingCorpus, parseCorpusFile, parseLine,
  TRAINING_FILES,
} from './redaction-corpus';
export { aggregate, type DialogueFinder, type ItemMiss, type OverlapScore, scoreItems, type TypeRecall } from './redaction-score';
export { localSlot, phoneSequence, smsTo, startOtpSmsProcess, startSandbox, textsTo } from './peers';
export { metricValue } from './metrics';
export { TcpProxy } from './tcp-proxy';
