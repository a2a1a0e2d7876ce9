/** The SecretBox that seals pending texts' bodies (a subkey of CREDENTIALS_KEY); a text carries a code. */
export const PENDING_TEXTS_BOX = Symbol('PENDING_TEXTS_BOX');

/** Bound to its tenant and message: a sealed body moved to another row does not open. */
export const sealedFor = (orgId: string, messageId: string): string => `${orgId}:${messageId}`;
