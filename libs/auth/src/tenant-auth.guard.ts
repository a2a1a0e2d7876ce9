import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Clock } from '@mo/context';
import { constantTimeEqual, SecretBox, sha256 } from '@mo/crypto';
import { TenantDb } from '@mo/database';
import { ApiError } from '@mo/http';
import { parseApiKey } from './api-key';
import { ApiKeyRepository } from './api-key.repository';
import { CredentialChanges } from './credential-changes';
import { NonceRepository } from './nonce.repository';
import { checkRequestSignature, NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, TOLERANCE_SECONDS } from './request-signature';
import { KeyCache } from './key-cache';

export interface TenantPrincipal {
  orgId: string;
  keyId: string;
}

export type TenantRequest = FastifyRequest & { tenant?: TenantPrincipal; rawBody?: Buffer };

export const TENANT_SECRETS = Symbol('TENANT_SECRETS');

interface Verified {
  principal: TenantPrincipal;
  signingSecret?: string;
  /** When the key expires, in epoch ms; a cached key is not used past it. */
  expiresAt?: number;
}

const unauthorized = () => new ApiError(401, 'unauthorized', 'Send your API key as "Authorization: Bearer <key>".');

/**
 * Authenticates `Authorization: Bearer <api key>` and makes the key's tenant the request's tenant.
 * The tenant never comes from the request itself: a body `orgId` that names another tenant is
 * refused with 403, and one that names the same tenant is dropped before validation.
 */
@Injectable()
export class TenantAuthGuard implements CanActivate {
  private readonly cache = new KeyCache<Verified>(30_000, 10_000);

  constructor(
    private readonly db: TenantDb,
    private readonly keys: ApiKeyRepository,
    private readonly nonces: NonceRepository,
    private readonly clock: Clock,
    @Inject(TENANT_SECRETS) private readonly secrets: SecretBox,
    private readonly changes: CredentialChanges,
  ) {
    // A revoked or expired key, or a new signing secret, reaches every instance with the notification.
    changes.onChange((orgId) => (orgId ? this.cache.evict((v) => v.principal.orgId === orgId) : this.cache.clear()));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<TenantRequest>();
    const header = request.headers.authorization;
    const key = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!key) throw unauthorized();
    const verified = await this.verify(key);
    if (verified.signingSecret) await this.checkSignature(request, verified.principal.orgId, verified.signingSecret);
    request.tenant = verified.principal;
    this.enforceBodyTenant(request);
    return true;
  }

  private async verify(key: string): Promise<Verified> {
    const cacheKey = sha256(key).toString('hex');
    const now = this.clock.now().getTime();
    const cached = this.changes.listening ? this.cache.get(cacheKey, now) : undefined;
    if (cached && !(cached.expiresAt !== undefined && cached.expiresAt <= now)) return cached;
    const parts = parseApiKey(key);
    if (!parts) throw unauthorized();
    const record = await this.db.run(parts.orgId, () => this.keys.find(parts.keyId));
    const expired = record?.expiresAt != null && record.expiresAt.getTime() <= now;
    if (!record || record.revoked || expired || !constantTimeEqual(sha256(parts.secret), record.secretSha256)) throw unauthorized();
    const verified: Verified = {
      principal: { orgId: parts.orgId, keyId: parts.keyId },
      ...(record.expiresAt ? { expiresAt: record.expiresAt.getTime() } : {}),
      ...(record.signingSecretSealed ? { signingSecret: this.secrets.open(record.signingSecretSealed, parts.orgId) } : {}),
    };
    if (this.changes.listening) this.cache.set(cacheKey, verified, now);
    return verified;
  }

  /** The signature must cover this very request, and its nonce must be new on every instance. */
  private async checkSignature(request: TenantRequest, orgId: string, secret: string): Promise<void> {
    const { headers } = request;
    const now = this.clock.now();
    const result = checkRequestSignature(
      secret,
      { method: request.method, pathWithQuery: request.url, body: request.rawBody ?? Buffer.alloc(0) },
      { signature: headers[SIGNATURE_HEADER], timestamp: headers[TIMESTAMP_HEADER], nonce: headers[NONCE_HEADER] },
      now,
    );
    if (result !== 'valid') {
      const messages = {
        missing: `This tenant requires signed requests: send ${TIMESTAMP_HEADER}, ${NONCE_HEADER} (16-64 of A-Z a-z 0-9 _ -) and ${SIGNATURE_HEADER}.`,
        stale: `${TIMESTAMP_HEADER} is more than 5 minutes away from our clock.`,
        mismatch: `${SIGNATURE_HEADER} does not match this request's method, path, timestamp, nonce and body.`,
      } as const;
      throw new ApiError(401, 'invalid_signature', messages[result]);
    }
    const expiresAt = new Date((Number(headers[TIMESTAMP_HEADER]) + TOLERANCE_SECONDS) * 1000);
    const fresh = await this.db.run(orgId, () => this.nonces.claim(String(headers[NONCE_HEADER]), expiresAt, now));
    if (!fresh) throw new ApiError(401, 'replayed_request', `${NONCE_HEADER} was used before: sign every request with a new nonce.`);
  }

  private enforceBodyTenant(request: TenantRequest): void {
    const body = request.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object' || !('orgId' in body)) return;
    if (body.orgId !== request.tenant!.orgId) throw new ApiError(403, 'tenant_mismatch', 'orgId in the body names another tenant than your API key.');
    delete body.orgId;
  }
}
