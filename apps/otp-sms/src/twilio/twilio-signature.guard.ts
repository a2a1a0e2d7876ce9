import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import twilio from 'twilio';
import { TenantRequest } from '@mo/auth';
import { isUuid, TenantDb } from '@mo/database';
import { ApiError } from '@mo/http';
import { WebhookAuthTokens } from './webhook-auth-tokens';
import { TwilioWebhooks } from './webhooks';

/**
 * Authenticates a Twilio webhook for the tenant named in its path: the X-Twilio-Signature must be
 * that tenant's auth token's signature of the exact public URL and the posted parameters (checked
 * in constant time by the SDK). Anything else is a 403 that changes nothing.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(
    private readonly tokens: WebhookAuthTokens,
    private readonly db: TenantDb,
    private readonly webhooks: TwilioWebhooks,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<TenantRequest & { params: { orgId?: string } }>();
    const orgId = request.params.orgId;
    if (!isUuid(orgId)) throw new ApiError(404, 'not_found', 'Unknown webhook.');
    const signature = request.headers['x-twilio-signature'];
    if (typeof signature !== 'string') throw forbidden();
    const authToken = await this.db.run(orgId, () => this.tokens.authToken());
    const params = (request.body ?? {}) as Record<string, string>;
    if (!authToken || !twilio.validateRequest(authToken, signature, this.webhooks.signedUrl(request.url), params)) throw forbidden();
    request.tenant = { orgId, keyId: 'twilio-webhook' };
    return true;
  }
}

const forbidden = () => new ApiError(403, 'invalid_signature', 'X-Twilio-Signature does not match.');
