export { closeBrokerConnections } from './broker-control';
export { eventually, type PollOptions, within } from './eventually';
export { answers, resolveServices, type Services } from './services';
export { AppProcess, freePort } from './app-process';
export { call, type JsonResponse } from './http';
export { type PortFake, startTestApp, type TestApp } from './test-app';
export { CORPUS_POLICY, type CorpusScore, type LabelledLine, loadCorpus, parseLine, scoreCorpus, type TypeScore } from './redaction-corpus';
export { metricValue } from './metrics';
export { TcpProxy } from './tcp-proxy';
