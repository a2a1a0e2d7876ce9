export { ConfigError, loadConfig, runMain } from './load-config';
export { CommonConfig } from './common.config';
