import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { TenantDb } from '@mo/database';
import { constantTimeEqual, sha256 } from '@mo/crypto';
import { ApiError, canonicalJson, Outcome } from '@mo/http';
import { IdempotencyRepository } from './idempotency.repository';

/**
 * `Idempotency-Key` semantics: the first request with a key runs and its response is stored in the
 * same transaction; a retry gets that response back and changes nothing; the same key with another
 * request is a 422. Client errors (4xx thrown before anything is stored) roll back with the key.
 * A key is stored with the call that made the request, so erasing the caller finds its reply.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly keys: IdempotencyRepository,
    private readonly clock: Clock,
    private readonly db: TenantDb,
  ) {}

  async once(key: string | undefined, { callId, request }: { callId: string; request: unknown }, work: () => Promise<Outcome>): Promise<Outcome> {
    if (key === undefined) return work();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw new ApiError(400, 'validation_failed', 'Idempotency-Key must be 1 to 255 visible ASCII characters', { field: 'Idempotency-Key' });
    }
    const fingerprint = sha256(canonicalJson(request));
    if (await this.keys.claim(key, callId, fingerprint, this.clock.now())) {
      // The response is stored after the work, in the same transaction: nothing in it may commit early.
      const outcome = await this.db.keepOpen(work);
      await this.keys.complete(key, outcome.status, outcome.body);
      return outcome;
    }
    const stored = await this.keys.find(key);
    if (!stored || stored.status === null) throw new Error('idempotency key claimed without a stored response');
    if (!constantTimeEqual(stored.requestSha256, fingerprint)) {
      throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request.');
    }
    return { status: stored.status, body: stored.body, replayed: true };
  }
}
