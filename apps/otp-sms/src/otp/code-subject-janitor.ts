import { Injectable } from '@nestjs/common';
import { PeriodicPass } from '@mo/background';
import { CodeSubjectRepository } from './code-subject.repository';

/** Prunes code subjects' tombstones hourly; the database decides which are old enough (TOMBSTONE_DAYS). */
@Injectable()
export class CodeSubjectJanitor extends PeriodicPass {
  constructor(private readonly subjects: CodeSubjectRepository) {
    super(3600_000, 'pruning code subjects');
  }

  protected pass(): Promise<number> {
    return this.subjects.prune(10_000);
  }
}
