export { type DeadLetter, readDeadLetter } from './dead-letter';
export { DeadLetterAudit, type SqlRunner } from './dead-letter-audit';
export { type BrokerSettings, DeadLetterBroker } from './dead-letter-broker';
export { ageBucket, type DeadLetterFilter, isEmptyFilter, matches, type QueueSummary, summarize } from './dead-letter-filter';
export { type Actor, DeadLetterOps, OperationRefused, type Progress, type ReplayOptions, type RunReport } from './dead-letter-ops';
export { masked } from './masking';
export { replayCopy } from './replay-copy';
export { DeadLetterAdminModule, type DeadLetterAdminOptions } from './admin/dead-letter-admin.module';
export { ADMIN_TOKENS, operatorFor, parseAdminTokens } from './admin/admin-token.guard';
