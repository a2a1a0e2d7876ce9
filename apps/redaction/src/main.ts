import 'reflect-metadata';
import { loadConfig, runMain } from '@mo/config';
import { runApp } from '@mo/platform';
import { RedactionConfig } from './redaction.config';
import { RedactionModule } from './redaction.module';

void runMain(async () => {
  const config = loadConfig(RedactionConfig);
  await runApp(RedactionModule.forRoot(config), { name: 'redaction', title: 'PII/PHI redaction of call transcripts', port: config.PORT, host: config.HOST, logLevel: config.LOG_LEVEL, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS });
});
