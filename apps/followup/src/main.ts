import 'reflect-metadata';
import { loadConfig, runMain } from '@mo/config';
import { runApp } from '@mo/platform';
import { FollowupConfig } from './followup.config';
import { FollowupModule } from './followup.module';

void runMain(async () => {
  const config = loadConfig(FollowupConfig);
  await runApp(FollowupModule.forRoot(config), { name: 'followup', title: 'Caller memory and follow-up SMS for missed confirmations', port: config.PORT, host: config.HOST, logLevel: config.LOG_LEVEL, shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS });
});
