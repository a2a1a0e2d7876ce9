import { Inject, Injectable } from '@nestjs/common';
import { VerifyChangeCodeRpc } from '@mo/contracts';
import { Clock, IdGenerator } from '@mo/context';
import { TenantDb } from '@mo/database';
import { RpcClient } from '@mo/messaging';
import { OTP_RPC_TIMEOUT_MS } from '../holds/confirm-hold.service';
import { ChangeSettled, ConfirmChangeResult } from './change-results';
import { ChangeState, isChangeOverdue } from './change-saga';
import { ChangeTransitions } from './change-transitions';
import { ChangeRepository, StoredChange } from './change.repository';

/** Confirming a change with the caller's code. The change is locked while otp-sms answers, so a replayed confirm waits and then finds it settled. */
@Injectable()
export class ConfirmChangeService {
  constructor(
    private readonly changes: ChangeRepository,
    private readonly transitions: ChangeTransitions,
    private readonly rpc: RpcClient,
    private readonly db: TenantDb,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
    @Inject(OTP_RPC_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  /** Another tenant's change is invisible under row-level security, so it is missing like one that never was. */
  find(changeId: string): Promise<StoredChange | undefined> {
    return this.changes.find(changeId, false);
  }

  async confirm(changeId: string, code: string): Promise<ConfirmChangeResult> {
    const stored = await this.changes.find(changeId, true);
    if (!stored) return { type: 'ChangeNotFound' };
    if (stored.status !== 'VERIFYING') return settled(stored);
    // The saga decides whether the deadline has passed; a change it abandons here answers as abandoned.
    if (isChangeOverdue(stored.change, this.clock.now())) return settled((await this.transitions.apply(stored, { type: 'Expire' })).state);
    const verification = await this.rpc.request(VerifyChangeCodeRpc, this.db.orgId, { changeId, code }, this.timeoutMs).catch((error: unknown) => ({
      type: 'OtpUnavailable' as const,
      cause: error instanceof Error ? error.name : 'unknown',
    }));
    if ('type' in verification) return verification;
    switch (verification.result) {
      case 'valid': {
        const newBookingId = stored.change.kind === 'reschedule' ? this.ids.next() : undefined;
        return settled((await this.transitions.apply(stored, { type: 'CodeVerified', ...(newBookingId ? { newBookingId } : {}) })).state);
      }
      case 'locked':
        return settled((await this.transitions.apply(stored, { type: 'CodeLocked' })).state);
      case 'expired':
        return settled((await this.transitions.apply(stored, { type: 'Expire' })).state);
      case 'invalid':
        return { type: 'CodeWrong', attemptsLeft: verification.attemptsLeft };
      case 'used':
      case 'no_challenge':
        return { type: 'NoCodeSent' };
    }
  }
}

/** A settled change as a result; the saga only leaves one verifying when nothing was decided. */
function settled(state: ChangeState): ChangeSettled {
  if (state.status === 'DONE') return { type: 'Done', state };
  if (state.status === 'ABANDONED') return { type: 'Abandoned', reason: state.reason };
  throw new Error(`a change is not settled while ${state.status}`);
}
