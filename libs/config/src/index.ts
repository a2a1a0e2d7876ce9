export { ConfigError, listenError, loadConfig, OperatorError, runMain } from './load-config';
export { CommonConfig, DEFAULT_RETRY_DELAYS_MS, DEV_DB_PASSWORD, IsBase64Key, prefetchOf, sessionUrlOf } from './common.config';
export { DEV_KEY, isPublicDefault, publicDefault } from './public-defaults';
export { withSecretsFile } from './secrets-file';
