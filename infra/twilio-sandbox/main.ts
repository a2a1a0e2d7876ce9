import 'reflect-metadata';
import { listenError, loadConfig, runMain } from '@mo/config';
import { SandboxConfig } from './sandbox.config';
import { TwilioSandbox } from './sandbox';

void runMain(async () => {
  const config = loadConfig(SandboxConfig);
  const sandbox = new TwilioSandbox({
    port: config.SANDBOX_PORT,
    host: config.SANDBOX_HOST,
    secret: config.SANDBOX_SECRET,
    callbackDelayMs: config.SANDBOX_CALLBACK_DELAY_MS,
  });
  const url = await sandbox.start().catch((error: unknown) => {
    throw listenError(error, 'SANDBOX_PORT', config.SANDBOX_PORT);
  });
  process.stdout.write(`Twilio sandbox listening on ${url} (messages: ${url}/sandbox/messages)\n`);
  const stop = () => void sandbox.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
});
