export { constantTimeEqual, hmacSha256, sha256 } from './digest';
export { SecretBox, SecretBoxError } from './secret-box';
export { KEY_PURPOSES, type KeyPurpose, purposeKey } from './purpose-key';
