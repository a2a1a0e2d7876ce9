export { closeBrokerConnections } from './broker-control';
export { eventually, type PollOptions, within } from './eventually';
export { answers, resolveServices, type Services } from './services';
export { AppProcess, freePort } from './app-process';
export { call, type JsonResponse } from './http';
export { type PortFake, startTestApp, type TestApp } from './test-app';
export { FakeRpcClient, type RecordedRequest } from './fake-rpc-client';
export {
  clinicPolicy, CORPUS_DIR, CORPUS_POLICY, type LabelledItem, type LabelledLine, type LabelledTurn, loadCorpus, loadCorpusDir, loadTrainingCorpus, parseCorpusFile, parseLine,
  HELD_OUT_SETS, READ_SETS, TRAINING_FILES,
} from './redaction-corpus';
export { aggregate, type DialogueFinder, type ItemMiss, type OverlapScore, scoreItems, type TypeRecall } from './redaction-score';
export { metricValue } from './metrics';
export { TcpProxy } from './tcp-proxy';
