export { newSandboxAccount, sandboxToken } from './credentials';
export { DEV_SANDBOX_SECRET, SandboxConfig } from './sandbox.config';
export { type SandboxMessage, TwilioSandbox } from './sandbox';
