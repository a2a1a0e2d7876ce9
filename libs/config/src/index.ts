export { ConfigError, listenError, loadConfig, OperatorError, runMain } from './load-config';
export { CommonConfig, DEV_KEY, IsBase64Key } from './common.config';
