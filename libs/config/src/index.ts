export { ConfigError, listenError, loadConfig, runMain } from './load-config';
export { CommonConfig, DEV_KEY, IsBase64Key } from './common.config';
