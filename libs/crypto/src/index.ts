export { constantTimeEqual, hmacSha256, sha256 } from './digest';
export { SecretBox, SecretBoxError } from './secret-box';
