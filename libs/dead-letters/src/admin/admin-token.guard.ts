import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { constantTimeEqual, sha256 } from '@mo/crypto';
import { ApiError } from '@mo/http';

export const ADMIN_TOKENS = Symbol('ADMIN_TOKENS');

export type AdminRequest = FastifyRequest & { operator?: string };

/** `name=token,name=token` (the ADMIN_TOKENS setting) as each operator's name and token digest. */
export function parseAdminTokens(setting: string): Map<string, Buffer> {
  const tokens = new Map<string, Buffer>();
  for (const pair of setting.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, token] = pair.split('=');
    if (!name || !token) throw new Error('ADMIN_TOKENS must be name=token pairs separated by commas');
    tokens.set(name, sha256(token));
  }
  return tokens;
}

/** The operator whose token an `Authorization: Bearer …` header carries. Every digest is compared, in constant time. */
export function operatorFor(authorization: string | undefined, tokens: ReadonlyMap<string, Buffer>): string | undefined {
  const header = authorization ?? '';
  const presented = sha256(header.startsWith('Bearer ') ? header.slice(7) : '');
  let operator: string | undefined;
  for (const [name, digest] of tokens) if (constantTimeEqual(presented, digest) && !operator) operator = name;
  return operator;
}

/**
 * Operators authenticate with their own token, so the audit trail names a person. Every configured
 * digest is compared, in constant time, whatever matches first. No tokens configured: no admin API.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  constructor(@Inject(ADMIN_TOKENS) private readonly tokens: Map<string, Buffer>) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.tokens.size === 0) throw new ApiError(404, 'not_found', 'The admin API is not enabled on this instance (set ADMIN_TOKENS).');
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const operator = operatorFor(request.headers.authorization, this.tokens);
    if (!operator) throw new ApiError(401, 'unauthorized', 'Send an operator token as "Authorization: Bearer <token>".');
    request.operator = operator;
    return true;
  }
}
