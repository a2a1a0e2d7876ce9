import { Inject, Injectable } from '@nestjs/common';
import { ResendOtpRpc, VerifyOtpRpc } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { ApiError, Outcome } from '@mo/http';
import { RpcClient } from '@mo/messaging';
import { isPending } from './hold-saga';
import { HoldTransitions } from './hold-transitions';
import { HoldRepository, StoredHold } from './hold.repository';

export const OTP_RPC_TIMEOUT_MS = Symbol('OTP_RPC_TIMEOUT_MS');

const released = (reason: string): Outcome => ({
  status: 410,
  body: {
    error: reason === 'expired' ? 'hold_expired' : 'hold_released',
    message: reason === 'expired' ? 'The hold expired before it was confirmed.' : `The hold was released (${reason}).`,
    reason,
  },
});

/** Confirming with the caller's code, and resending it. The hold is locked while otp-sms answers. */
@Injectable()
export class ConfirmHoldService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
    private readonly rpc: RpcClient,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    @Inject(OTP_RPC_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  async confirm(holdId: string, code: string): Promise<Outcome> {
    const pending = await this.pendingOrOutcome(holdId);
    if ('outcome' in pending) return pending.outcome;
    const { hold } = pending;
    const verification = await this.ask(() => this.rpc.request(VerifyOtpRpc, this.db.orgId, { holdId, code }, this.timeoutMs));
    switch (verification.result) {
      case 'valid': {
        const decision = await this.transitions.apply(hold, { type: 'CodeVerified', bookingId: this.ids.next() });
        if (decision.state.status === 'CONFIRMED') return { status: 200, body: { bookingId: decision.state.bookingId, status: 'confirmed' } };
        return released(decision.state.status === 'RELEASED' ? decision.state.reason : 'expired');
      }
      case 'locked': {
        const decision = await this.transitions.apply(hold, { type: 'CodeLocked' });
        return released(decision.state.status === 'RELEASED' ? decision.state.reason : 'otp_locked');
      }
      case 'invalid':
        return {
          status: 422,
          body: { error: 'otp_invalid', message: 'That code is not right.', attemptsLeft: verification.attemptsLeft },
        };
      case 'expired':
        return { status: 422, body: { error: 'otp_expired', message: 'The code has expired; ask for a new one.', attemptsLeft: 0 } };
      case 'used':
        return { status: 409, body: { error: 'otp_used', message: 'This code was already used.' } };
      case 'no_challenge':
        return { status: 409, body: { error: 'otp_not_sent', message: 'No code has been sent for this hold yet.' } };
    }
  }

  async resend(holdId: string): Promise<Outcome> {
    const pending = await this.pendingOrOutcome(holdId);
    if ('outcome' in pending) return pending.outcome;
    const reply = await this.ask(() => this.rpc.request(ResendOtpRpc, this.db.orgId, { holdId }, this.timeoutMs));
    switch (reply.result) {
      case 'sent':
        return { status: 202, body: { status: 'sent', expiresAt: reply.expiresAt } };
      case 'cooldown':
        return {
          status: 429,
          body: { error: 'resend_cooldown', message: 'A code was sent moments ago.', retryAfterSeconds: reply.retryAfterSeconds ?? 30 },
        };
      case 'rate_limited':
        return { status: 429, body: { error: 'sms_rate_limited', message: 'Too many codes were sent to this phone recently.' } };
      case 'no_challenge':
        return { status: 409, body: { error: 'otp_not_sent', message: 'No code has been sent for this hold yet.' } };
      case 'failed':
        return { status: 502, body: { error: 'sms_failed', message: 'The SMS could not be sent; the hold will be released.' } };
    }
  }

  /** The locked pending hold, or the outcome to return at once for a settled or expired one. */
  private async pendingOrOutcome(holdId: string): Promise<{ hold: StoredHold } | { outcome: Outcome }> {
    const stored = await this.holds.find(holdId, true);
    if (!stored) throw new ApiError(404, 'hold_not_found', 'No hold with this id.');
    if (stored.status === 'CONFIRMED') return { outcome: { status: 200, body: { bookingId: stored.bookingId, status: 'confirmed' } } };
    if (stored.status === 'RELEASED') return { outcome: released(stored.reason) };
    if (isPending(stored) && this.clock.now() >= stored.hold.expiresAt) {
      await this.transitions.apply(stored, { type: 'CheckExpiry' });
      return { outcome: released('expired') };
    }
    return { hold: stored };
  }

  private async ask<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new ApiError(503, 'otp_unavailable', 'The code service did not answer; try again in a moment.', {
        cause: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
}
