import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { TenantRequest } from '@mo/auth';
import { Clock } from '@mo/context';
import { SecretBox } from '@mo/crypto';
import { ApiError } from '@mo/http';
import { type ConnectionSecrets, DIALECTS, isPlatform, type Platform, signingKeyOwner } from '@mo/voice';
import { VoiceConnectionRepository } from './voice-connection.repository';

export const VOICE_SECRETS = Symbol('VOICE_SECRETS');
const KIND = 'mo:voice-kind';

/** Which credential a route takes: the platform's tool calls, or its end-of-call messages. */
export const VoiceEndpoint = (kind: 'tools' | 'events') => SetMetadata(KIND, kind);

export type VoiceRequest = TenantRequest & { voice?: { platform: Platform; connectionId: string } };

interface Known {
  orgId: string;
  platform: Platform;
  secrets: ConnectionSecrets;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CACHE_MS = 30_000;

const refused = (platform: string) =>
  new ApiError(401, 'unauthorized', `This ${isPlatform(platform) ? platform : 'voice'} connection does not accept this credential; see docs/platforms.md.`);

/**
 * Authenticates a platform's request by its connection (the id in the path) and the platform's own
 * credential, and makes the connection's tenant the request's tenant: never the body. Connections
 * are cached for 30 s like API keys: a new secret works at once, the old one stops within 30 s.
 */
@Injectable()
export class VoiceAuthGuard implements CanActivate {
  private readonly cache = new Map<string, { known: Known | null; until: number }>();

  constructor(
    private readonly reflector: Reflector,
    private readonly connections: VoiceConnectionRepository,
    private readonly clock: Clock,
    @Inject(VOICE_SECRETS) private readonly box: SecretBox,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.get<'tools' | 'events' | undefined>(KIND, context.getHandler());
    if (!kind) throw new Error('VoiceAuthGuard needs @VoiceEndpoint on the route');
    const request = context.switchToHttp().getRequest<VoiceRequest>();
    const { platform, connectionId } = request.params as { platform?: string; connectionId?: string };
    if (!platform || !connectionId || !UUID.test(connectionId)) throw refused(platform ?? '');
    const now = this.clock.now();
    const id = connectionId.toLowerCase();
    const signed = { headers: request.headers, rawBody: request.rawBody ?? Buffer.alloc(0), now };
    const check = (k: Known | null) => !!k && k.platform === platform && DIALECTS[k.platform].verify(kind, signed, k.secrets) === 'valid';
    let known = await this.known(id, now.getTime(), false);
    // A secret rotated since it was cached works at once: a refusal is checked again against the database.
    if (!check(known)) known = await this.known(id, now.getTime(), true);
    if (!known || !check(known)) throw refused(platform);
    request.tenant = { orgId: known.orgId, keyId: connectionId };
    request.voice = { platform: known.platform, connectionId };
    return true;
  }

  private async known(connectionId: string, now: number, fresh: boolean): Promise<Known | null> {
    const cached = this.cache.get(connectionId);
    if (cached && cached.until > now && !fresh) return cached.known;
    const stored = await this.connections.find(connectionId);
    const known: Known | null = stored
      ? {
          orgId: stored.orgId,
          platform: stored.platform,
          secrets: {
            ...(stored.secretSha256 ? { secretSha256: stored.secretSha256 } : {}),
            ...(stored.signingKeySealed ? { signingKey: this.box.open(stored.signingKeySealed, signingKeyOwner(stored.orgId, connectionId)) } : {}),
          },
        }
      : null;
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(connectionId, { known, until: now + CACHE_MS });
    return known;
  }
}
