import { Injectable } from '@nestjs/common';
import { Clock } from '@mo/context';
import { ChallengeRepository } from './challenge.repository';
import { decideSubject } from './code-subject';
import { CodeSubjectRepository } from './code-subject.repository';

/** Applies a subject's events through `decideSubject`, under the subject's row lock. */
@Injectable()
export class CodeSubjects {
  constructor(
    private readonly subjects: CodeSubjectRepository,
    private readonly challenges: ChallengeRepository,
    private readonly clock: Clock,
  ) {}

  /** On SlotHeld or ChangeRequested: true if a code is to be issued (the subject was never seen and has not expired). */
  async open(subjectId: string, expiresAt: Date): Promise<boolean> {
    const now = this.clock.now();
    const event = { kind: 'opened', expiresAt } as const;
    // What the rule decides for a subject never seen (nearly every opening) is written with the lock.
    const ifNew = decideSubject('none', event, now);
    const found = await this.subjects.lockOrCreate(subjectId, ifNew.kind === 'issue_code' ? ifNew.next : 'none', now);
    const decision = found.created ? ifNew : decideSubject(found.state, event, now);
    if (decision.kind !== 'issue_code') return false;
    if (!found.created) await this.subjects.set(subjectId, decision.next, now);
    return true;
  }

  /** On a release, expiry or settlement: voids the live code, and leaves a tombstone if none was issued yet. */
  async close(subjectId: string): Promise<void> {
    const now = this.clock.now();
    const decision = decideSubject(await this.subjects.lock(subjectId, now), { kind: 'closed' }, now);
    if (decision.kind !== 'close') return;
    // Both under the subject's lock, written together; the one issued last is the handler's last
    // write, so the message's COMMIT may go with it (ConsumerHost, TenantDb.endAtFinal).
    await Promise.all([
      this.subjects.set(subjectId, decision.next, now, { final: !decision.voidCode }),
      ...(decision.voidCode ? [this.challenges.voidActive(subjectId, { final: true })] : []),
    ]);
  }

  /** For a resend: false once the subject is closed. Locks the subject, so a release cannot pass the resend. */
  async stillOpen(subjectId: string): Promise<boolean> {
    return (await this.subjects.lock(subjectId, this.clock.now())) !== 'closed';
  }
}
