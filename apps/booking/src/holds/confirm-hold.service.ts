import { Inject, Injectable } from '@nestjs/common';
import { ResendOtpRpc, VerifyOtpRpc } from '@mo/contracts';
import { IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { RpcClient } from '@mo/messaging';
import type { ReleaseReason } from '@mo/contracts';
import { ConfirmResult, OtpUnavailable, ResendCodeResult, Settled } from './hold-results';
import { HoldState } from './hold-saga';
import { HoldTransitions } from './hold-transitions';
import { HoldRepository, StoredHold } from './hold.repository';

export const OTP_RPC_TIMEOUT_MS = Symbol('OTP_RPC_TIMEOUT_MS');
const FINAL = { final: true } as const;

/** Confirming with the caller's code, and resending it. The hold is locked while otp-sms answers. */
@Injectable()
export class ConfirmHoldService {
  constructor(
    private readonly holds: HoldRepository,
    private readonly transitions: HoldTransitions,
    private readonly rpc: RpcClient,
    private readonly db: TenantDb,
    private readonly ids: IdGenerator,
    @Inject(OTP_RPC_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  async confirm(holdId: string, code: string): Promise<ConfirmResult> {
    const stored = await this.holds.find(holdId, true);
    return stored ? this.confirmLocked(stored, code) : { type: 'HoldNotFound' };
  }

  /** `confirm` for a hold the caller has just read locked (a voice call's pending hold). */
  async confirmLocked(stored: StoredHold, code: string): Promise<ConfirmResult> {
    const holdId = stored.hold.holdId;
    const pending = await this.pending(stored);
    if ('type' in pending) return pending;
    const verification = await this.ask(() => this.rpc.request(VerifyOtpRpc, this.db.orgId, { holdId, code }, this.timeoutMs));
    if ('type' in verification) return verification;
    // The hold's transition is the confirm's last write: it may commit with it.
    switch (verification.result) {
      case 'valid':
        return settled((await this.transitions.apply(pending.hold, { type: 'CodeVerified', bookingId: this.ids.next() }, FINAL)).state, 'expired');
      case 'locked':
        return settled((await this.transitions.apply(pending.hold, { type: 'CodeLocked' }, FINAL)).state, 'otp_locked');
      case 'invalid':
        return { type: 'CodeWrong', attemptsLeft: verification.attemptsLeft };
      case 'expired':
        return { type: 'CodeExpired' };
      case 'used':
        return { type: 'CodeUsed' };
      case 'no_challenge':
        return { type: 'NoCodeSent' };
    }
  }

  async resend(holdId: string): Promise<ResendCodeResult> {
    const stored = await this.holds.find(holdId, true);
    return stored ? this.resendLocked(stored) : { type: 'HoldNotFound' };
  }

  /** `resend` for a hold the caller has just read locked. */
  async resendLocked(stored: StoredHold): Promise<ResendCodeResult> {
    const holdId = stored.hold.holdId;
    const pending = await this.pending(stored);
    if ('type' in pending) return pending;
    const holdExpiresAt = pending.hold.hold.expiresAt.toISOString();
    const reply = await this.ask(() => this.rpc.request(ResendOtpRpc, this.db.orgId, { holdId, holdExpiresAt }, this.timeoutMs));
    if ('type' in reply) return reply;
    switch (reply.result) {
      case 'sent':
        return { type: 'Sent', ...(reply.expiresAt ? { expiresAt: reply.expiresAt } : {}) };
      case 'cooldown':
        return { type: 'Cooldown', retryAfterSeconds: reply.retryAfterSeconds ?? 30 };
      case 'rate_limited':
        return { type: 'RateLimited' };
      case 'no_challenge':
        return { type: 'NoCodeSent' };
      case 'failed':
        return { type: 'SmsFailed' };
    }
  }

  /** The locked hold if still pending, or the result to return at once for a settled or (now) expired one. */
  private async pending(stored: StoredHold): Promise<{ hold: StoredHold } | Settled> {
    if (stored.status === 'CONFIRMED' || stored.status === 'RELEASED') return settled(stored, 'expired');
    // The saga decides whether the deadline has passed; a hold it releases here answers as released.
    const { state } = await this.transitions.apply(stored, { type: 'CheckExpiry' });
    return state.status === 'RELEASED' ? settled(state, 'expired') : { hold: stored };
  }

  private async ask<T>(call: () => Promise<T>): Promise<T | OtpUnavailable> {
    try {
      return await call();
    } catch (error) {
      return { type: 'OtpUnavailable', cause: error instanceof Error ? error.name : 'unknown' };
    }
  }
}

/** A settled state as a result; `otherwise` is the reason to give when the saga left the hold pending. */
function settled(state: HoldState, otherwise: ReleaseReason): Settled {
  if (state.status === 'CONFIRMED') return { type: 'Confirmed', bookingId: state.bookingId };
  return { type: 'Released', reason: state.status === 'RELEASED' ? state.reason : otherwise };
}
