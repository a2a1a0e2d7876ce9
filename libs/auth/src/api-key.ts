import { randomBytes } from 'node:crypto';
import { isUuid } from '@mo/database';

/**
 * `mo_` + tenant id (32 hex) + key id (32 hex) + secret (43 base64url chars, 256 bits). The key says
 * whose it is, so it is verified under that tenant's row-level security with one indexed lookup.
 */
export interface ApiKeyParts {
  orgId: string;
  keyId: string;
  secret: string;
}

const PATTERN = /^mo_([0-9a-f]{32})([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;

const toUuid = (hex: string): string => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

export function formatApiKey(parts: ApiKeyParts): string {
  return `mo_${parts.orgId.replace(/-/g, '')}${parts.keyId.replace(/-/g, '')}${parts.secret}`;
}

export function parseApiKey(key: string): ApiKeyParts | undefined {
  const match = PATTERN.exec(key);
  if (!match) return undefined;
  const orgId = toUuid(match[1]!);
  const keyId = toUuid(match[2]!);
  return isUuid(orgId) && isUuid(keyId) ? { orgId, keyId, secret: match[3]! } : undefined;
}

export function newApiKeySecret(): string {
  return randomBytes(32).toString('base64url');
}
